"""Signed single-use invitation links for grantees. They expire after
GRANTEE_INVITATION_DAYS and stop working once accepted or cancelled."""

from django.conf import settings

from community.models import Invitation
from home.signed_links import InvalidLinkError, sign, unsign

INVITATION_PURPOSE = "community.invitation"


def invitation_token(invitation):
    return sign(invitation.pk, INVITATION_PURPOSE)


def invitation_from_token(token):
    """The pending invitation a link stands for, or InvalidLinkError saying why not:
    "invalid", "expired", "cancelled" or "used"."""
    max_age = settings.GRANTEE_INVITATION_DAYS * 24 * 3600
    pk = unsign(token, INVITATION_PURPOSE, max_age)
    invitation = Invitation.objects.select_related("project").filter(pk=pk).first()
    if invitation is None:
        raise InvalidLinkError("cancelled")
    if invitation.accepted_at:
        raise InvalidLinkError("used")
    return invitation

"""Grantee access: invitations (their signed links are in community.tokens), memberships,
revocation.

Every portal view asks `project_for(user, project_id)`; a project the person cannot work on
is simply not found, so IDs in URLs reveal nothing."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.users.models import UserProfile

from community.models import GranteeProfile, Invitation, ProjectMembership
from home import outbox
from home.signed_links import InvalidLinkError
from research.models import ResearchProjectPage


def invite(invitation, invited_by):
    """Save a new invitation and email it once the transaction commits."""
    invitation.email = invitation.email.strip().lower()
    invitation.invited_by = invited_by
    invitation.save()
    log(
        instance=invitation.project,
        action="community.invite",
        user=invited_by,
        data={"email": invitation.email, "role": invitation.get_role_display()},
    )
    outbox.enqueue("community.tasks.send_invitation", invitation.pk)
    return invitation


def existing_account(email):
    return get_user_model().objects.filter(email__iexact=email, is_active=True).first()


@transaction.atomic
def accept(invitation, user=None, password=None, language=None):
    """Turn an invitation into project access, creating the account when there is none yet.
    `language`, that of the page it was accepted on, becomes the language of their emails
    unless they already chose one."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise InvalidLinkError("used")
    if user is None:
        user = create_grantee_account(invitation, password)
    GranteeProfile.objects.get_or_create(
        user=user, defaults={"language": language or invitation.language}
    )
    membership, created = ProjectMembership.objects.get_or_create(
        user=user, project=invitation.project, defaults={"role": invitation.role}
    )
    if not created:
        membership.role, membership.revoked_at = invitation.role, None
        membership.granted_at = timezone.now()
        membership.save(update_fields=["role", "revoked_at", "granted_at"])
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    log(
        instance=invitation.project,
        action="community.join",
        user=user,
        data={"email": user.email, "role": membership.get_role_display()},
    )
    return user


def create_grantee_account(invitation, password):
    """A site account with no admin access; Wagtail's own review emails (which link to the
    admin) are switched off, as the portal sends its own."""
    first_name, _, last_name = invitation.name.strip().partition(" ")
    user = get_user_model().objects.create_user(
        username=invitation.email,
        email=invitation.email,
        password=password,
        first_name=first_name[:150],
        last_name=last_name[:150],
    )
    profile = UserProfile.get_for_user(user)
    profile.approved_notifications = profile.rejected_notifications = False
    profile.submitted_notifications = profile.updated_comments_notifications = False
    profile.save()
    return user


def revoke(membership, revoked_by):
    if membership.revoked_at:
        return
    membership.revoked_at = timezone.now()
    membership.save(update_fields=["revoked_at"])
    log(
        instance=membership.project,
        action="community.revoke",
        user=revoked_by,
        data={"email": membership.user.email},
    )


def projects_for(user):
    """The projects this person may work on through the portal, by title."""
    if not user.is_authenticated:
        return ResearchProjectPage.objects.none()
    active = ProjectMembership.objects.active().filter(user=user).values("project_id")
    return ResearchProjectPage.objects.filter(pk__in=active).order_by("title")


def project_for(user, project_id):
    project = projects_for(user).filter(pk=project_id).first()
    if project is None:
        raise Http404("No project of yours has this ID.")
    return project


def is_grantee(user):
    return (
        user is not None
        and ProjectMembership.objects.filter(user=user).exists()
        and not user.has_perm("wagtailadmin.access_admin")
    )

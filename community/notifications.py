"""The emails the grantee portal sends, built and sent here for the tasks that queue them.
Each links back to the portal, never to the admin, and is written in its reader's language
(their GranteeProfile), links included."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.dateformat import format as date_format
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext
from wagtail.models import WorkflowState

from community import reporting
from community.models import GranteeProfile, Invitation, ProjectMembership, ReportingReminder
from community.tokens import invitation_token
from home.emails import absolute, transactional_message
from home.locales import reader_version, reading_language
from research.models import ResearchProjectPage


def portal_url(name="community:dashboard", *args):
    """An absolute link into the portal, in the language active while it is built."""
    return absolute(reverse(name, args=args))


def invitation_message(invitation):
    """In the language staff chose when inviting: the grantee has no account to choose one yet."""
    with translation.override(invitation.language):
        context = {
            "invitation": invitation,
            "url": portal_url("community:accept_invitation", invitation_token(invitation)),
            "days": settings.GRANTEE_INVITATION_DAYS,
        }
        subject = gettext("You're invited to report on %(project)s") % {
            "project": invitation.project.title
        }
        return transactional_message(subject, "grantee_invitation", context, [invitation.email])


def review_message(user, page, outcome, comment):
    """Staff approved ("published") or sent back ("changes_requested") a grantee's submission."""
    is_project = isinstance(page, ResearchProjectPage)
    with translation.override(GranteeProfile.language_of(user)):
        context = {
            "user": user,
            "page": page,
            "outcome": outcome,
            "comment": comment,
            "is_project": is_project,
            "page_url": public_url(page) if outcome == "published" else "",
            "url": portal_url(),
        }
        subject = review_subject(page, outcome, is_project)
        return transactional_message(subject, "grantee_review", context, [user.email])


def public_url(page):
    """The page's address for a reader of the active language: its translation, or its place
    in that language's tree while it has none."""
    version, _translated = reader_version(page, reading_language())
    return absolute(version.url) if version.url else ""


def review_subject(page, outcome, is_project):
    if outcome == "published":
        if is_project:
            return gettext("Published: your project page edits")
        return gettext("Published: “%(title)s”") % {"title": page.title}
    if is_project:
        return gettext("Changes requested on your project page edits")
    return gettext("Changes requested on “%(title)s”") % {"title": page.title}


def reminder_message(reminder, user):
    """One team member's reminder: each gets their own, so no one sees the others' addresses."""
    with translation.override(GranteeProfile.language_of(user)):
        context = {
            "reminder": reminder,
            "project": reminder.project,
            "user": user,
            "url": portal_url(),
        }
        names = {"project": reminder.project.title}
        if reminder.kind == ReportingReminder.Kind.OVERDUE:
            subject = gettext("An update on %(project)s is overdue") % names
        else:
            names["date"] = date_format(reminder.due_date, "j F")
            subject = gettext("An update on %(project)s is due on %(date)s") % names
        return transactional_message(subject, "grantee_reminder", context, [user.email])


def password_reset_message(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    with translation.override(GranteeProfile.language_of(user)):
        context = {
            "user": user,
            "url": portal_url("community:password_reset_confirm", uid, token),
            "days": settings.PASSWORD_RESET_TIMEOUT // (24 * 3600),
        }
        subject = gettext("Reset your Safe Online portal password")
        return transactional_message(subject, "grantee_password_reset", context, [user.email])


def send_invitation(invitation_id):
    """Email an invitation, unless it was cancelled or accepted meanwhile."""
    invitation = Invitation.objects.pending().select_related("project").filter(pk=invitation_id)
    if invitation := invitation.first():
        invitation_message(invitation).send()


def send_review_outcome(workflow_state_id, outcome, comment=""):
    """Tell the grantee who submitted a page what review decided, if they still have an account."""
    state = WorkflowState.objects.select_related("requested_by").filter(pk=workflow_state_id)
    state = state.first()
    if state and state.requested_by and state.requested_by.is_active:
        page = state.content_object.specific
        review_message(state.requested_by, page, outcome, comment).send()


def send_reminder(reminder_id, user_id=None):
    """One team member's copy of a reporting reminder, unless their access ended meanwhile.
    A call without a member (queued by a release that mailed the whole team at once) is
    split into one call per member."""
    reminder = ReportingReminder.objects.select_related("project").get(pk=reminder_id)
    if user_id is None:
        with transaction.atomic():
            reporting.queue_reminder_copies(reminder)
        return
    membership = ProjectMembership.objects.active().select_related("user")
    membership = membership.filter(project=reminder.project, user_id=user_id).first()
    if membership is not None:
        reminder_message(reminder, membership.user).send()


def send_password_reset(user_id):
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is not None and user.has_usable_password():
        password_reset_message(user).send()

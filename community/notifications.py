"""The emails the grantee portal sends. Each links back to the portal, never to the admin."""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from community.access import invitation_token
from home.emails import absolute, transactional_message
from research.models import ResearchProjectPage


def portal_url(name="community:dashboard", *args):
    return absolute(reverse(name, args=args))


def invitation_message(invitation):
    context = {
        "invitation": invitation,
        "url": portal_url("community:accept_invitation", invitation_token(invitation)),
        "days": settings.GRANTEE_INVITATION_DAYS,
    }
    subject = f"You're invited to report on {invitation.project.title}"
    return transactional_message(subject, "grantee_invitation", context, [invitation.email])


def review_message(user, page, outcome, comment):
    """Staff approved ("published") or sent back ("changes_requested") a grantee's submission."""
    is_project = isinstance(page, ResearchProjectPage)
    context = {
        "user": user,
        "page": page,
        "outcome": outcome,
        "comment": comment,
        "is_project": is_project,
        "page_url": absolute(page.url) if outcome == "published" and page.url else "",
        "url": portal_url(),
    }
    what = "your project page edits" if is_project else f"“{page.title}”"
    subject = f"Published: {what}" if outcome == "published" else f"Changes requested on {what}"
    return transactional_message(subject, "grantee_review", context, [user.email])


def reminder_message(reminder, user):
    """One team member's reminder: each gets their own, so no one sees the others' addresses."""
    context = {"reminder": reminder, "project": reminder.project, "user": user, "url": portal_url()}
    project = reminder.project.title
    subject = (
        f"An update on {project} is overdue"
        if reminder.kind == "overdue"
        else f"An update on {project} is due on {reminder.due_date:%-d %B}"
    )
    return transactional_message(subject, "grantee_reminder", context, [user.email])


def password_reset_message(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    context = {
        "user": user,
        "url": portal_url("community:password_reset_confirm", uid, token),
        "days": settings.PASSWORD_RESET_TIMEOUT // (24 * 3600),
    }
    return transactional_message(
        "Reset your Safe Online portal password", "grantee_password_reset", context, [user.email]
    )

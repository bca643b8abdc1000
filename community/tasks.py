"""Celery tasks for the grantee portal: thin wrappers around community.notifications and
community.reporting."""

from celery import shared_task
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import WorkflowState

from community import notifications, reporting, uploads
from community.models import Invitation, ProjectMembership, ReportingReminder

RETRYING = {"autoretry_for": (OSError,), "retry_backoff": True, "max_retries": 6}


@shared_task(**RETRYING)
def send_invitation(invitation_id):
    invitation = Invitation.objects.pending().select_related("project").filter(pk=invitation_id)
    if invitation := invitation.first():
        notifications.invitation_message(invitation).send()


@shared_task(**RETRYING)
def send_review_outcome(workflow_state_id, outcome, comment=""):
    state = WorkflowState.objects.select_related("requested_by").filter(pk=workflow_state_id)
    state = state.first()
    if state and state.requested_by and state.requested_by.is_active:
        page = state.content_object.specific
        notifications.review_message(state.requested_by, page, outcome, comment).send()


@shared_task(**RETRYING)
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
        notifications.reminder_message(reminder, membership.user).send()


@shared_task(**RETRYING)
def send_password_reset(user_id):
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is not None and user.has_usable_password():
        notifications.password_reset_message(user).send()


@shared_task
def send_reporting_reminders():
    return reporting.send_reminders()


@shared_task
def recheck_grantee_uploads():
    return uploads.recheck_all()

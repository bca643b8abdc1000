"""Celery tasks for the grantee portal. Each starts work that lives in community.notifications,
community.reporting or community.uploads; services queue them by name through home.outbox."""

from celery import shared_task

from community import notifications, reporting, uploads
from home.tasks import EMAIL_RETRIES


@shared_task(**EMAIL_RETRIES)
def send_invitation(invitation_id):
    notifications.send_invitation(invitation_id)


@shared_task(**EMAIL_RETRIES)
def send_review_outcome(workflow_state_id, outcome, comment=""):
    notifications.send_review_outcome(workflow_state_id, outcome, comment)


@shared_task(**EMAIL_RETRIES)
def send_reminder(reminder_id, user_id=None):
    notifications.send_reminder(reminder_id, user_id)


@shared_task(**EMAIL_RETRIES)
def send_password_reset(user_id):
    notifications.send_password_reset(user_id)


@shared_task
def send_reporting_reminders():
    return reporting.send_reminders()


@shared_task
def recheck_grantee_uploads():
    return uploads.recheck_all()

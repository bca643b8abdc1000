"""Celery tasks. Each starts work that lives in a service module (planning, sending, schedule,
subscriptions); services queue them by name through home.outbox."""

from celery import shared_task
from django.conf import settings

from home.tasks import EMAIL_RETRIES
from newsletter import schedule, sending, subscriptions


@shared_task(**EMAIL_RETRIES)
def send_notice(subscriber_id, kind):
    subscriptions.send_notice(subscriber_id, kind)


@shared_task
def plan_due_mailings():
    """Run by beat every few minutes: plan and start each digest edition that has come due,
    and each insight alert whose own planning task was lost."""
    for mailing in schedule.due_mailings():
        plan_and_send.delay(mailing.pk)


@shared_task
def plan_and_send(mailing_id):
    sending.plan_and_start(mailing_id)


@shared_task
def send_mailing(mailing_id):
    outcome = sending.send_pending(mailing_id)
    if outcome == "more":
        send_mailing.delay(mailing_id)
    elif outcome == "interrupted":
        send_mailing.apply_async((mailing_id,), countdown=settings.NEWSLETTER_RETRY_SECONDS)


@shared_task
def resume_stalled_mailings():
    """Run by beat every minute: restart sending wherever a crash or restart left work behind."""
    sending.resume_stalled()


@shared_task
def purge_unconfirmed_subscribers():
    return subscriptions.purge_unconfirmed()

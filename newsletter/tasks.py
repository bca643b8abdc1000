"""Celery tasks: thin wrappers that call the planning, sending and subscription services."""

from celery import shared_task
from django.conf import settings

from home import outbox
from newsletter import planning, schedule, sending, subscriptions
from newsletter.emails import notice_message
from newsletter.models import Mailing, Subscriber


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=6)
def send_notice(subscriber_id, kind):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        notice_message(subscriber, kind).send()


@shared_task
def plan_due_mailings():
    """Run by beat every few minutes: plan and start each digest edition that has come due,
    and each insight alert whose own planning task was lost."""
    for mailing in [*schedule.due_editions(), *schedule.lost_alerts()]:
        plan_and_send.delay(mailing.pk)


@shared_task
def plan_and_send(mailing_id):
    """Senders start only with the plan: a second task for a planned mailing (beat finding an
    alert whose own task was slow) adds none, and resume_stalled_mailings restarts a mailing
    whose senders were lost after planning."""
    if planning.plan(mailing_id):
        start_sending(mailing_id)


@shared_task
def send_mailing(mailing_id):
    outcome = sending.send_pending(mailing_id)
    if outcome == "more":
        send_mailing.delay(mailing_id)
    elif outcome == "interrupted":
        send_mailing.apply_async((mailing_id,), countdown=settings.NEWSLETTER_RETRY_SECONDS)


def start_sending(mailing_id):
    """Start as many parallel senders as configured; each claims batches until none are left.
    Through the outbox, so that a staff member resuming a mailing while the broker is down
    gets the senders once it is back."""
    for _ in range(settings.NEWSLETTER_SENDERS):
        outbox.enqueue(send_mailing, mailing_id)


@shared_task
def resume_stalled_mailings():
    """Run by beat every minute: restart sending wherever a crash or restart left work behind."""
    for mailing in sending.stalled_mailings():
        start_sending(mailing.pk)


@shared_task
def purge_unconfirmed_subscribers():
    return subscriptions.purge_unconfirmed()


def queue_insight_alert(brief):
    """The first publish of an insight brief queues one alert (later edits queue nothing)."""
    mailing, created = Mailing.objects.get_or_create(kind=Mailing.Kind.ALERT, brief=brief)
    if created:
        outbox.enqueue(plan_and_send, mailing.pk)

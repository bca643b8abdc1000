"""Sending a planned mailing: workers claim batches of ledger rows, send each batch over one
connection, and record every message the moment the server accepts it.

A killed worker leaves its claimed rows "sending"; once their lease expires another worker
claims them again. Only a message accepted by the server in the instant before the kill can
go out twice, and its row then shows two attempts. Rows marked sent are never claimed again."""

import logging
import smtplib
import time
from datetime import timedelta

from anymail.exceptions import AnymailAPIError, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.db import connection as database
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from home import outbox
from newsletter import planning
from newsletter.emails import MailingRenderer
from newsletter.models import Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


def lease():
    return timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)


class SendingInterruptedError(Exception):
    """The mail server is unreachable or refusing for now; try again later."""


def backoff(attempts):
    """How long a row waits after a temporary failure: NEWSLETTER_RETRY_SECONDS, doubling with
    each attempt (30 s, 1, 2, 4 minutes by default)."""
    return timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS * 2 ** max(attempts - 1, 0))


def claimable(mailing_id, now):
    ready = Q(status=Delivery.Status.PENDING) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    abandoned = Q(status=Delivery.Status.SENDING, claimed_at__lt=now - lease())
    return Delivery.objects.filter(ready | abandoned, mailing_id=mailing_id)


def claim_batch(mailing_id, size):
    """Lock and take up to `size` rows no other worker holds (SELECT … FOR UPDATE SKIP LOCKED)."""
    now = timezone.now()
    with transaction.atomic():
        ids = list(
            claimable(mailing_id, now)
            .select_for_update(skip_locked=True)
            .order_by("segment_id", "pk")
            .values_list("pk", flat=True)[:size]
        )
        Delivery.objects.filter(pk__in=ids).update(
            status=Delivery.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    return list(
        Delivery.objects.filter(pk__in=ids)
        .select_related("subscriber", "segment")
        .order_by("segment_id", "pk")
    )


def record(
    delivery,
    status,
    *,
    sent_at=None,
    message_id="",
    skip_reason="",
    last_error="",
    next_attempt_at=None,
):
    """Update one claimed row at once; the status guard leaves alone a row another worker took
    over. Plain SQL: this runs once per email, and the ORM's query building was its main cost."""
    with database.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Delivery._meta.db_table} SET status = %s, "  # noqa: S608 - values are parameters
            "sent_at = COALESCE(%s, sent_at), "
            "message_id = %s, skip_reason = %s, last_error = %s, next_attempt_at = %s "
            "WHERE id = %s AND status = %s",
            [
                status,
                sent_at,
                message_id,
                skip_reason,
                last_error,
                next_attempt_at,
                delivery.pk,
                Delivery.Status.SENDING,
            ],
        )


def is_permanent(error):
    """Whether retrying can never help (a refused address, a rejected message)."""
    if isinstance(error, AnymailRecipientsRefused):
        return True
    if isinstance(error, AnymailAPIError):
        code = getattr(error, "status_code", None) or 0
        return 400 <= code < 500 and code not in (408, 429)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code >= 500
    return False


def skip_reason(subscriber):
    if subscriber.suppressed_at:
        return "Address suppressed after a bounce or complaint"
    if subscriber.status != Subscriber.Status.ACTIVE:
        return f"{subscriber.get_status_display()} before the email went out"
    return ""


def deliver(deliveries, renderer):
    """Send one claimed batch over a single connection."""
    connection = get_connection()
    raw_smtp = isinstance(connection, SMTPBackend)
    remaining = list(deliveries)
    try:
        while remaining:
            delivery = remaining.pop(0)
            if reason := skip_reason(delivery.subscriber) or renderer.withheld(delivery.segment):
                record(delivery, Delivery.Status.SKIPPED, skip_reason=reason)
                continue
            try:
                message_id = send_one(delivery, renderer, connection, raw_smtp)
            except Exception as error:  # classified below: permanent, or try again later
                handle_failure(delivery, error, remaining)
                if not is_permanent(error):
                    raise SendingInterruptedError(str(error)) from error
            else:
                record(
                    delivery, Delivery.Status.SENT, sent_at=timezone.now(), message_id=message_id
                )
    finally:
        connection.close()


def send_one(delivery, renderer, connection, raw_smtp):
    """Send a recipient's copy; returns its Message-ID once the server has accepted it."""
    raw = raw_smtp and renderer.raw_message(delivery.segment, delivery.subscriber)
    if raw:
        connection.open()  # no-op while the connection is up
        connection.connection.sendmail(raw.sender, [raw.recipient], raw.data)
        return raw.message_id
    message = renderer.message(delivery.segment, delivery.subscriber, connection)
    connection.send_messages([message])
    return message.extra_headers["Message-ID"]


def handle_failure(delivery, error, remaining):
    description = f"{type(error).__name__}: {error}"[:2000]
    if is_permanent(error) or delivery.attempts >= MAX_ATTEMPTS:
        record(delivery, Delivery.Status.FAILED, last_error=description)
        return
    retry_at = timezone.now() + backoff(delivery.attempts)
    record(delivery, Delivery.Status.PENDING, last_error=description, next_attempt_at=retry_at)
    # The server is unhappy: give the rest of the batch back, without counting an attempt.
    Delivery.objects.filter(
        pk__in=[row.pk for row in remaining], status=Delivery.Status.SENDING
    ).update(
        status=Delivery.Status.PENDING,
        attempts=F("attempts") - 1,
        next_attempt_at=retry_at,
    )
    remaining.clear()
    logger.warning("Sending paused until %s: %s", retry_at, description)


def send_pending(mailing_id, time_budget=None):
    """Send batches until the mailing is finished, paused or the time budget is spent.

    Returns "done", "paused", "more" (budget spent, rows left) or "interrupted"."""
    time_budget = time_budget or settings.NEWSLETTER_TASK_SECONDS
    started = time.monotonic()
    renderer = None
    while time.monotonic() - started < time_budget:
        mailing = Mailing.objects.select_related("brief").get(pk=mailing_id)
        if mailing.status == Mailing.Status.PAUSED:
            return "paused"
        batch = claim_batch(mailing_id, settings.NEWSLETTER_BATCH_SIZE)
        if not batch:
            finish_if_complete(mailing)
            return "done"
        renderer = renderer or MailingRenderer(mailing)
        try:
            deliver(batch, renderer)
        except SendingInterruptedError:
            return "interrupted"
    return "more"


def finish_if_complete(mailing):
    unfinished = mailing.deliveries.filter(
        status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING]
    )
    if mailing.status == Mailing.Status.SENDING and not unfinished.exists():
        Mailing.objects.filter(pk=mailing.pk, status=Mailing.Status.SENDING).update(
            status=Mailing.Status.DONE, finished_at=timezone.now()
        )


def stalled_mailings():
    """Mailings with work left that no worker has touched for a lease period."""
    now = timezone.now()
    recent = Q(deliveries__claimed_at__gte=now - lease())
    sending = Mailing.objects.filter(status=Mailing.Status.SENDING)
    busy = sending.filter(recent, deliveries__status=Delivery.Status.SENDING).values("pk")
    return [
        mailing
        for mailing in sending.exclude(pk__in=busy)
        if claimable(mailing.pk, now).exists()
        or not mailing.deliveries.filter(status=Delivery.Status.PENDING).exists()
    ]


def plan_and_start(mailing_id):
    """Senders start only with the plan: a second call for a planned mailing (beat finding an
    alert whose own task was slow) adds none, and resume_stalled restarts a mailing whose
    senders were lost after planning."""
    if planning.plan(mailing_id):
        start_sending(mailing_id)


def start_sending(mailing_id):
    """Start as many parallel senders as configured; each claims batches until none are left.
    Through the outbox, so that a staff member resuming a mailing while the broker is down
    gets the senders once it is back."""
    for _ in range(settings.NEWSLETTER_SENDERS):
        outbox.enqueue("newsletter.tasks.send_mailing", mailing_id)


def resume_stalled():
    """Restart sending wherever a crash or restart left work behind."""
    for mailing in stalled_mailings():
        start_sending(mailing.pk)

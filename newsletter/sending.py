"""Sending a planned mailing: workers claim batches of ledger rows, send each batch a flight at
a time (one message on each of a sender's connections, see newsletter.smtp), and record each
flight's accepted messages before the next flight goes out.

A killed worker leaves its claimed rows "sending"; once their lease expires another worker
claims them again. Only the messages of the flight in the air at the kill (at most
NEWSLETTER_SMTP_CONNECTIONS per sender) can go out twice, and their rows then show two attempts.
Rows marked sent are never claimed again.

What reaches the disk when: a claim is committed durably before anything in its batch goes
out. Each flight's sent mark is then a one-statement transaction of its own, committed before the
next flight goes out; on PostgreSQL it commits without waiting for the disk flush (a local
synchronous_commit = off). A mark PostgreSQL has acknowledged survives any crash of the worker. A
crash of PostgreSQL itself, or of its machine, can lose the marks of the last moments before it
(at most three times wal_writer_delay, 0.6 s by default), never a claim: those rows are still
"sending" under their claim, so they go out again once the lease expires, and show a second
attempt."""

import logging
import smtplib
import time
from collections import defaultdict, deque
from datetime import timedelta

from anymail.exceptions import AnymailAPIError, AnymailRecipientsRefused
from django.conf import settings
from django.db import connection as database
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from home import outbox
from newsletter import planning
from newsletter.emails import MailingRenderer
from newsletter.models import Delivery, Mailing, Segment, Subscriber
from newsletter.smtp import Mailer

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
SEGMENTS_PER_CLAIM_QUERY = 8


def lease():
    return timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS)


class SendingInterruptedError(Exception):
    """The mail server is unreachable or refusing for now; try again later."""


def backoff(attempts):
    """How long a row waits after a temporary failure: NEWSLETTER_RETRY_SECONDS, doubling with
    each attempt (30 s, 1, 2, 4 minutes by default)."""
    return timedelta(seconds=settings.NEWSLETTER_RETRY_SECONDS * 2 ** max(attempts - 1, 0))


def claimable_rows(now):
    ready = Q(status=Delivery.Status.PENDING) & (
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )
    abandoned = Q(status=Delivery.Status.SENDING, claimed_at__lt=now - lease())
    return Delivery.objects.filter(ready | abandoned)


def claimable(mailing_id, now):
    return claimable_rows(now).filter(mailing_id=mailing_id)


def claim_batch(mailing_id, size, from_segment=0):
    """Lock and take up to `size` rows no other worker holds (SELECT … FOR UPDATE SKIP LOCKED),
    in segment order, so that a sender renders each segment's email once.

    The claim walks the mailing's segments upwards from `from_segment`, a few at a time through
    the index on segment_id, so that it costs the same early and late in a large mailing; when
    the walk finds nothing it takes whatever is left anywhere (rows given back, leases expired,
    rows behind the walk)."""
    now = timezone.now()
    with transaction.atomic():
        ids = claim_walking(mailing_id, size, from_segment, now) or locked_ids(
            claimable(mailing_id, now), size
        )
        Delivery.objects.filter(pk__in=ids).update(
            status=Delivery.Status.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    batch = list(
        Delivery.objects.filter(pk__in=ids)
        .select_related("subscriber")
        .order_by("segment_id", "pk")
    )
    segments = Segment.objects.in_bulk({row.segment_id for row in batch} - {None})
    for row in batch:  # one instance per segment, not one per row
        row.segment = segments.get(row.segment_id)
    return batch


def claim_walking(mailing_id, size, from_segment, now):
    segments = (
        Segment.objects.filter(mailing_id=mailing_id).order_by("pk").values_list("pk", flat=True)
    )
    ids = []
    while len(ids) < size:
        next_segments = list(segments.filter(pk__gte=from_segment)[:SEGMENTS_PER_CLAIM_QUERY])
        if not next_segments:
            break
        # By segment alone, not mailing and status: only the segment index can serve it.
        rows = claimable_rows(now).filter(segment_id__in=next_segments)
        ids += locked_ids(rows, size - len(ids))
        from_segment = next_segments[-1] + 1
    return ids


def locked_ids(rows, limit):
    return list(
        rows.select_for_update(skip_locked=True)
        .order_by("segment_id", "pk")
        .values_list("pk", flat=True)[:limit]
    )


CLEARED = {"message_id": "", "skip_reason": "", "last_error": "", "next_attempt_at": None}


def record(deliveries, status, **fields):
    """Update claimed rows at once; the status guard leaves alone a row another worker took
    over."""
    Delivery.objects.filter(
        pk__in=[row.pk for row in deliveries], status=Delivery.Status.SENDING
    ).update(status=status, **{**CLEARED, **fields})


LEDGER = Delivery._meta.db_table
SENT, SENDING = Delivery.Status.SENT.value, Delivery.Status.SENDING.value
MARK_SENT = (  # one row; SQLite runs it once per row of a flight (executemany)
    f"UPDATE {LEDGER} SET status = '{SENT}', sent_at = %s, message_id = %s, "  # noqa: S608 - constants
    "skip_reason = '', last_error = '', next_attempt_at = NULL "
    f"WHERE id = %s AND status = '{SENDING}'"
)
# PostgreSQL: a whole flight in one statement, which commits without waiting for the disk flush
# (set_config(…, true) is SET LOCAL, within the statement's own transaction).
MARK_FLIGHT_SENT = (
    f"UPDATE {LEDGER} SET status = '{SENT}', sent_at = %s, message_id = flight.message_id, "  # noqa: S608 - constants
    "skip_reason = '', last_error = '', next_attempt_at = NULL "
    "FROM unnest(%s::bigint[], %s::text[]) AS flight (id, message_id), "
    "(SELECT set_config('synchronous_commit', 'off', true)) AS without_flush "
    f"WHERE {LEDGER}.id = flight.id AND {LEDGER}.status = '{SENDING}'"
)


def mark_sent(sent):
    """Record [(delivery, message_id)] of one flight as sent, in one statement that commits on
    its own (autocommit) before the next flight goes out; plain SQL, as it runs for every flight
    and building it through the ORM cost more than running it."""
    if not sent:
        return
    now = timezone.now()
    with database.cursor() as cursor:
        if database.vendor == "postgresql":
            ids = [delivery.pk for delivery, _ in sent]
            message_ids = [message_id for _, message_id in sent]
            cursor.execute(MARK_FLIGHT_SENT, [now, ids, message_ids])
        else:
            cursor.executemany(
                MARK_SENT, [(now, message_id, delivery.pk) for delivery, message_id in sent]
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


def skip_ineligible(deliveries, renderer):
    """Record the rows that must not be sent, one statement per reason (no email is involved,
    so nothing can be repeated); return the rest."""
    to_send, skipped = deque(), defaultdict(list)
    for delivery in deliveries:
        reason = skip_reason(delivery.subscriber) or renderer.withheld(delivery.segment)
        if reason:
            skipped[reason].append(delivery)
        else:
            to_send.append(delivery)
    for reason, rows in skipped.items():
        record(rows, Delivery.Status.SKIPPED, skip_reason=reason)
    return to_send


def deliver(deliveries, renderer):
    """Send one claimed batch, a flight at a time (see newsletter.smtp), marking each flight's
    accepted messages sent before the next flight goes out."""
    remaining = skip_ineligible(deliveries, renderer)
    if not remaining:
        return
    with Mailer() as mailer:
        while remaining:
            flight = [remaining.popleft() for _ in range(min(mailer.flight_size, len(remaining)))]
            messages = [message_for(delivery, renderer, mailer) for delivery in flight]
            outcomes = mailer.send(messages)
            mark_sent(
                [
                    (delivery, outcome)
                    for delivery, outcome in zip(flight, outcomes, strict=True)
                    if not isinstance(outcome, Exception)
                ]
            )
            failures = [
                (delivery, outcome)
                for delivery, outcome in zip(flight, outcomes, strict=True)
                if isinstance(outcome, Exception)
            ]
            for delivery, error in failures:
                record_failure(delivery, error)
            if transient := [(row, error) for row, error in failures if not is_permanent(error)]:
                delivery, error = transient[0]
                give_back(remaining, timezone.now() + backoff(delivery.attempts), error)
                raise SendingInterruptedError(str(error)) from error


def message_for(delivery, renderer, mailer):
    """A recipient's copy: the segment's bytes with their values swapped in, over SMTP where
    that is safe, or an EmailMessage."""
    if mailer.over_smtp and (raw := renderer.raw_message(delivery.segment, delivery.subscriber)):
        return raw
    return renderer.message(delivery.segment, delivery.subscriber, mailer.backends[0])


def describe(error):
    return f"{type(error).__name__}: {error}"[:2000]


def record_failure(delivery, error):
    """Fail the row for good, or put it back to be tried again after a backoff."""
    if is_permanent(error) or delivery.attempts >= MAX_ATTEMPTS:
        record([delivery], Delivery.Status.FAILED, last_error=describe(error))
        return
    retry_at = timezone.now() + backoff(delivery.attempts)
    record(
        [delivery], Delivery.Status.PENDING, last_error=describe(error), next_attempt_at=retry_at
    )


def give_back(remaining, retry_at, error):
    """The server is unhappy: give the rest of the batch back for later, without counting an
    attempt."""
    Delivery.objects.filter(
        pk__in=[row.pk for row in remaining], status=Delivery.Status.SENDING
    ).update(
        status=Delivery.Status.PENDING,
        attempts=F("attempts") - 1,
        next_attempt_at=retry_at,
    )
    remaining.clear()
    logger.warning("Sending paused until %s: %s", retry_at, describe(error))


def send_pending(mailing_id, time_budget=None):
    """Send batches until the mailing is finished, paused or the time budget is spent.

    Returns "done", "paused", "more" (budget spent, rows left) or "interrupted"."""
    time_budget = time_budget or settings.NEWSLETTER_TASK_SECONDS
    started = time.monotonic()
    renderer, from_segment = None, 0
    while time.monotonic() - started < time_budget:
        mailing = Mailing.objects.select_related("brief").get(pk=mailing_id)
        if mailing.status == Mailing.Status.PAUSED:
            return "paused"
        batch = claim_batch(mailing_id, settings.NEWSLETTER_BATCH_SIZE, from_segment)
        if not batch:
            finish_if_complete(mailing)
            return "done"
        from_segment = batch[-1].segment_id or 0
        renderer = renderer or MailingRenderer(mailing)
        renderer.keep_only({row.segment_id for row in batch})
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

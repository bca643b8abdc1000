"""Faults in the services a send depends on: the mail server refusing for a while, the
database dropping the worker's connections, Redis restarting empty. Each mailing still
finishes, and every subscriber gets one email, except at most the message in flight when a
sender died, which its ledger row shows with a second attempt. Emails that forms ask for
while Redis is down go out, once, when it is back.

Every test here runs its own Redis, so that killing it harms nothing else."""

import time
from collections import Counter
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from home import outbox
from home.models import OutboxTask
from newsletter import sending
from newsletter.models import Mailing
from tests import factories as f

from .helpers import (
    assert_mailed_once_but_in_flight,
    planned_mailing,
    resuming,
    tally,
    unfinished,
    wait_for,
    wait_until_done,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SENDERS = 2  # parallel senders, one per pool process of the worker
CONNECTIONS = 4  # SMTP connections per sender: the messages of a flight
IN_FLIGHT = SENDERS * CONNECTIONS  # the most messages in flight at any instant
FAST = {
    "NEWSLETTER_SENDERS": str(SENDERS),
    "NEWSLETTER_SMTP_CONNECTIONS": str(CONNECTIONS),
    "NEWSLETTER_LEASE_SECONDS": "3",
    "NEWSLETTER_RETRY_SECONDS": "2",
}


@pytest.fixture
def redis_url(private_redis):
    return private_redis.url


def let_pass(seconds):
    """Let a fault last, with beat's nudges."""
    end = time.monotonic() + seconds
    wait_for(resuming(lambda: time.monotonic() >= end), timeout=seconds + 5, interval=1)


def drop_database_connections(worker):
    """Terminate the worker's PostgreSQL backends, as a failover or a restart would.

    A sender holds its connection only while its task runs, so at the instant of a drop both
    may be between batches; keep trying until at least one connection is cut."""
    terminated = 0

    def terminate():
        nonlocal terminated
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND application_name = %s",
                [worker.application_name],
            )
            terminated = cursor.fetchone()[0]
        return terminated > 0

    wait_for(terminate, timeout=10, interval=0.02, message="a worker connection to drop")
    return terminated


# A whole minute of refusals. Refused rows wait out their backoff before trying again: 5 s,
# doubling per attempt, puts a row's fifth and last attempt 75 s after its first, past the
# outage (the default, 30 s, puts it seven and a half minutes after).
SMTP_OUTAGE_SECONDS = 60
SMTP_RETRY_SECONDS = "5"


def test_mail_refused_for_a_while_goes_out_once_the_server_accepts_again(
    worker_factory, smtp_sink, home_page
):
    sink, _ = smtp_sink
    subscribers = 1000
    mailing = planned_mailing(home_page, subscribers)
    patient = {**FAST, "NEWSLETTER_RETRY_SECONDS": SMTP_RETRY_SECONDS}
    worker_factory(**patient, NEWSLETTER_BATCH_SIZE="25")
    sending.start_sending(mailing.pk)
    started = time.monotonic()

    wait_for(lambda: len(sink.messages) >= subscribers // 3, timeout=30, message="a third sent")
    sink.refusing = True  # 451 on RCPT
    let_pass(SMTP_OUTAGE_SECONDS)
    sink.refusing = False
    wait_until_done(mailing, timeout=180)
    elapsed = time.monotonic() - started

    received, attempts, repeated = tally(sink, mailing)
    retried = sum(count >= 2 for count in attempts.values())
    print(
        f"\n{subscribers} subscribers, SMTP refusing for {SMTP_OUTAGE_SECONDS}s: "
        f"{len(sink.messages)} emails in {elapsed:.1f}s, {sink.refused} refusals, "
        f"{retried} rows tried twice, {len(repeated)} sent twice"
    )
    assert sink.refused > 0
    assert received == Counter(dict.fromkeys(attempts, 1))  # everyone, exactly once
    assert unfinished(mailing) == 0


DROPS = 3


def test_dropped_database_connections_lose_no_mail(worker_factory, smtp_sink, home_page):
    sink, _ = smtp_sink
    subscribers = 1500
    mailing = planned_mailing(home_page, subscribers)
    worker = worker_factory(**FAST, NEWSLETTER_BATCH_SIZE="50")
    sending.start_sending(mailing.pk)
    started = time.monotonic()

    dropped = []
    for drop in range(1, DROPS + 1):
        threshold = subscribers * drop // (DROPS + 1)
        wait_for(
            resuming(lambda t=threshold: len(sink.messages) >= t),
            timeout=30,
            interval=0.02,  # the senders do 1,500 emails in a second or two: drop mid-send
            message=f"{threshold} emails",
        )
        dropped.append(drop_database_connections(worker))
    wait_until_done(mailing, timeout=60)
    elapsed = time.monotonic() - started

    received, attempts, repeated = tally(sink, mailing)
    print(
        f"\n{subscribers} subscribers, {DROPS} drops of the worker's database connections "
        f"({dropped} backends): {len(sink.messages)} emails in {elapsed:.1f}s, "
        f"{len(received)} distinct recipients, {len(repeated)} sent twice "
        f"(ledger attempts for those: {list(repeated.values())})"
    )
    assert all(dropped)
    assert_mailed_once_but_in_flight(received, attempts, repeated, in_flight=DROPS * IN_FLIGHT)
    assert unfinished(mailing) == 0


REDIS_DOWN_SECONDS = 4


def test_redis_restarted_empty_loses_queued_tasks_but_no_mail(
    worker_factory, smtp_sink, private_redis, home_page
):
    sink, _ = smtp_sink
    subscribers = 1500
    mailing = planned_mailing(home_page, subscribers)
    # One-second tasks: every sender re-queues itself often, so the outage loses its tasks.
    worker_factory(**FAST, NEWSLETTER_BATCH_SIZE="25", NEWSLETTER_TASK_SECONDS="1")
    sending.start_sending(mailing.pk)
    started = time.monotonic()

    wait_for(lambda: len(sink.messages) >= subscribers // 3, timeout=30, message="a third sent")
    private_redis.kill()
    at_kill = len(sink.messages)
    let_pass(REDIS_DOWN_SECONDS)
    at_restart = len(sink.messages)
    private_redis.start()
    assert Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.SENDING
    wait_until_done(mailing, timeout=60)
    elapsed = time.monotonic() - started

    received, attempts, repeated = tally(sink, mailing)
    print(
        f"\n{subscribers} subscribers, Redis killed at {at_kill} emails and restarted empty "
        f"{REDIS_DOWN_SECONDS}s later at {at_restart}: {len(sink.messages)} emails in "
        f"{elapsed:.1f}s, {len(received)} distinct recipients, {len(repeated)} sent twice "
        f"(ledger attempts for those: {list(repeated.values())})"
    )
    assert_mailed_once_but_in_flight(received, attempts, repeated, in_flight=IN_FLIGHT)
    assert unfinished(mailing) == 0


def test_emails_asked_for_while_redis_is_down_go_out_once_when_it_is_back(
    client, worker_factory, smtp_sink, private_redis, contact_page
):
    sink, _ = smtp_sink
    worker_factory()
    theme = f.DigestThemeFactory(topics=[f.TagFactory(name="grooming")], name="Grooming")
    private_redis.kill()

    started = time.monotonic()
    signed_up = client.post(
        reverse("newsletter:subscribe"),
        {
            "email": "ada@example.org",
            "member_type": "researcher",
            "themes": [theme.pk],
            "cadence": "weekly",
            "consent": "on",
        },
    )
    wrote_in = client.post(
        contact_page.url,
        {"name": "Grace", "email": "grace@example.org", "message": "Can we talk about data?"},
    )
    answered_in = time.monotonic() - started
    assert signed_up.status_code == 302
    assert wrote_in.status_code == 200
    assert OutboxTask.objects.filter(attempts=1).count() == 2

    private_redis.start()
    assert outbox.flush(grace=timedelta(0)) == 2  # what beat does each minute
    wait_for(lambda: len(sink.messages) == 2, timeout=30, message="both emails")
    time.sleep(2)  # time enough for a duplicate to arrive, if one were coming
    print(
        f"\nRedis down: both forms answered in {answered_in:.1f}s; "
        f"{len(sink.messages)} emails once it was back"
    )
    assert sink.count_for("ada@example.org") == 1
    assert sink.count_for("partnerships@example.org") == 1
    assert not OutboxTask.objects.exists()

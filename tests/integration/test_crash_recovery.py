"""SIGKILL the sending worker mid-batch, again and again: every subscriber still ends with
exactly one email, except at most those each sender had in flight at each kill (a flight: one
message on each of its SMTP connections), which the ledger shows."""

import time

import pytest

from newsletter import sending

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

SUBSCRIBERS = 3000
KILLS = 3
SENDERS = 2  # one per pool process of the worker
CONNECTIONS = 4  # per sender: the messages of a flight
WORKER_SETTINGS = {
    "NEWSLETTER_SENDERS": str(SENDERS),
    "NEWSLETTER_SMTP_CONNECTIONS": str(CONNECTIONS),
    "NEWSLETTER_LEASE_SECONDS": "3",
    "NEWSLETTER_BATCH_SIZE": "50",
}


def test_killed_workers_neither_lose_nor_repeat_mail(worker_factory, smtp_sink, home_page):
    sink, _ = smtp_sink
    mailing = planned_mailing(home_page, SUBSCRIBERS)
    worker = worker_factory(**WORKER_SETTINGS)
    sending.start_sending(mailing.pk)
    started = time.monotonic()

    at_kills = []
    for kill in range(1, KILLS + 1):
        threshold = SUBSCRIBERS * kill // (KILLS + 1)
        wait_for(
            resuming(lambda t=threshold: len(sink.messages) >= t),
            timeout=120,
            interval=0.02,  # a sender does a thousand emails a second: kill it while it sends
            message=f"{threshold} emails",
        )
        worker.kill()
        at_kills.append(len(sink.messages))
        worker = worker_factory(**WORKER_SETTINGS)

    wait_until_done(mailing, timeout=180)
    elapsed = time.monotonic() - started

    received, attempts, repeated = tally(sink, mailing)
    print(
        f"\n{SUBSCRIBERS} subscribers, {KILLS} SIGKILLs (at {at_kills} emails): "
        f"{len(sink.messages)} emails in "
        f"{elapsed:.1f}s, {len(received)} distinct recipients, {len(repeated)} sent twice "
        f"(ledger attempts for those: {list(repeated.values())})"
    )
    assert all(at_kill < SUBSCRIBERS for at_kill in at_kills)  # every kill came mid-send
    assert_mailed_once_but_in_flight(
        received, attempts, repeated, in_flight=KILLS * SENDERS * CONNECTIONS
    )
    assert unfinished(mailing) == 0

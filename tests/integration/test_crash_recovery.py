"""SIGKILL the sending worker mid-batch, again and again: every subscriber still ends with
exactly one email, except at most the one in flight at each kill, which the ledger shows."""

import time
from collections import Counter

import pytest

from newsletter import tasks
from newsletter.models import Delivery, Mailing

from .conftest import planned_mailing, wait_for

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SUBSCRIBERS = 3000
KILLS = 3
WORKER_SETTINGS = {"NEWSLETTER_LEASE_SECONDS": "3", "NEWSLETTER_BATCH_SIZE": "50"}


def test_killed_workers_neither_lose_nor_repeat_mail(worker_factory, smtp_sink, home_page):
    sink, _ = smtp_sink
    mailing = planned_mailing(home_page, SUBSCRIBERS)
    worker = worker_factory(**WORKER_SETTINGS)
    tasks.start_sending(mailing.pk)
    started = time.monotonic()

    def resumed_and(condition):
        def check():
            tasks.resume_stalled_mailings.delay()  # what beat does every minute
            return condition()

        return check

    for kill in range(1, KILLS + 1):
        threshold = SUBSCRIBERS * kill // (KILLS + 1)
        wait_for(
            resumed_and(lambda t=threshold: len(sink.messages) >= t),
            timeout=120,
            interval=1,
            message=f"{threshold} emails",
        )
        worker.kill()
        worker = worker_factory(**WORKER_SETTINGS)

    def done():
        return Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.DONE

    wait_for(resumed_and(done), timeout=180, interval=1, message="the mailing to finish")
    elapsed = time.monotonic() - started

    received = Counter(address for recipients, _ in sink.messages for address in recipients)
    ledger = dict(mailing.deliveries.values_list("subscriber__email", "attempts"))
    repeated = {address: count for address, count in received.items() if count > 1}
    print(
        f"\n{SUBSCRIBERS} subscribers, {KILLS} SIGKILLs: {len(sink.messages)} emails in "
        f"{elapsed:.1f}s, {len(received)} distinct recipients, {len(repeated)} sent twice "
        f"(ledger attempts for those: {[ledger[a] for a in repeated]})"
    )
    assert set(received) == set(ledger)  # nobody lost
    assert all(count <= 2 for count in received.values())
    assert len(repeated) <= KILLS  # at most the one in flight per kill
    assert all(ledger[address] >= 2 for address in repeated)  # and the ledger shows it
    assert mailing.deliveries.exclude(status=Delivery.Status.SENT).count() == 0

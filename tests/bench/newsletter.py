"""make bench, digest part: 100,000 subscribers across the themes and a month of content; plan
an edition and send it through real Celery workers to Postfix's smtp-sink on loopback.

Run after tests.bench.site has seeded the large site (make bench runs both). Reports planning
time, emails per second, database queries per 1,000 emails and peak memory."""

import os
import random
import resource
import subprocess
import sys
import time
from datetime import timedelta

from tests.bench.site import ROOT, environment

SUBSCRIBERS = int(os.environ.get("BENCH_SUBSCRIBERS", "100000"))
SMTP_PORT = int(os.environ.get("BENCH_SMTP_PORT", "2526"))
QUEUE = "bench-newsletter"
SAMPLE_BATCHES = 10  # sent in this process first, to count queries per email exactly

os.environ.update(
    environment(
        EMAIL_URL=f"smtp://127.0.0.1:{SMTP_PORT}",
        CELERY_QUEUE=QUEUE,
        NEWSLETTER_SENDERS=os.environ.get("BENCH_SENDERS", "4"),
    )
)

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from newsletter import planning, sending  # noqa: E402
from newsletter.emails import MailingRenderer  # noqa: E402
from newsletter.models import Delivery, DigestTheme, Mailing, MemberType, Subscriber  # noqa: E402


def seed_subscribers():
    if Subscriber.objects.count() >= SUBSCRIBERS:
        return
    rng = random.Random(3)
    themes = list(DigestTheme.objects.values_list("pk", flat=True))
    Subscriber.objects.all().delete()
    with transaction.atomic():
        subscribers = Subscriber.objects.bulk_create(
            (
                Subscriber(
                    email=f"member{number}@bench.example",
                    member_type=rng.choice(MemberType.values),
                    cadence=Subscriber.Cadence.MONTHLY,
                    status=Subscriber.Status.ACTIVE,
                )
                for number in range(SUBSCRIBERS)
            ),
            batch_size=10_000,
        )
        Subscriber.themes.through.objects.bulk_create(
            (
                Subscriber.themes.through(subscriber_id=subscriber.pk, digesttheme_id=theme)
                for subscriber in subscribers
                for theme in rng.sample(themes, rng.randint(1, 3))
            ),
            batch_size=10_000,
        )


def a_month_of_content():
    """Date 80 content pages within the last month (the large site spreads its over years)."""
    rng = random.Random(5)
    now = timezone.now()
    ids = list(
        Page.objects.live()
        .filter(depth__gte=4)
        .exclude(first_published_at__gte=now - timedelta(days=30))
        .values_list("pk", flat=True)[:2000]
    )
    for pk in rng.sample(ids, min(80, len(ids))):
        Page.objects.filter(pk=pk).update(
            first_published_at=now - timedelta(days=rng.uniform(1, 29))
        )


def new_edition():
    Mailing.objects.filter(kind=Mailing.Kind.DIGEST, cadence="monthly").delete()
    now = timezone.now()
    return Mailing.objects.create(
        kind=Mailing.Kind.DIGEST,
        cadence="monthly",
        period_start=now - timedelta(days=30),
        period_end=now,
    )


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def sample_queries_per_thousand(mailing):
    counter = QueryCounter()
    sent_before = mailing.deliveries.filter(status=Delivery.Status.SENT).count()
    renderer = MailingRenderer(mailing)
    with connection.execute_wrapper(counter):
        for _ in range(SAMPLE_BATCHES):
            sending.deliver(sending.claim_batch(mailing.pk, 200), renderer)
    sent = mailing.deliveries.filter(status=Delivery.Status.SENT).count() - sent_before
    return counter.count * 1000 / max(sent, 1), sent


def rss_kib(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as status:
                total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
        except (OSError, StopIteration):
            pass
    return total


def worker_pids(worker):
    children = subprocess.run(
        ["pgrep", "-P", str(worker.pid)], capture_output=True, text=True
    ).stdout.split()
    return [worker.pid, *map(int, children)]


def main():
    seed_subscribers()
    a_month_of_content()
    mailing = new_edition()
    started = time.monotonic()
    planning.plan(mailing.pk)
    planning_seconds = time.monotonic() - started
    counts = dict(mailing.deliveries.values_list("status").annotate(n=Count("pk")))
    segments = mailing.segments.count()

    sink = subprocess.Popen(["smtp-sink", "-u", "root", f"127.0.0.1:{SMTP_PORT}", "1000"])
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "safeonline",
            "worker",
            "-Q",
            QUEUE,
            f"--concurrency={os.environ['NEWSLETTER_SENDERS']}",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
    )
    try:
        time.sleep(2)
        per_thousand, sampled = sample_queries_per_thousand(mailing)
        to_send = mailing.deliveries.filter(status=Delivery.Status.PENDING).count()
        peak = 0
        started = time.monotonic()
        sending.start_sending(mailing.pk)
        while Mailing.objects.get(pk=mailing.pk).status != Mailing.Status.DONE:
            peak = max(peak, rss_kib(worker_pids(worker)))
            time.sleep(0.5)
        sending_seconds = time.monotonic() - started
    finally:
        worker.terminate()
        worker.wait()
        sink.terminate()
    failed = mailing.deliveries.filter(status=Delivery.Status.FAILED).count()
    print(f"\nDigest send: {SUBSCRIBERS:,} subscribers, {segments:,} segments")
    print(f"  planning           {planning_seconds:8.1f} s  ({counts})")
    print(
        f"  workers sent       {to_send:8,} emails in {sending_seconds:.1f} s "
        f"= {to_send / sending_seconds:,.0f} emails/s ({failed} failed)"
    )
    print(f"  queries            {per_thousand:8.0f} per 1,000 emails (measured on {sampled:,})")
    senders = os.environ["NEWSLETTER_SENDERS"]
    print(
        f"  peak worker memory {peak / 1024:8.0f} MiB (main process and {senders} pool processes)"
    )
    planner = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak planner memory{planner:8.0f} MiB (this process, planning included)")


if __name__ == "__main__":
    main()

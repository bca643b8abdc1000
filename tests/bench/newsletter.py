"""make bench, digest part: 100,000 subscribers across the themes and a month of content; plan
an edition and send it through real Celery workers to Postfix's smtp-sink on loopback.

Run after tests.bench.site has seeded the large site (make bench runs both). Reports planning
time, emails per second, database queries per 1,000 emails, peak memory, and the CPU time the
worker, PostgreSQL and smtp-sink spent per 1,000 emails (which, unlike emails per second, does not
depend on what else the machine is doing)."""

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
POOL = os.environ.get("BENCH_POOL", "prefork")
QUEUE = "bench-newsletter"
SAMPLE_SECONDS = 2  # sent in this process first, to count queries per email exactly

os.environ.update(
    environment(
        EMAIL_URL=f"smtp://127.0.0.1:{SMTP_PORT}",
        CELERY_QUEUE=QUEUE,
        NEWSLETTER_SENDERS=os.environ.get("BENCH_SENDERS", str(os.cpu_count())),
    )
)

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from newsletter import planning, sending  # noqa: E402
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


def vacuum_ledger():
    """What autovacuum does on a live database soon after a large change (this server may have
    it off): clear away the rows of earlier runs' editions and gather statistics on the new
    ledger, so that repeated runs measure alike."""
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM ANALYZE {Delivery._meta.db_table}")


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def sample_queries_per_thousand(mailing):
    counter = QueryCounter()
    sent_before = mailing.deliveries.filter(status=Delivery.Status.SENT).count()
    with connection.execute_wrapper(counter):  # the senders' own loop, for a few seconds
        sending.send_pending(mailing.pk, time_budget=SAMPLE_SECONDS)
    sent = mailing.deliveries.filter(status=Delivery.Status.SENT).count() - sent_before
    return counter.count * 1000 / max(sent, 1), sent


def memory_kib(pids, field, where="status"):
    """The sum of a /proc/<pid>/<where> field over `pids`. RSS counts the pages a pool process
    shares with the main process it was forked from once for each; PSS shares them out."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/{where}") as lines:
                total += next(int(line.split()[1]) for line in lines if line.startswith(field))
        except (OSError, StopIteration):
            pass
    return total


def cpu_seconds(pids, reaped=()):
    """User and system CPU time of `pids`, plus that of the reaped children of `reaped`."""
    ticks = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
        if pid in reaped:
            ticks += int(fields[13]) + int(fields[14])  # cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def note_backends(seen):
    """Record the CPU time of each backend now (a backend gone by now keeps its last figure)."""
    for pid in database_backends():
        seen[pid] = max(seen.get(pid, 0), cpu_seconds([pid]))


def database_backends():
    """The PostgreSQL server processes serving this database, but for this process's own."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()"
        )
        return [pid for (pid,) in cursor.fetchall()]


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
    vacuum_ledger()
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
            f"--pool={POOL}",
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
        peak = peak_pss = 0
        load = os.getloadavg()[0]
        cpu_before = cpu_seconds(worker_pids(worker), reaped=[worker.pid]), cpu_seconds([sink.pid])
        backends_before = {pid: cpu_seconds([pid]) for pid in database_backends()}
        backends = dict(backends_before)  # CPU time each backend had when last seen
        started = time.monotonic()
        sending.start_sending(mailing.pk)
        while Mailing.objects.get(pk=mailing.pk).status != Mailing.Status.DONE:
            pids = worker_pids(worker)
            peak = max(peak, memory_kib(pids, "VmRSS:"))
            peak_pss = max(peak_pss, memory_kib(pids, "Pss:", where="smaps_rollup"))
            note_backends(backends)
            load = max(load, os.getloadavg()[0])
            time.sleep(0.5)
        sending_seconds = time.monotonic() - started
        note_backends(backends)
        cpu = (
            cpu_seconds(worker_pids(worker), reaped=[worker.pid]) - cpu_before[0],
            sum(seconds - backends_before.get(pid, 0) for pid, seconds in backends.items()),
            cpu_seconds([sink.pid]) - cpu_before[1],
        )
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
    worker_cpu, database_cpu, sink_cpu = (seconds * 1000 / to_send for seconds in cpu)
    print(
        f"  CPU per 1,000      {worker_cpu + database_cpu + sink_cpu:8.2f} s  (worker "
        f"{worker_cpu:.2f}, PostgreSQL {database_cpu:.2f}, smtp-sink {sink_cpu:.2f}; "
        f"load average up to {load:.1f} on {os.cpu_count()} CPUs)"
    )
    senders = os.environ["NEWSLETTER_SENDERS"]
    processes = f"{senders} pool processes" if POOL == "prefork" else f"{senders} {POOL}"
    print(
        f"  peak worker memory {peak / 1024:8.0f} MiB (main process and {processes}; RSS; "
        f"PSS {peak_pss / 1024:.0f} MiB)"
    )
    planner = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak planner memory{planner:8.0f} MiB (this process, planning included)")


if __name__ == "__main__":
    main()

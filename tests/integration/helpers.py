"""Helpers the integration tests share: waiting for a condition, a Celery worker process of a
test's own, and planning and checking a mailing sent by real workers."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from django.db import connection
from django.utils import timezone
from kombu.exceptions import KombuError

from newsletter import planning, tasks
from newsletter.models import Delivery, Mailing, Subscriber
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def wait_for(condition, timeout=60, interval=0.1, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout}s waiting for {message}")


def url_of_test_database(query=""):
    """The test database, for another process to connect to."""
    database = connection.settings_dict
    return (
        f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}{query}"
    )


class Worker:
    """A Celery worker in its own process group, consuming a queue private to this test. Its
    database connections carry `application_name`, so a test can find and drop them."""

    def __init__(self, queue, smtp_port, redis_url=REDIS_URL, **env):
        self.application_name = f"worker-{queue}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "safeonline.settings.test",
            "DATABASE_URL": url_of_test_database(f"?application_name={self.application_name}"),
            "REDIS_URL": redis_url,
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
            "CELERY_TASK_ALWAYS_EAGER": "false",
            "CELERY_QUEUE": queue,
            **env,
        }
        self.queue = queue
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "safeonline",
                "worker",
                "--loglevel=WARNING",
                "--concurrency=2",
                "-Q",
                self.queue,
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=self.env,
            start_new_session=True,
        )

    def kill(self):
        """SIGKILL the whole worker: the main process and every pool process."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()  # warm shutdown: the main process stops its own pool
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def planned_mailing(home_page, subscribers):
    """A digest planned for `subscribers` active members who all get the same single story."""
    theme = f.DigestThemeFactory(topics=[f.TagFactory(name="grooming")])
    stories = f.StoryIndexPageFactory(parent=home_page)
    f.GranteeStoryPageFactory(parent=stories, tags=["grooming"])
    members = Subscriber.objects.bulk_create(
        Subscriber(
            email=f"member{number}@example.org",
            member_type="researcher",
            status=Subscriber.Status.ACTIVE,
        )
        for number in range(subscribers)
    )
    Subscriber.themes.through.objects.bulk_create(
        Subscriber.themes.through(subscriber_id=member.pk, digesttheme_id=theme.pk)
        for member in members
    )
    mailing = Mailing.objects.create(
        kind=Mailing.Kind.DIGEST,
        cadence="monthly",
        period_start=timezone.now() - timedelta(days=30),
        period_end=timezone.now() + timedelta(minutes=5),
    )
    planning.plan(mailing.pk)
    return mailing


def resume_stalled_mailings():
    """What beat does every minute. While Redis is down the call fails, as beat's would."""
    with contextlib.suppress(KombuError, ConnectionError):
        tasks.resume_stalled_mailings.delay()


def resuming(condition, every=0.5):
    """`condition`, nudging stalled senders as beat does, at most every `every` seconds: a
    caller may check far more often, to catch a send that takes only a second or two."""
    nudged = float("-inf")

    def check():
        nonlocal nudged
        if time.monotonic() - nudged >= every:
            resume_stalled_mailings()
            nudged = time.monotonic()
        return condition()

    return check


def wait_until_done(mailing, timeout):
    def done():
        return Mailing.objects.get(pk=mailing.pk).status == Mailing.Status.DONE

    wait_for(resuming(done), timeout=timeout, interval=1, message="the mailing to finish")


def tally(sink, mailing):
    """Emails received per address, and the ledger's attempts for each address sent twice."""
    received = Counter(address for recipients, _ in sink.messages for address in recipients)
    attempts = dict(mailing.deliveries.values_list("subscriber__email", "attempts"))
    repeated = {address: attempts[address] for address, count in received.items() if count > 1}
    return received, attempts, repeated


def unfinished(mailing):
    return mailing.deliveries.exclude(status=Delivery.Status.SENT).count()


def assert_mailed_once_but_in_flight(received, attempts, repeated, in_flight):
    """Nobody lost; nobody mailed more than twice; at most `in_flight` people mailed twice,
    each of them with a second attempt on their ledger row."""
    assert set(received) == set(attempts)
    assert all(count <= 2 for count in received.values())
    assert len(repeated) <= in_flight
    assert all(count >= 2 for count in repeated.values())

"""Real components for integration tests: a Celery worker process consuming from Redis, and an
SMTP server (aiosmtpd) that keeps what it receives. They need PostgreSQL (the worker must see
the test database) and Redis; without them the tests are skipped with the reason printed."""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

import pytest
import redis
from aiosmtpd.controller import Controller
from django.db import connection
from django.utils import timezone
from kombu.exceptions import KombuError

from newsletter import planning, tasks
from newsletter.models import Delivery, Mailing, Subscriber
from safeonline.celery import app as celery_app
from tests import factories as f
from tests.brokers import celery_configured, free_port

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"


def wait_for(condition, timeout=60, interval=0.1, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout}s waiting for {message}")


class SinkHandler:
    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()
        self.refusing = False
        self.refused = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.refusing:
            self.refused += 1
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"

    def parsed(self):
        with self.lock:
            return [
                message_from_bytes(raw, policy=email_policy.default) for _, raw in self.messages
            ]

    def count_for(self, address):
        with self.lock:
            return sum(address in recipients for recipients, _ in self.messages)


@pytest.fixture
def smtp_sink():
    handler = SinkHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    controller.stop()


class RedisServer:
    """A redis-server of the test's own, without persistence, that it can kill and restart."""

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                *("redis-server", "--bind", "127.0.0.1", "--port", str(self.port)),
                *("--save", "", "--appendonly", "no", "--loglevel", "warning"),
            ],
            cwd=self.folder,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_for(self.is_up, timeout=10, message=f"redis-server on port {self.port}")

    def is_up(self):
        try:
            with redis.Redis(port=self.port, socket_timeout=1) as client:
                return client.ping()
        except redis.RedisError:
            return False

    def kill(self):
        """SIGKILL: every queued message and every key is gone."""
        self.process.kill()
        self.process.wait()


@pytest.fixture
def private_redis(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("this test runs its own Redis and needs the redis-server binary")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


@pytest.fixture
def redis_url():
    """The broker the test's workers and this process share; a test module may override it."""
    return REDIS_URL


@pytest.fixture
def real_services(db, redis_url):
    if connection.vendor != "postgresql":
        pytest.skip("integration tests need PostgreSQL (set DATABASE_URL); .ci/run provides it")
    try:
        redis.Redis.from_url(redis_url).ping()
    except redis.RedisError as error:
        pytest.skip(f"integration tests need Redis at {redis_url}: {error}")


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


@pytest.fixture
def worker_factory(real_services, smtp_sink, redis_url):
    """Start workers on a private queue and point this process's task calls at it."""
    queue = f"test-{uuid.uuid4().hex[:8]}"
    workers = []

    def start(**env):
        worker = Worker(queue, smtp_sink[1], redis_url, **env)
        worker.start()
        workers.append(worker)
        return worker

    with celery_configured(task_always_eager=False, broker_url=redis_url, task_default_queue=queue):
        yield start
        for worker in workers:
            worker.stop()
        with celery_app.connection_for_write() as conn:
            conn.default_channel.queue_purge(queue)


def planned_mailing(home_page, subscribers):
    """A digest planned for `subscribers` active members who all get the same single story."""
    theme = f.DigestThemeFactory(tag=f.TagFactory(name="grooming"))
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


def resuming(condition):
    def check():
        resume_stalled_mailings()
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

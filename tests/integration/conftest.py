"""Real components for integration tests: a Celery worker process consuming from Redis, and an
SMTP server (aiosmtpd) that keeps what it receives. They need PostgreSQL (the worker must see
the test database) and Redis; without them the tests are skipped with the reason printed."""

import shutil
import subprocess
import threading
import uuid
from email import message_from_bytes
from email import policy as email_policy

import pytest
import redis
from aiosmtpd.controller import Controller
from django.db import connection

from safeonline.celery import app as celery_app
from tests.brokers import celery_configured, free_port
from tests.integration.helpers import REDIS_URL, Worker, wait_for


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

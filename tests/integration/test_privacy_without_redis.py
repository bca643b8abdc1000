"""Without Redis, as `make run` runs (a filesystem broker, caches in files): a Celery worker in
its own process never emails what has become private in another process, and a privacy change
reaches a second long-running process through the content version."""

import json
import os
import subprocess
import sys
import uuid
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction

from newsletter.models import Mailing
from newsletter.schedule import queue_insight_alert
from newsletter.tasks import plan_and_send
from tests import factories as f
from tests.brokers import celery_configured
from tests.integration.helpers import ROOT, Worker, url_of_test_database, wait_for
from tests.newsletter.factories import SubscriberFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FILESYSTEM_BROKER = {
    "data_folder_in": str(django_settings.VAR_DIR / "celery" / "queue"),
    "data_folder_out": str(django_settings.VAR_DIR / "celery" / "queue"),
    "control_folder": str(django_settings.VAR_DIR / "celery" / "control"),
    "store_processed": False,
}


@pytest.fixture
def file_cache(tmp_path, settings):
    """This process's cache, in files the other processes share."""
    folder = tmp_path / "cache"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(folder),
        },
    }
    return folder


@pytest.fixture
def worker_without_redis(db, smtp_sink, file_cache):
    if connection.vendor != "postgresql":
        pytest.skip("the worker must see the test database: set DATABASE_URL to PostgreSQL")
    for folder in ("data_folder_in", "control_folder"):
        os.makedirs(FILESYSTEM_BROKER[folder], exist_ok=True)
    queue = f"test-{uuid.uuid4().hex[:8]}"
    with celery_configured(
        task_always_eager=False,
        broker_url="filesystem://",
        broker_transport_options=FILESYSTEM_BROKER,
        task_default_queue=queue,
    ):
        worker = Worker(queue, smtp_sink[1], redis_url="", TEST_FILE_CACHE=str(file_cache))
        worker.start()
        yield smtp_sink[0]
        worker.stop()


def received_text(sink):
    return [message.get_body(("plain",)).get_content() for message in sink.parsed()]


def test_a_worker_without_redis_never_mails_what_another_process_made_private(
    worker_without_redis, home_page, django_capture_on_commit_callbacks
):
    sink = worker_without_redis
    theme = f.DigestThemeFactory(topics=[f.TagFactory(name="grooming")])
    SubscriberFactory(themes=[theme], insight_alerts=True)
    briefs = f.InsightIndexPageFactory(parent=home_page)
    open_brief = f.InsightBriefPageFactory(parent=briefs, title="Open brief", tags=["grooming"])
    with django_capture_on_commit_callbacks(execute=True):
        queue_insight_alert(open_brief)
    wait_for(lambda: len(sink.messages) == 1, timeout=60, message="the public alert")

    closed_brief = f.InsightBriefPageFactory(
        parent=briefs, title="Closed brief", search_description="Closed summary", tags=["grooming"]
    )
    PageViewRestriction.objects.create(
        page=closed_brief, restriction_type=PageViewRestriction.LOGIN
    )
    with django_capture_on_commit_callbacks(execute=True):
        queue_insight_alert(closed_brief)  # as if queued a moment before it was made private
    digest = Mailing.objects.create(
        kind=Mailing.Kind.DIGEST,
        cadence="monthly",
        period_start=timezone.now() - timedelta(days=30),
        period_end=timezone.now() + timedelta(minutes=5),
    )
    plan_and_send.delay(digest.pk)
    wait_for(
        lambda: Mailing.objects.filter(status=Mailing.Status.DONE).count() == 3,
        timeout=60,
        message="both alerts and the digest to finish",
    )

    texts = received_text(sink)
    assert len(texts) == 2  # the open brief's alert, and the digest
    assert all("Open brief" in text for text in texts)
    assert not any("Closed" in text for text in texts)


SECOND_PROCESS = """
import json, sys
import django
django.setup()
from home.content_version import restricted_paths
for _ in sys.stdin:
    print(json.dumps(restricted_paths()), flush=True)
"""


def test_a_privacy_change_reaches_a_running_process_through_the_content_version(
    db, home_page, file_cache
):
    if connection.vendor != "postgresql":
        pytest.skip("the second process must see the test database: set DATABASE_URL")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safeonline.settings.test",
        "DATABASE_URL": url_of_test_database(),
        "REDIS_URL": "",
        "TEST_FILE_CACHE": str(file_cache),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", SECOND_PROCESS],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def ask():
        process.stdin.write("\n")
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    try:
        assert ask() == []  # now cached in that process's view of the cache
        section = f.StandardPageFactory(parent=home_page, title="Internal")
        PageViewRestriction.objects.create(page=section, restriction_type="login")
        assert ask() == [section.path]
    finally:
        process.stdin.close()
        process.wait(timeout=10)

"""Two web processes sharing Redis: what one remembers of the pages (home.process_cache) gives
way at once to a publish, an unpublish or a privacy change made in the other, through the
content version; fragment caching off, as `make bench` measures."""

import json
import os
import subprocess
import sys

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from tests import factories as f
from tests.integration.helpers import ROOT, url_of_test_database

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WEB_PROCESS = """
import json, os, sys
import django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
override_settings(
    CACHES=json.loads(os.environ["SHARED_CACHES"]), FRAGMENT_CACHE_SECONDS=0,
    PROCESS_MEMO_SECONDS=60,
).enable()
client = Client()
for line in sys.stdin:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(line.strip())
    body = response.content.decode() if response.status_code == 200 else ""
    answer = {"status": response.status_code, "queries": len(queries), "body": body}
    print(json.dumps(answer), flush=True)
"""


@pytest.fixture
def shared_caches(settings, private_redis):
    """The production cache, on the test's own Redis, for this process and the other."""
    caches = {
        **settings.CACHES,
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": private_redis.url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        },
    }
    settings.CACHES = caches
    settings.FRAGMENT_CACHE_SECONDS = 0
    return caches


@pytest.fixture
def other_process(db, shared_caches):
    if connection.vendor != "postgresql":
        pytest.skip("the other process must see the test database: set DATABASE_URL")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "safeonline.settings.test",
        "DATABASE_URL": url_of_test_database(),
        "SHARED_CACHES": json.dumps(shared_caches),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", WEB_PROCESS],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def get(url):
        process.stdin.write(url + "\n")
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    yield get
    process.stdin.close()
    process.wait(timeout=20)


def publish_brief(insight_index, title):
    brief = f.InsightBriefPageFactory.build(title=title)
    insight_index.add_child(instance=brief)
    brief.save_revision().publish()
    return brief


def test_a_publish_here_shows_at_once_in_a_process_that_remembers_the_home_page(
    other_process, insight_index
):
    publish_brief(insight_index, "First brief")
    other_process("/")  # renditions are made on first use, which renews the content version
    assert "First brief" in other_process("/")["body"]
    assert other_process("/")["queries"] == 0  # drawn from that process's memory

    second = publish_brief(insight_index, "Second brief")
    assert "Second brief" in other_process("/")["body"]

    second.unpublish()
    assert "Second brief" not in other_process("/")["body"]


def test_a_section_made_private_here_is_private_at_once_in_the_other_process(
    other_process, insight_index
):
    brief = publish_brief(insight_index, "Soon private")
    other_process("/")
    assert "Soon private" in other_process("/")["body"]
    assert other_process(brief.url)["status"] == 200

    PageViewRestriction.objects.create(page=insight_index, restriction_type="login")

    assert other_process(brief.url)["status"] == 302  # to sign in
    assert "Soon private" not in other_process("/")["body"]

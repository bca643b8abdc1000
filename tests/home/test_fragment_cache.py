"""Rendered fragments are cached until content changes: publishing, unpublishing and editing
reference data show at once, and previews never come from the cache. After a change one
request rebuilds each entry while those arriving meanwhile get the previous one, except after
a change that can hide something (home/content_version.py)."""

import os
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, PageViewRestriction, Site

from home import content_version
from home.content_version import bump_content_version, cached_under_content_version
from home.models import FundFigures, SiteSettings
from research.models import ResearchIndexPage
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fragment_caching(settings):
    """As in production: fragments cached, and the site remembered per process."""
    settings.FRAGMENT_CACHE_SECONDS = 600
    settings.PROCESS_MEMO_SECONDS = 60


def query_count(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", ["/", "/research/", "/research/?status=active", "detail"])
def test_a_page_seen_before_costs_no_queries(client, research_index, url):
    project = f.ResearchProjectPageFactory(parent=research_index, image=f.ImageFactory())
    url = project.url if url == "detail" else url
    for setting in (SiteSettings, FundFigures):  # created on first use, which changes content
        setting.for_site(Site.objects.get())
    assert query_count(client, url) > 0
    assert query_count(client, url) == 0


def test_unpublished_pages_stop_being_served_at_once(client, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    assert client.get(project.url).status_code == 200

    project.unpublish()

    assert client.get(project.url).status_code == 404


def test_publishing_shows_at_once_in_cached_listings(client, research_index):
    client.get("/research/")
    project = f.ResearchProjectPageFactory.build(
        title="Freshly published",
        programme=f.ProgrammeFactory(),
        lead_organisation=f.OrganisationFactory(),
    )
    research_index.add_child(instance=project)
    project.save_revision().publish()

    assert "Freshly published" in client.get("/research/").content.decode()


def test_unpublishing_removes_a_page_from_cached_listings(client, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index, title="Soon withdrawn")
    assert "Soon withdrawn" in client.get("/research/").content.decode()

    project.unpublish()

    assert "Soon withdrawn" not in client.get("/research/").content.decode()


def test_editing_reference_data_shows_at_once(client, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    client.get(project.url)
    project.programme.name = "Renamed programme"
    project.programme.save()

    assert "Renamed programme" in client.get(project.url).content.decode()


def test_changing_a_fund_figure_shows_at_once(client, home_page):
    figures = FundFigures.for_site(Site.objects.get())
    figures.invested_value, figures.invested_source = "US$77M+", "Progress Snapshot 2023"
    figures.save()
    assert "US$77M+" in client.get("/").content.decode()

    figures.invested_value = "US$100M+"
    figures.save()

    assert "US$100M+" in client.get("/").content.decode()


def test_previews_are_never_served_from_the_cache(client, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index, title="Published title")
    client.get(project.url)
    project.title = "Draft title"
    project.save_revision()

    draft = project.get_latest_revision_as_object()
    preview = draft.make_preview_request(extra_request_attrs={"user": AnonymousUser()})

    assert "Draft title" in preview.content.decode()
    assert "Published title" in client.get(project.url).content.decode()


def test_made_up_addresses_add_nothing_to_the_cache(client, home_page):
    from django.core.cache import cache

    client.get("/")
    keys_before = set(cache._cache.keys())
    for number in range(5):
        assert client.get(f"/no-such-page-{number}/").status_code == 404
    assert set(cache._cache.keys()) == keys_before


# --- Rebuilt once after a change, against the shared Redis cache ------------------------------
#
# These tests share a real Redis between threads and processes, as web processes do. Each test
# writes under a key prefix of its own, so parallel test runs never meet.


@pytest.fixture
def shared_cache(settings):
    url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    try:
        redis.Redis.from_url(url, socket_timeout=1).ping()
    except redis.RedisError as error:
        pytest.skip(f"these tests share a real Redis between threads, at {url}: {error}")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        },
    }
    yield {"url": url, "prefix": prefix}
    with redis.Redis.from_url(url) as client:
        for key in client.scan_iter(match=f"{prefix}:*"):
            client.delete(key)


class Rebuild:
    """A load() that signals when it starts and waits to be released, run in its own thread:
    a render in progress in another request."""

    def __init__(self, value):
        self.value = value
        self.started = threading.Event()
        self.released = threading.Event()
        self.calls = 0
        self.result = None

    def load(self):
        self.calls += 1
        self.started.set()
        assert self.released.wait(10), "the test never released the rebuild"
        return self.value

    def start(self, call):
        def run():
            try:
                self.result = call()
            finally:
                connection.close()

        self.thread = threading.Thread(target=run)
        self.thread.start()
        assert self.started.wait(10), "the rebuild never started"

    def finish(self):
        self.released.set()
        self.thread.join(10)
        return self.result


def cached(key, load):
    return cached_under_content_version(key, load, 600)


def test_a_request_during_a_rebuild_gets_the_previous_value(shared_cache):
    cached("figures", lambda: "before")
    bump_content_version()
    rebuild = Rebuild("after")
    rebuild.start(lambda: cached("figures", rebuild.load))

    assert cached("figures", lambda: "rendered again") == "before"

    assert rebuild.finish() == "after"
    assert cached("figures", lambda: "rendered again") == "after"


def test_only_one_of_many_concurrent_requests_rebuilds(shared_cache):
    cached("figures", lambda: "before")
    bump_content_version()
    loads = []
    start = threading.Barrier(8)

    def load():
        loads.append(threading.get_ident())
        time.sleep(0.5)  # long enough for every other thread to ask meanwhile
        return "after"

    def request():
        start.wait(5)
        return cached("figures", load)

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: request(), range(8)))

    assert len(loads) == 1
    assert sorted(answers) == ["after"] + ["before"] * 7


def test_a_cold_entry_is_rendered_by_each_request_that_needs_it(shared_cache):
    """With nothing to serve meanwhile, nobody waits for another's render."""
    rebuild = Rebuild("first")
    rebuild.start(lambda: cached("figures", rebuild.load))

    assert cached("figures", lambda: "second") == "second"
    rebuild.finish()


@pytest.mark.parametrize(
    "limit",
    ["STALE_SECONDS", "STALE_AGE_SECONDS"],
    ids=["only shortly after the change", "only while it is recent"],
)
def test_a_stale_value_is_served_within_its_limits(shared_cache, monkeypatch, limit):
    cached("figures", lambda: "before")
    bump_content_version()
    monkeypatch.setattr(content_version, limit, 0)
    rebuild = Rebuild("after")
    rebuild.start(lambda: cached("figures", rebuild.load))

    assert cached("figures", lambda: "rendered again") == "rendered again"
    rebuild.finish()


@pytest.fixture
def clock(monkeypatch):
    """The rebuild budget's clock, moved by hand."""
    now = [0.0]
    monkeypatch.setattr(content_version.rebuild_budget, "clock", lambda: now[0])
    content_version.rebuild_budget.reset()
    return now


# A render long enough to overdraw the budget, which keeps filling while it runs, and the time
# the budget then takes to fill up again.
RENDER_SECONDS = 4 * content_version.REBUILD_BURST_SECONDS / (1 - content_version.REBUILD_SHARE)
OVERDRAWN = (
    RENDER_SECONDS * (1 - content_version.REBUILD_SHARE) - content_version.REBUILD_BURST_SECONDS
)
REFILL_SECONDS = OVERDRAWN / content_version.REBUILD_SHARE + 0.01


def long_render(clock):
    def load():
        clock[0] += RENDER_SECONDS
        return "after"

    return load


def test_a_process_over_its_rebuild_budget_serves_previous_values_meanwhile(shared_cache, clock):
    for key in ("home", "listing"):
        cached(key, lambda: "before")
    bump_content_version()

    assert cached("home", long_render(clock)) == "after"
    assert cached("listing", lambda: "after") == "before"
    assert cached("new address", lambda: "rendered") == "rendered"  # nothing else to serve

    clock[0] += REFILL_SECONDS
    assert cached("listing", lambda: "after") == "after"


def test_the_rebuild_budget_never_holds_back_a_privacy_change(shared_cache, clock):
    for key in ("home", "listing"):
        cached(key, lambda: "before")
    bump_content_version(affects_privacy=True)

    assert cached("home", long_render(clock)) == "after"
    assert cached("listing", lambda: "after") == "after"


def test_nothing_from_before_a_privacy_change_is_served_during_a_rebuild(shared_cache):
    cached("figures", lambda: "before")
    bump_content_version(affects_privacy=True)
    rebuild = Rebuild("after")
    rebuild.start(lambda: cached("figures", rebuild.load))

    assert cached("figures", lambda: "rendered again") == "rendered again"
    rebuild.finish()


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def move_to_new_section(page):
    section = f.StandardPageFactory(parent=page.get_parent().get_parent())
    page.move(section, pos="last-child")


def image_to_new_collection(page):
    image = f.ImageFactory()
    image.collection = Collection.get_first_root_node().add_child(name="Awaiting review")
    image.save()


def rename_collection(page):
    collection = Collection.get_first_root_node().get_children().first() or (
        Collection.get_first_root_node().add_child(name="Grantee uploads")
    )
    collection.name = "Renamed"
    collection.save()


@pytest.mark.parametrize(
    "change",
    [
        lambda page: page.unpublish(),
        lambda page: page.delete(),
        make_private,
        move_to_new_section,
        image_to_new_collection,
        rename_collection,
        lambda page: Site.objects.get().save(),
    ],
    ids=["unpublish", "delete", "restriction", "move", "image", "collection", "site"],
)
def test_changes_that_can_hide_something_end_serving_what_was_cached_before(
    shared_cache, research_index, change
):
    project = f.ResearchProjectPageFactory(parent=research_index)
    cached("figures", lambda: "before")
    change(project)
    rebuild = Rebuild("after")
    rebuild.start(lambda: cached("figures", rebuild.load))

    assert cached("figures", lambda: "rendered again") == "rendered again"
    rebuild.finish()


def publish_new_title(page):
    page.title = "Retitled"
    page.save_revision().publish()


def rename_programme(page):
    page.programme.name = "Renamed programme"
    page.programme.save()


@pytest.mark.parametrize(
    "change",
    [publish_new_title, rename_programme, lambda page: f.TagFactory(name="new topic")],
    ids=["publish", "programme", "topic"],
)
def test_changes_that_only_add_or_reword_keep_the_previous_value_during_a_rebuild(
    shared_cache, research_index, change
):
    project = f.ResearchProjectPageFactory(parent=research_index)
    cached("figures", lambda: "before")
    change(project)
    rebuild = Rebuild("after")
    rebuild.start(lambda: cached("figures", rebuild.load))

    assert cached("figures", lambda: "rendered again") == "before"
    assert rebuild.finish() == "after"


def test_measuring_an_image_changes_no_version(shared_cache):
    image = f.ImageFactory()
    type(image).objects.filter(pk=image.pk).update(file_size=None, file_hash="")
    image.refresh_from_db()
    before = content_version.content_version()

    image.get_file_size()
    image.get_file_hash()

    assert type(image).objects.get(pk=image.pk).file_size
    assert content_version.content_version() == before


SECOND_PROCESS = """
import sys, time
import django
django.setup()
from django.conf import settings
settings.CACHES = {"default": {
    "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
    "LOCATION": sys.argv[1], "KEY_PREFIX": sys.argv[2]}}
from home import content_version
content_version.REBUILD_LOCK_SECONDS = 2

def load():
    print("rendering", flush=True)
    time.sleep(60)

content_version.cached_under_content_version("figures", load, 600)
"""


def test_a_rebuild_lock_left_by_a_killed_process_expires(shared_cache):
    cached("figures", lambda: "before")
    bump_content_version()
    renderer = subprocess.Popen(
        [sys.executable, "-c", SECOND_PROCESS, shared_cache["url"], shared_cache["prefix"]],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "safeonline.settings.test"},
    )
    try:
        assert renderer.stdout.readline().strip() == "rendering"
        renderer.kill()  # mid-render, holding the lock
        renderer.wait()

        assert cached("figures", lambda: "rendered again") == "before"
        time.sleep(2.5)
        assert cached("figures", lambda: "rendered again") == "rendered again"
    finally:
        renderer.kill()
        renderer.stdout.close()


def test_a_change_inside_a_transaction_is_made_again_when_it_commits(
    shared_cache, django_capture_on_commit_callbacks
):
    """A request reading the database between the change and its commit sees the old state;
    what it caches must not count as current once the change is committed."""
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        bump_content_version()
        cached("figures", lambda: "read before the commit")

    assert cached("figures", lambda: "read after the commit") == "read after the commit"


# --- Whole pages, rendered in threads (committed data, so that every thread sees it) ---------


def paused_listing(monkeypatch):
    """Pause the research listing's render in the first request that gets to it."""
    rebuild = Rebuild(None)
    listing = ResearchIndexPage.listing

    def paused(page, request):
        if rebuild.calls == 0:
            rebuild.load()
        return listing(page, request)

    monkeypatch.setattr(ResearchIndexPage, "listing", paused)
    return rebuild


def rebuilding_listing(monkeypatch):
    rebuild = paused_listing(monkeypatch)
    rebuild.start(lambda: Client().get("/research/"))
    return rebuild


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_request_during_a_page_rebuild_gets_the_previous_listing(
    shared_cache, research_index, monkeypatch, client
):
    project = f.ResearchProjectPageFactory(parent=research_index, title="Earlier title")
    assert "Earlier title" in client.get("/research/").content.decode()
    project.title = "Later title"
    project.save_revision().publish()

    rebuild = rebuilding_listing(monkeypatch)
    during = client.get("/research/").content.decode()
    after_rebuild = rebuild.finish().content.decode()

    assert "Earlier title" in during
    assert "Later title" not in during
    assert "Later title" in after_rebuild
    assert "Later title" in client.get("/research/").content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_made_private_leaves_listings_at_once_even_during_a_rebuild(
    shared_cache, research_index, monkeypatch, client
):
    project = f.ResearchProjectPageFactory(parent=research_index, title="Soon internal")
    f.ResearchProjectPageFactory(parent=research_index, title="Stays open")
    assert "Soon internal" in client.get("/research/").content.decode()
    assert client.get(project.url).status_code == 200

    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.LOGIN)
    rebuild = rebuilding_listing(monkeypatch)
    listing = client.get("/research/").content.decode()
    page = client.get(project.url)
    rebuild.finish()

    assert "Stays open" in listing
    assert "Soon internal" not in listing
    assert page.status_code == 302
    assert "/_util/login/" in page["Location"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_unpublished_page_leaves_listings_at_once_even_during_a_rebuild(
    shared_cache, research_index, monkeypatch, client
):
    project = f.ResearchProjectPageFactory(parent=research_index, title="Soon withdrawn")
    assert "Soon withdrawn" in client.get("/research/").content.decode()
    assert client.get(project.url).status_code == 200

    project.unpublish()
    rebuild = rebuilding_listing(monkeypatch)
    listing = client.get("/research/").content.decode()
    page = client.get(project.url)
    rebuild.finish()

    assert "Soon withdrawn" not in listing
    assert page.status_code == 404


def test_what_is_cached_reads_back_in_a_process_of_the_previous_release():
    """During a rolling deploy the previous release reads the same keys. It has no Entry class
    to unpickle, so an entry is written as a plain tuple, which it reads and finds no match in
    (its pairs start with the content version, ours with a format tag)."""
    cached_under_content_version("previous-release-probe", lambda: "value", 60)
    raw_key = content_version.in_language("previous-release-probe")
    raw = cache.get(raw_key)
    assert type(raw) is tuple
    assert raw[-1] == "value"
    # the previous release compares the first item with its raw or dated content version
    versions = content_version.read_versions()[0]
    assert raw[0] not in {versions.content, int(versions.content.split("-")[0]), versions.privacy}
    cache.set(raw_key, (versions.content, "their value"), 60)
    assert cached_under_content_version("previous-release-probe", lambda: "ours", 60) == "ours"

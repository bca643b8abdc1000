"""Redis as the production cache going away: pages keep rendering from the database, and the
cache fills again once Redis is back. The cache saves work; it is never needed for a page."""

import logging
import threading

import pytest
import redis

from home.ratelimit import over_limit
from newsletter.models import Subscriber
from safeonline.redis_cache import ReusedClientRedisCache
from tests import factories

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def redis_cache(settings, private_redis):
    """The production cache configuration, on the test's own Redis, with fragment caching on."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": private_redis.url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        },
    }
    settings.FRAGMENT_CACHE_SECONDS = 600
    # What an outage leaves in this process (counters, the last warning) starts afresh.
    ReusedClientRedisCache._outage_counters.clear()
    ReusedClientRedisCache._outage_reported_at = None
    return private_redis


@pytest.fixture
def pages(research_index):
    tag = factories.TagFactory(name="online grooming")
    project = factories.ResearchProjectPageFactory(parent=research_index, tags=[tag.name])
    return ["/", "/research/", project.url, f"/topics/{tag.slug}/", "/newsletter/subscribe/"]


def cached_keys(server):
    with redis.Redis.from_url(server.url) as client:
        return client.dbsize()


def assert_all_render(client, pages):
    for url in pages:
        assert client.get(url).status_code == 200, url


def test_pages_render_while_redis_is_down_and_are_cached_again_after(
    client, redis_cache, pages, caplog
):
    assert_all_render(client, pages)
    assert cached_keys(redis_cache) > 0

    redis_cache.kill()
    with caplog.at_level(logging.WARNING, logger="safeonline.redis_cache"):
        assert_all_render(client, pages)
    outage_warnings = [r for r in caplog.records if r.name == "safeonline.redis_cache"]
    assert len(outage_warnings) == 1  # once a minute, not once per cache call

    redis_cache.start()
    assert cached_keys(redis_cache) == 0  # restarted empty
    assert_all_render(client, pages)
    assert cached_keys(redis_cache) > 0


def sign_up(client, theme, email):
    return client.post(
        "/newsletter/subscribe/",
        {
            "email": email,
            "member_type": "researcher",
            "themes": [theme.pk],
            "cadence": "weekly",
            "consent": "on",
        },
    )


def test_sign_up_works_and_its_rate_limit_holds_while_redis_is_down(
    client, redis_cache, home_page, settings
):
    """The limit counts in Redis; while Redis is away it counts in this process's memory."""
    settings.NEWSLETTER_FORM_RATE_LIMIT = 2
    theme = factories.DigestThemeFactory(
        topics=[factories.TagFactory(name="policy")], name="Policy"
    )
    redis_cache.kill()

    assert sign_up(client, theme, "ada@example.org").status_code == 302
    assert sign_up(client, theme, "grace@example.org").status_code == 302
    assert sign_up(client, theme, "mallory@example.org").status_code == 429
    assert set(Subscriber.objects.values_list("email", flat=True)) == {
        "ada@example.org",
        "grace@example.org",
    }


def test_while_redis_is_down_a_limit_counts_across_the_threads_of_a_process(redis_cache, rf):
    """Django gives each thread its own cache object, and a threaded server a thread per
    request; the fallback counters are the process's, so the limit still holds."""
    redis_cache.kill()
    request = rf.post("/newsletter/subscribe/")
    answers = []
    for _ in range(4):
        thread = threading.Thread(target=lambda: answers.append(over_limit(request, "probe", 2)))
        thread.start()
        thread.join()

    assert answers == [False, False, True, True]


def test_publishing_and_unpublishing_while_redis_is_down_show_at_once(
    client, redis_cache, research_index
):
    """No cached value can be served, stale or not, while nobody can read the cache; when it
    comes back empty, nothing from before the outage is served either."""
    kept = factories.ResearchProjectPageFactory(parent=research_index, title="Kept project")
    withdrawn = factories.ResearchProjectPageFactory(parent=research_index, title="Withdrawn")
    assert "Withdrawn" in client.get("/research/").content.decode()

    redis_cache.kill()
    withdrawn.unpublish()
    kept.title = "Renamed project"
    kept.save_revision().publish()

    during = client.get("/research/").content.decode()
    assert "Renamed project" in during
    assert "Withdrawn" not in during
    assert client.get(withdrawn.url).status_code == 404

    redis_cache.start()
    after = client.get("/research/").content.decode()
    assert "Renamed project" in after
    assert "Withdrawn" not in after
    assert client.get(withdrawn.url).status_code == 404

"""What only content changes is remembered by each web process (home.process_cache) while the
content version stays the same: with fragment caching off, as measured, a publish, an
unpublish or a privacy change still shows on the next request, and nothing is remembered
without a shared version."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home import process_cache
from home.process_cache import remember, request_scope
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def remembering(settings):
    """Pages rendered from the database (no fragment cache), remembering per process."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    settings.PROCESS_MEMO_SECONDS = 60
    process_cache.forget_everything()


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def publish_brief(insight_index, title):
    brief = f.InsightBriefPageFactory.build(title=title)
    insight_index.add_child(instance=brief)
    brief.save_revision().publish()
    return brief


def test_the_home_page_is_drawn_from_memory_until_something_is_published(client, insight_index):
    publish_brief(insight_index, "First brief")
    client.get("/")  # renditions and settings are created on first use, which changes content
    assert queries_for(client, "/") > 0
    assert queries_for(client, "/") == 0

    publish_brief(insight_index, "Second brief")

    assert "Second brief" in client.get("/").content.decode()


def test_unpublishing_takes_a_page_off_the_remembered_home_page(client, insight_index):
    brief = publish_brief(insight_index, "Soon withdrawn")
    assert "Soon withdrawn" in client.get("/").content.decode()

    brief.unpublish()

    assert "Soon withdrawn" not in client.get("/").content.decode()


def test_a_section_made_private_is_never_served_from_memory(client, insight_index):
    brief = publish_brief(insight_index, "Soon private")
    assert "Soon private" in client.get("/").content.decode()
    assert client.get(brief.url).status_code == 200

    PageViewRestriction.objects.create(page=insight_index, restriction_type="login")

    assert "Soon private" not in client.get("/").content.decode()
    response = client.get(brief.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def publish_tagged_brief(insight_index, title, topic="grooming"):
    brief = publish_brief(insight_index, title)
    brief.tags.add(topic)
    brief.save_revision().publish()
    return brief


def test_a_topic_page_shows_its_digest_theme_once_staff_add_one(client, insight_index):
    from taggit.models import Tag

    publish_tagged_brief(insight_index, "Tagged brief")
    client.get("/topics/grooming/")
    assert "Tagged brief" in client.get("/topics/grooming/").content.decode()

    f.DigestThemeFactory(topics=[Tag.objects.get(slug="grooming")], description="Spot it early.")

    assert "Spot it early." in client.get("/topics/grooming/").content.decode()


class CountingNodes:
    """Stands in for a template node's children, counting how often they are drawn."""

    def __init__(self, nodelist):
        self.nodelist = nodelist
        self.drawn = 0

    def render(self, context):
        self.drawn += 1
        return self.nodelist.render(context)


def test_the_footer_is_drawn_once_for_every_page_until_content_changes(
    client, insight_index, monkeypatch
):
    from django.template.loader import get_template
    from wagtail.models import Site

    from home.models import SiteSettings
    from home.templatetags.site_tags import SharedFragmentNode

    brief = publish_brief(insight_index, "A brief")
    client.get("/")
    footer = get_template("components/footer.html").template
    [node] = footer.nodelist.get_nodes_by_type(SharedFragmentNode)
    monkeypatch.setattr(node, "nodelist", CountingNodes(node.nodelist))

    for url in ["/", brief.url, insight_index.url, "/search/?q=brief"]:
        assert "Stay in the loop" in client.get(url).content.decode()
    assert node.nodelist.drawn == 1

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.footer_text = "Saved by staff just now."
    site_settings.save()

    assert "Saved by staff just now." in client.get(brief.url).content.decode()
    assert node.nodelist.drawn == 2


def test_each_request_gets_its_own_copy_of_remembered_settings(rf, home_page):
    from home.models import SiteSettings

    first, second = rf.get("/"), rf.get("/")
    with request_scope("1-20260101"):
        first_settings = SiteSettings.for_request(first)
        second_settings = SiteSettings.for_request(second)
    assert first_settings is not second_settings
    assert first_settings._request is first
    assert second_settings._request is second


def counting_loader():
    calls = []

    def load():
        calls.append(1)
        return len(calls)

    return load, calls


def test_values_are_kept_while_the_version_holds_and_dropped_when_it_changes():
    load, calls = counting_loader()
    with request_scope("1-20260101"):
        assert remember("figures", load) == 1
        assert remember("figures", load) == 1
    with request_scope("2-20260101"):
        assert remember("figures", load) == 2
    assert len(calls) == 2


def test_nothing_is_remembered_without_a_shared_version():
    """While Redis is unreachable every process reads "None-<date>", which no publish replaces:
    remembering under it could show a private page for as long as the outage lasts."""
    load, calls = counting_loader()
    with request_scope("None-20260101"):
        remember("restricted", load)
        remember("restricted", load)
    remember("restricted", load)  # outside any request
    assert len(calls) == 3


def test_nothing_is_kept_longer_than_the_memo_lasts(monkeypatch, settings):
    """A version change lost while Redis was down must not keep old values for good."""
    load, calls = counting_loader()
    now = [1000.0]
    monkeypatch.setattr(process_cache.time, "monotonic", lambda: now[0])
    with request_scope("1-20260101"):
        remember("menu", load)
        now[0] += settings.PROCESS_MEMO_SECONDS - 1
        remember("menu", load)
        now[0] += 2
        remember("menu", load)
    assert len(calls) == 2


def test_remembering_can_be_turned_off(settings):
    settings.PROCESS_MEMO_SECONDS = 0
    load, calls = counting_loader()
    with request_scope("1-20260101"):
        remember("menu", load)
        remember("menu", load)
    assert len(calls) == 2


def test_keys_made_from_hostile_input_stop_being_stored(monkeypatch):
    monkeypatch.setattr(process_cache, "MAX_ENTRIES", 3)
    load, calls = counting_loader()
    with request_scope("1-20260101"):
        for host in ("a", "b", "c", "d"):
            remember(("site", host), load)
        remember(("site", "d"), load)
        remember(("site", "a"), load)
    assert len(calls) == 5  # "d" came after the limit and was loaded twice; "a" once


def test_a_topic_page_counts_its_pages_afresh_after_a_publish(client, insight_index):
    publish_tagged_brief(insight_index, "First tagged brief")
    client.get("/topics/grooming/")
    assert "1 item on this topic" in client.get("/topics/grooming/").content.decode()

    publish_tagged_brief(insight_index, "Second tagged brief")

    assert "2 items on this topic" in client.get("/topics/grooming/").content.decode()

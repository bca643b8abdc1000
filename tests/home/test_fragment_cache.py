"""Rendered fragments are cached until content changes: publishing, unpublishing and editing
reference data show at once, and previews never come from the cache."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from home.models import FundFigures, SiteSettings
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

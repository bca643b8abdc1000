"""Every public page type costs the same number of queries with 5 or 50 items in its listing or
timeline, in English, French and Spanish alike: nothing is fetched per item, and each language
serves its own tree of pages within the same budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from home import process_cache
from home.content_version import bump_content_version
from tests import factories as f

pytestmark = pytest.mark.django_db

# Each language's addresses: English at /, French and Spanish under their prefix.
LANGUAGE_PREFIXES = ["", "/fr", "/es"]
UNPREFIXED = ("/feeds/",)  # served in English only, at one address


def in_language(prefix, urls):
    return [url if url.startswith(UNPREFIXED) else prefix + url for url in urls]


def give_pages_their_place_in(prefix):
    """Every English page's alias in the tree of the language at `prefix`, as wagtail-localize
    keeps it for pages published in the admin (factories publish no other way)."""
    if prefix:
        english = Locale.objects.get(language_code="en-gb")
        synchronize_tree(english, Locale.objects.get(language_code=prefix.strip("/")))


def queries_for(client, url):
    # Warm per-process caches (site root paths, content types, renditions), twice: the first
    # render of new images saves them, which replaces the content version (home/signals.py)
    # and so drops what was cached under it during that request (the search vocabulary).
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def world(home_page, research_index, insight_index, story_index, event_index):
    """A project, brief, story and event sharing one topic and one country, each with an image."""
    topic = "grooming"
    country = f.CountryFactory(slug="kenya")
    image = f.ImageFactory()
    project = f.ResearchProjectPageFactory(
        parent=research_index, tags=[topic], countries=[country], image=image
    )
    return {
        "topic": topic,
        "country": country,
        "image": image,
        "project": project,
        "brief": f.InsightBriefPageFactory(parent=insight_index, tags=[topic], image=image),
        "story": f.GranteeStoryPageFactory(parent=story_index, tags=[topic], image=image),
        "event": f.EventPageFactory(parent=event_index, tags=[topic], country=country, image=image),
    }


def add_content(world, count, research_index, insight_index, story_index, event_index):
    """Grow every listing, timeline and related list by `count` items."""
    topic, country, image, project = (
        world["topic"],
        world["country"],
        world["image"],
        world["project"],
    )
    other_country = f.CountryFactory()
    for _ in range(count):
        f.ResearchProjectPageFactory(
            parent=research_index,
            tags=[topic, "detection"],
            countries=[country, other_country],
            image=image,
        )
        f.ProjectUpdatePageFactory(parent=project, tags=[topic], image=image)
        brief = f.InsightBriefPageFactory(parent=insight_index, tags=[topic], image=image)
        brief.projects.add(project)
        brief.save()
        f.InsightRecommendationFactory(brief=brief)
        story = f.GranteeStoryPageFactory(parent=story_index, tags=[topic], image=image)
        story.related_projects.add(project)
        story.save()
        f.EventPageFactory(parent=event_index, tags=[topic], country=country, image=image)


def page_urls(world):
    return [
        "/",
        "/research/",
        "/research/?topic=grooming&country=kenya",
        world["project"].url,
        "/insights/",
        world["brief"].url,
        "/stories/",
        world["story"].url,
        "/events/",
        world["event"].url,
        "/topics/",
        "/topics/grooming/",
        "/countries/",
        "/countries/kenya/",
        "/search/?q=quarter",  # matches only the project updates
        "/search/?q=grooming&type=project-updates",  # one type, and a quick link to the topic
        "/search/?q=groming",  # nothing found: a spelling and topics suggested
        "/research/?q=grooming&country=kenya",
        "/feeds/rss/",
        "/topics/grooming/atom/",
        "/research/csv/",
        "/research/evidence/",
        "/research/evidence/countries/csv/",
        "/research/portfolio/",
        "/research/portfolio/projects-by-region/svg/",
        "/insights/?topic=grooming&country=kenya",
    ]


@pytest.mark.parametrize("prefix", LANGUAGE_PREFIXES)
def test_query_counts_do_not_grow_with_content(
    client, prefix, world, research_index, insight_index, story_index, event_index
):
    indexes = (research_index, insight_index, story_index, event_index)
    add_content(world, 4, *indexes)  # 5 of everything
    give_pages_their_place_in(prefix)
    urls = in_language(prefix, page_urls(world))
    with_five = {url: queries_for(client, url) for url in urls}
    add_content(world, 45, *indexes)  # 50 of everything
    give_pages_their_place_in(prefix)
    with_fifty = {url: queries_for(client, url) for url in urls}
    print("\nqueries per page (5 items -> 50 items):")
    for url in with_five:
        print(f"  {url:45} {with_five[url]:3} -> {with_fifty[url]}")
    assert with_fifty == with_five


QUERY_BUDGET = 12


def measured_urls(world):
    """The pages `make bench` measures, as this test's content names them."""
    programme = world["project"].programme.slug
    return [
        "/",
        f"/research/?programme={programme}&country=kenya",
        world["project"].url,
        "/topics/grooming/",
        "/search/?q=grooming",
    ]


@pytest.mark.parametrize("prefix", LANGUAGE_PREFIXES)
def test_pages_rendered_from_the_database_stay_within_budget_as_content_grows(
    client, prefix, settings, world, research_index, insight_index, story_index, event_index
):
    """As `make bench` measures them: no fragment cache, each process remembering what only
    content changes, and rendition lookups cached per process as in production. Adding
    content is published content: it replaces the content version."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    settings.PROCESS_MEMO_SECONDS = 60
    renditions = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # as in base.py
    settings.CACHES = {**settings.CACHES, "renditions": renditions}
    process_cache.forget_everything()
    indexes = (research_index, insight_index, story_index, event_index)
    add_content(world, 4, *indexes)
    give_pages_their_place_in(prefix)
    bump_content_version()
    urls = in_language(prefix, measured_urls(world))
    with_five = {url: queries_for(client, url) for url in urls}
    add_content(world, 45, *indexes)
    give_pages_their_place_in(prefix)
    bump_content_version()
    with_fifty = {url: queries_for(client, url) for url in urls}
    print("\nqueries per page rendered from the database (5 items -> 50 items):")
    for url in with_five:
        print(f"  {url:45} {with_five[url]:3} -> {with_fifty[url]}")
    assert with_fifty == with_five
    assert max(with_fifty.values()) <= QUERY_BUDGET, with_fifty

"""What the search page shows around its results: ranking, highlighted titles, quick links,
staff picks, the counts staff read, and help when nothing matched."""

import datetime
import threading

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import ZeroResultDailyHits
from home.search_log import record_search
from tests import factories as f

pytestmark = pytest.mark.django_db


def slugs(response):
    return [result.page.slug for result in response.context["results"].object_list]


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def ranked(research_index, insight_index):
    """Pages naming "extortion" in the title, in the summary only, and in the body only."""
    project = f.ResearchProjectPageFactory(
        parent=research_index,
        slug="in-title",
        title="Extortion of teenagers online",
        summary="A study.",
        first_published_at=days_ago(300),
    )
    f.ProjectUpdatePageFactory(
        parent=project,
        slug="in-body",
        title="Fieldwork done",
        summary="Interviews finished.",
        body="<p>" + "Extortion came up in extortion cases, extortion again. " * 5 + "</p>",
        first_published_at=days_ago(1),
    )
    f.InsightBriefPageFactory(
        parent=insight_index,
        slug="in-summary",
        title="What payment data shows",
        summary="Signals of extortion in payments.",
        first_published_at=days_ago(10),
    )


def test_title_matches_come_before_summary_matches_before_body_matches(client, ranked):
    response = client.get("/search/", {"q": "extortion"})
    assert slugs(response) == ["in-title", "in-summary", "in-body"]


def test_the_newer_page_wins_a_tie(client, research_index):
    for slug, days in (("older", 400), ("newest", 2), ("newer", 40)):
        f.ResearchProjectPageFactory(
            parent=research_index,
            slug=slug,
            title="Helplines",
            summary="Same words.",
            first_published_at=days_ago(days),
        )
    assert slugs(client.get("/search/", {"q": "helplines"})) == ["newest", "newer", "older"]


def test_the_api_ranks_as_the_site_does(client, ranked):
    items = client.get("/api/v2/projects/", {"search": "extortion"}).json()["items"]
    assert [item["meta"]["slug"] for item in items] == ["in-title"]


def test_matches_are_marked_in_titles_as_well_as_excerpts(client, ranked):
    html = client.get("/search/", {"q": "extortion"}).content.decode()
    assert "<mark>Extortion</mark> of teenagers online" in html
    assert "Signals of <mark>extortion</mark> in payments." in html


def test_synonyms_and_other_word_forms_are_marked_too(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index, title="Sexual extortion and grooming")
    html = client.get("/search/", {"q": "sextortion groomers"}).content.decode()
    assert "<mark>Sexual extortion</mark> and <mark>grooming</mark>" in html


@pytest.fixture
def places(research_index):
    kenya = f.CountryFactory(name="Kenya", slug="kenya")
    programme = f.ProgrammeFactory(name="Disrupting Harm", slug="disrupting-harm")
    organisation = f.OrganisationFactory(name="Justice and Care")
    f.ResearchProjectPageFactory(
        parent=research_index,
        title="Disrupting Harm in Kenya",
        programme=programme,
        lead_organisation=organisation,
        countries=[kenya],
        tags=["sexual extortion"],
    )


def quick_links(client, query):
    return [
        (link.kind, link.label, link.url)
        for link in client.get("/search/", {"q": query}).context["quick_links"]
    ]


def test_quick_links_name_the_topics_countries_and_programmes_a_query_names(client, places):
    assert quick_links(client, "disrupting harm kenya") == [
        ("Programme", "Disrupting Harm", "/research/?programme=disrupting-harm"),
        ("Country", "Kenya", "/countries/kenya/"),
    ]


def test_a_synonym_leads_to_its_topic(client, places):
    assert quick_links(client, "sextortion") == [
        ("Topic", "sexual extortion", "/topics/sexual-extortion/")
    ]


def test_an_organisation_leads_to_its_projects(client, places):
    assert quick_links(client, "justice and care") == [
        ("Organisation", "Justice and Care", "/research/?q=%22Justice+and+Care%22")
    ]
    html = client.get("/search/", {"q": "justice and care"}).content.decode()
    assert "Go straight to" in html


def test_countries_without_public_projects_are_never_linked(client, places):
    f.CountryFactory(name="Nepal", slug="nepal")
    assert quick_links(client, "nepal") == []


@pytest.fixture
def promoted(research_index, insight_index):
    brief = f.InsightBriefPageFactory(parent=insight_index, slug="picked", title="Our pick")
    query = Query.get("Helplines")
    SearchPromotion.objects.create(query=query, page=brief, sort_order=0)
    return brief


def test_staff_picks_come_first(client, promoted, research_index):
    f.ResearchProjectPageFactory(parent=research_index, title="Helplines")
    response = client.get("/search/", {"q": "helplines"})
    assert [page.slug for page in response.context["promotions"]] == ["picked"]
    html = response.content.decode()
    assert html.index("Recommended by the Safe Online team") < html.index("Helplines")


def test_a_pick_shows_as_soon_as_staff_save_it(client, research_index, insight_index):
    brief = f.InsightBriefPageFactory(parent=insight_index, slug="picked", title="Picked")
    assert list(client.get("/search/", {"q": "helplines"}).context["promotions"]) == []
    SearchPromotion.objects.create(query=Query.get("helplines"), page=brief, sort_order=0)
    promotions = client.get("/search/", {"q": "Helplines"}).context["promotions"]
    assert [page.slug for page in promotions] == ["picked"]


def test_an_unpublished_pick_is_not_shown(client, promoted):
    promoted.unpublish()
    assert list(client.get("/search/", {"q": "helplines"}).context["promotions"]) == []


def test_each_search_is_counted_once_and_those_that_found_nothing_apart(client, ranked):
    client.get("/search/", {"q": "extortion"})
    client.get("/search/", {"q": "Extortion", "page": "2"})  # the same search, paged
    client.get("/search/", {"q": "xyzzy"})
    client.get("/search/", {"q": "xyzzy"})
    assert Query.get("extortion").hits == 1
    assert Query.get("xyzzy").hits == 2
    assert ZeroResultDailyHits.objects.get(query__query_string="xyzzy").hits == 2
    assert not ZeroResultDailyHits.objects.filter(query__query_string="extortion").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_searches_counted_at_the_same_time_all_count():
    """Two web processes counting the same new wording at once: no hit is lost to the race
    between creating the wording and counting it."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL; SQLite serialises them")
    barrier = threading.Barrier(4)

    def count_many():
        barrier.wait()
        try:
            for _ in range(10):
                record_search("Sextortion helplines", found_nothing=True)
        finally:
            connection.close()

    threads = [threading.Thread(target=count_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Query.objects.filter(query_string="sextortion helplines").count() == 1
    assert Query.get("sextortion helplines").hits == 40
    assert ZeroResultDailyHits.objects.get(query__query_string="sextortion helplines").hits == 40


def test_staff_read_the_searches_that_found_nothing(admin_client, client, ranked):
    client.get("/search/", {"q": "xyzzy"})
    response = admin_client.get("/admin/reports/searches-with-no-results/")
    assert response.status_code == 200
    assert "xyzzy" in response.content.decode()


def test_moderators_look_after_search(client, ranked):
    """The communications staff who publish (Moderators) read the report, edit synonyms and
    pick results, without being superusers."""
    moderator = get_user_model().objects.create_user("comms", "comms@example.org", "pass-phrase-9")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.get("/search/", {"q": "xyzzy"})
    client.force_login(moderator)
    assert "xyzzy" in client.get("/admin/reports/searches-with-no-results/").content.decode()
    assert client.get("/admin/snippets/home/synonymgroup/").status_code == 200
    assert client.get("/admin/searchpicks/add/").status_code == 200


def test_members_cannot_read_the_report(client, ranked):
    response = client.get("/admin/reports/searches-with-no-results/")
    assert response.status_code == 302  # to the admin's sign-in


def test_nothing_found_suggests_a_spelling_and_topics(client, ranked, research_index):
    f.ResearchProjectPageFactory(parent=research_index, title="Grooming", tags=["grooming"])
    response = client.get("/search/", {"q": "groming"})
    assert slugs(response) == []
    html = response.content.decode()
    assert 'Did you mean <a href="?q=grooming">grooming</a>?' in html
    assert 'href="/topics/grooming/"' in html


def test_no_spelling_is_suggested_for_known_words(client, ranked):
    response = client.get("/search/", {"q": "extortion xyzzy"})
    assert "Did you mean" not in response.content.decode()


@pytest.mark.parametrize(
    ("asked", "shown", "on_page"),
    [("2", 2, 2), ("9", 2, 2), ("nonsense", 1, 12), ("0", 2, 2), ("9" * 20, 2, 2)],
)
def test_every_page_of_results_says_how_many_there_are(
    client, research_index, asked, shown, on_page
):
    """PostgreSQL counts the matches in the query that fetches the page; a page number past the
    end or not a number gives the nearest page, as listings do."""
    for number in range(14):
        f.ResearchProjectPageFactory(parent=research_index, title=f"Helpline study {number}")
    results = client.get("/search/", {"q": "helpline", "page": asked}).context["results"]
    assert (results.paginator.count, results.number, len(results.object_list)) == (
        14,
        shown,
        on_page,
    )


def test_pages_with_any_of_the_words_are_offered_when_none_has_all(client, ranked):
    response = client.get("/search/", {"q": "extortion helicopters"})
    assert slugs(response) == ["in-title", "in-summary", "in-body"]
    assert "no page has all of these words" in response.content.decode()

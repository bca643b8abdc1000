import pytest
from django.core.management import call_command

from home.search import MAX_QUERY_LENGTH, clean_query, highlight, search_query
from tests import factories as f

pytestmark = pytest.mark.django_db


def result_pages(response):
    return [result.page for result in response.context["results"].object_list]


@pytest.fixture
def content(research_index, insight_index, story_index):
    return {
        "project": f.ResearchProjectPageFactory(
            parent=research_index,
            title="N-Light",
            summary="Machine learning that finds grooming patterns in chat logs.",
        ),
        "brief": f.InsightBriefPageFactory(
            parent=insight_index,
            title="What moderators need",
            summary="Grooming reports take a toll on content moderators.",
        ),
        "story": f.GranteeStoryPageFactory(
            parent=story_index, title="Helplines", intro="Children rarely call."
        ),
    }


def test_search_finds_pages_of_every_type(client, content):
    response = client.get("/search/?q=grooming")
    found = {page.pk for page in result_pages(response)}
    assert found == {content["project"].pk, content["brief"].pk}


def test_type_filter_narrows_results(client, content):
    response = client.get("/search/?q=grooming&type=insight-briefs")
    found = [page.pk for page in result_pages(response)]
    assert found == [content["brief"].pk]


def test_results_highlight_the_terms(client, content):
    html = client.get("/search/?q=grooming&type=research-projects").content.decode()
    assert "finds <mark>grooming</mark> patterns" in html


def test_overlong_queries_are_cut_not_rejected(client, content):
    response = client.get("/search/", {"q": "grooming " * 500})
    assert response.status_code == 200
    assert len(response.context["query"]) <= MAX_QUERY_LENGTH


def test_empty_query_shows_the_form_only(client, content):
    response = client.get("/search/?q=   ")
    assert response.status_code == 200
    assert response.context["results"] is None


def test_highlight_escapes_html_in_the_text_and_the_query():
    excerpt = highlight("<script>alert(1)</script> grooming", "<b>grooming</b>")
    assert "<script>" not in excerpt
    assert "&lt;script&gt;" in excerpt
    assert "<mark>grooming</mark>" in excerpt


def test_clean_query_collapses_whitespace():
    assert clean_query("  online \n\t safety ") == "online safety"


@pytest.fixture
def grooming_pages(insight_index):
    return {
        "together": f.InsightBriefPageFactory(
            parent=insight_index, summary="Online grooming moves between platforms."
        ),
        "apart": f.InsightBriefPageFactory(
            parent=insight_index, summary="Grooming is rarely reported when it starts online."
        ),
    }


def found(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    results = response.context["results"]  # None when nothing is left to search for
    return {result.page.pk for result in results.object_list} if results is not None else set()


def test_a_query_of_two_words_finds_pages_with_both(client, grooming_pages):
    assert found(client, "online grooming") == {page.pk for page in grooming_pages.values()}


def test_a_quoted_phrase_finds_only_pages_with_the_words_together(client, grooming_pages):
    assert found(client, '"online grooming"') == {grooming_pages["together"].pk}


@pytest.mark.parametrize(
    "query", ['"online', 'grooming"', 'online "grooming', '"online" grooming"']
)
def test_search_with_an_unbalanced_quote_finds_results_instead_of_failing(
    client, grooming_pages, query
):
    assert found(client, query) == {page.pk for page in grooming_pages.values()}


def test_search_with_a_nul_character_is_a_bad_request_as_anywhere_on_the_site(
    client, grooming_pages
):
    assert client.get("/search/", {"q": "online\x00grooming"}).status_code == 400


@pytest.mark.parametrize("query", ['"', "-", "*", "NEAR(", "🧒", "\x07"])
def test_search_with_no_words_in_it_finds_nothing(client, grooming_pages, query):
    assert found(client, query) == set()


def test_search_after_a_full_reindex_shows_no_page_outside_the_site(client, content):
    call_command("update_index", verbosity=0)  # indexes the tree's root page too
    assert client.get("/search/?q=root").status_code == 200


def test_search_query_reads_a_closed_quote_as_a_phrase_and_the_rest_as_terms():
    query = search_query('children "online  grooming" safety "helplines')
    assert repr(query) == (
        "<And <PlainText 'children safety helplines' operator='and' boost=1> "
        "<Phrase 'online grooming'>>"
    )

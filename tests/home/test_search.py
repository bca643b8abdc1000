import pytest

from home.search import MAX_QUERY_LENGTH, clean_query, highlight
from tests import factories as f

pytestmark = pytest.mark.django_db


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
    found = {page.pk for page, _ in response.context["results"].object_list}
    assert found == {content["project"].pk, content["brief"].pk}


def test_type_filter_narrows_results(client, content):
    response = client.get("/search/?q=grooming&type=insight-briefs")
    found = [page.pk for page, _ in response.context["results"].object_list]
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

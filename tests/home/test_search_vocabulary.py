"""The field's words: synonyms staff keep in the admin, and word endings, read the same way by
the site search, the research listing and the API, on SQLite and PostgreSQL."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from home import process_cache
from home.content_version import in_language
from home.models import SynonymGroup
from home.search import parse_query
from tests import factories as f

pytestmark = pytest.mark.django_db


def found(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    return {result.page.slug for result in response.context["results"].object_list}


@pytest.fixture
def pages(research_index, insight_index):
    return {
        "material": f.ResearchProjectPageFactory(
            parent=research_index,
            slug="material",
            title="Who views child sexual abuse material",
            summary="Surveys of people at risk of offending.",
        ),
        "safety": f.InsightBriefPageFactory(
            parent=insight_index,
            slug="safety",
            title="What trust and safety teams need",
            summary="Interviews with platform staff.",
        ),
        "grooming": f.InsightBriefPageFactory(
            parent=insight_index,
            slug="grooming",
            title="Spotting grooming early",
            summary="Language that comes before abuse.",
        ),
    }


def test_the_seeded_vocabulary_reads_an_abbreviation_as_its_phrase(client, pages):
    assert found(client, "CSAM") == {"material"}


def test_an_abbreviation_with_an_ampersand_is_one_word(client, pages):
    assert found(client, "T&S") == {"safety"}


def test_a_synonym_applies_inside_a_longer_query(client, pages):
    assert found(client, "CSAM surveys") == {"material"}


def test_word_endings_match_on_either_database(client, pages):
    assert found(client, "groomed") == {"grooming"}
    assert found(client, "groomers") == {"grooming"}


def test_a_quoted_phrase_is_taken_literally_without_synonyms(client, pages):
    assert found(client, '"CSAM"') == set()


def test_words_staff_have_not_listed_find_only_themselves(client, pages):
    assert found(client, "imagery") == set()


def test_a_group_staff_add_takes_effect_at_once(client, pages):
    assert found(client, "imagery") == set()
    SynonymGroup.objects.create(terms="imagery, abuse material")
    assert found(client, "imagery") == {"material"}


def test_a_group_staff_add_reaches_what_each_process_remembers(client, pages, settings):
    settings.PROCESS_MEMO_SECONDS = 60
    process_cache.forget_everything()
    assert found(client, "imagery") == set()

    SynonymGroup.objects.create(terms="imagery, abuse material")

    assert found(client, "imagery") == {"material"}


def test_a_group_staff_remove_stops_at_once(client, pages):
    SynonymGroup.objects.filter(terms__startswith="CSAM").delete()
    assert found(client, "CSAM") == set()


@override_settings(FRAGMENT_CACHE_SECONDS=300)
def test_an_edit_reaches_cached_searches_and_every_process(client, pages):
    """With caching on, results and the vocabulary are cached under the content version, which
    an edit replaces in the shared cache: no process keeps the old words."""
    assert found(client, "imagery") == set()
    assert cache.get(in_language("search-vocabulary")) is not None  # what every process reads
    group = SynonymGroup.objects.create(terms="imagery")
    group.terms = "imagery, abuse material"
    group.save()
    html = client.get("/search/", {"q": "imagery"}).content.decode()
    assert "Who views child sexual" in html


def test_the_admin_edits_synonym_groups(admin_client, pages):
    response = admin_client.post(
        "/admin/snippets/home/synonymgroup/add/", {"terms": "imagery, abuse material", "note": ""}
    )
    assert response.status_code == 302
    assert SynonymGroup.objects.filter(terms="imagery, abuse material").exists()


def test_the_longest_listed_phrase_wins():
    parsed = parse_query("trust and safety research")
    assert [concept.typed for concept in parsed.concepts] == ["trust and safety"]
    assert parsed.words == ("research",)


def test_common_words_are_left_out_unless_nothing_else_is_left():
    assert parse_query("the grooming of children").words == ("children",)
    assert parse_query("the of").words == ("the", "of")


def test_the_api_search_reads_synonyms_too(client, pages):
    response = client.get("/api/v2/projects/", {"search": "CSAM"})
    assert response.status_code == 200
    assert [item["id"] for item in response.json()["items"]] == [pages["material"].pk]


def test_the_research_listing_reads_synonyms_too(client, pages):
    response = client.get("/research/", {"q": "CSAM"})
    assert [project.slug for project in response.context["projects"]] == ["material"]

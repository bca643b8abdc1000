"""Search per language: on PostgreSQL a page is indexed with its language's stemming and a query
is read with the reader's, so a French reader's words find the French forms of a word under
/fr/search/, and English search is as it was."""

import pytest
from django.db import connection

from home.demo.translating import translate_page
from home.search_backend import search_config
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgresql(db):
    if connection.vendor != "postgresql":
        pytest.skip("languages' stemming is PostgreSQL's; SQLite stems every language alike")


@pytest.mark.parametrize(
    ("language", "config"), [("en-gb", "english"), ("fr", "french"), ("es", "spanish")]
)
def test_each_language_has_its_text_search_configuration(language, config):
    assert search_config(language, "english") == config


@pytest.fixture
def brief(insight_index):
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        title="Reporting child sexual exploitation online",
        summary="How platforms handle reports of exploitation.",
    )
    brief.save_revision().publish()
    return brief


@pytest.fixture
def french_brief(brief):
    return translate_page(
        brief,
        "fr",
        {
            brief.title: "Le signalement de l'exploitation sexuelle des enfants en ligne",
            brief.summary: "Comment les plateformes traitent les signalements d'exploitation.",
        },
    )


@pytest.fixture
def spanish_brief(brief):
    return translate_page(
        brief,
        "es",
        {
            brief.title: "La denuncia de la explotación sexual infantil en línea",
            brief.summary: "Cómo tratan las plataformas las denuncias de explotación.",
        },
    )


def titles(client, url, query):
    response = client.get(url, {"q": query})
    return [result.page.title for result in response.context["results"].object_list]


def test_a_french_query_finds_the_french_translation_with_french_stemming(
    postgresql, client, french_brief
):
    assert titles(client, "/fr/search/", "exploitations") == [french_brief.title]
    # The page is indexed the French way: "sexuelle" and "sexuels" share their French stem only
    assert titles(client, "/fr/search/", "sexuels") == [french_brief.title]
    # The query is read the French way: "signalés" and "signalement" share their French stem only
    assert titles(client, "/fr/search/", "signalés") == [french_brief.title]


def test_a_spanish_query_finds_the_spanish_translation_with_spanish_stemming(
    postgresql, client, spanish_brief
):
    assert titles(client, "/es/search/", "explotaciones") == [spanish_brief.title]


def test_english_search_is_unchanged(postgresql, client, brief, french_brief):
    assert titles(client, "/search/", "exploiting") == [brief.title]
    assert titles(client, "/search/", "signalés") == []

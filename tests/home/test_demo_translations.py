"""The demo in French and Spanish: the home, About and privacy pages, three briefs and three
stories are translations staff can go on editing in wagtail-localize; every other page is an
alias of the English one under /fr/ and /es/; topics, programmes and countries have French and
Spanish names."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from home.demo import data
from home.demo.translating import source_strings
from home.models import HomePage, TopicName
from research.models import Country, Programme, ResearchProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Loaded once for this module inside a transaction rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def english(path):
    home = HomePage.objects.filter(locale__language_code="en-gb").order_by("path").first()
    url_path = f"{home.url_path}{path}/" if path else home.url_path
    return Page.objects.get(url_path=url_path)


def heading(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").find("h1").get_text(" ", strip=True)


def test_fr_serves_the_french_home_page(demo_site, client):
    french_home = english("").get_translation(Locale.objects.get(language_code="fr"))

    assert heading(client, "/fr/") == data.PAGE_TRANSLATIONS[""]["fr"][data.HOME["hero_heading"]]
    assert french_home.alias_of_id is None


def test_a_translated_brief_reads_in_french_and_spanish(demo_site, client):
    path = "insights/why-children-stay-silent"
    brief = english(path)

    assert heading(client, f"/fr/{path}/") == data.PAGE_TRANSLATIONS[path]["fr"][brief.title]
    assert heading(client, f"/es/{path}/") == data.PAGE_TRANSLATIONS[path]["es"][brief.title]
    assert heading(client, f"/{path}/") == brief.title


@pytest.mark.parametrize("path", data.PAGE_TRANSLATIONS)
def test_staff_find_each_translated_page_as_a_wagtail_localize_translation(demo_site, path):
    page = english(path)
    languages = set(
        Translation.objects.filter(
            source__object_id=page.translation_key, enabled=True
        ).values_list("target_locale__language_code", flat=True)
    )
    translated = page.get_translations().filter(alias_of__isnull=True)

    assert languages == {"fr", "es"}
    assert set(translated.values_list("locale__language_code", flat=True)) == {"fr", "es"}


def test_every_segment_of_a_translated_page_has_its_translation(demo_site):
    """The translations follow the English demo text: a sentence changed in one and not the
    other would leave English in the middle of a French page."""
    untranslated = {}
    for path, languages in data.PAGE_TRANSLATIONS.items():
        page = english(path).specific
        kept = {page.slug, data.SITE_NAME}  # addresses and the fund's name stay as they are
        for language_code, strings in languages.items():
            missing = [text for text in source_strings(page) if text not in {*strings, *kept}]
            if missing:
                untranslated[(path, language_code)] = missing
    assert untranslated == {}


def test_an_untranslated_project_shows_in_english_as_an_alias_under_fr(demo_site, client):
    project = ResearchProjectPage.objects.filter(locale__language_code="en-gb").first()
    french = project.get_translation(Locale.objects.get(language_code="fr"))

    assert french.alias_of_id == project.pk
    assert heading(client, f"/fr/research/{project.slug}/") == project.title


def test_topics_programmes_and_countries_have_french_and_spanish_names(demo_site, client):
    grooming = TopicName.objects.get(tag__name=data.vocabulary.GROOMING)
    colombia = Country.objects.get(iso_code="CO")
    fund = Programme.objects.get(slug=data.reference.TECH_SOLUTIONS)

    assert (grooming.name_fr, grooming.name_es) == data.TOPIC_NAMES[data.vocabulary.GROOMING]
    assert heading(client, "/fr/countries/colombia/") == "Colombie"
    assert heading(client, f"/es/topics/{grooming.tag.slug}/") == grooming.name_es
    with translation.override("es"):
        assert colombia.display_name == "Colombia"
        assert fund.display_name == "Soluciones tecnológicas"


def test_loading_again_leaves_translations_staff_edited_alone(demo_site):
    path = "about"
    french = english(path).get_translation(Locale.objects.get(language_code="fr")).specific
    french.title = "À propos de Safe Online"
    french.save_revision().publish()

    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())

    french.refresh_from_db()
    assert french.title == "À propos de Safe Online"

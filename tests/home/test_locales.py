"""The three page trees (home/locales.py): English at /, French at /fr/, Spanish at /es/, kept in
step by wagtail-localize, each listed on its own."""

import pytest
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import synchronize_tree

from home.locales import is_fallback, reader_version, reader_versions
from research.models import ResearchProjectPage
from tests import factories

pytestmark = pytest.mark.django_db


def in_step(*languages):
    english = Locale.objects.get(language_code="en-gb")
    for language in languages:
        synchronize_tree(english, Locale.objects.get(language_code=language))


def translate(page, language, title):
    """A published translation of `page` with its title translated, made as a translator does
    in wagtail-localize's editor (the rest of its text left as in English)."""
    locale = Locale.objects.get(language_code=language)
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        data=title,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )
    translation.save_target(publish=True)
    return page.get_translation(locale).specific


@pytest.fixture
def project(research_index):
    return factories.ResearchProjectPageFactory(
        parent=research_index, title="Grooming pathways", tags=["grooming"]
    )


def test_the_migration_adds_french_and_spanish_kept_in_step_with_english():
    from wagtail_localize.models import LocaleSynchronization

    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en-gb", "fr", "es"}
    assert {
        (sync.locale.language_code, sync.sync_from.language_code)
        for sync in LocaleSynchronization.objects.all()
    } == {("fr", "en-gb"), ("es", "en-gb")}


def test_a_published_page_gets_its_place_in_every_language(project):
    project.save_revision().publish()

    aliases = Page.objects.filter(translation_key=project.translation_key).exclude(pk=project.pk)
    assert sorted(aliases.values_list("locale__language_code", "alias_of_id", "live")) == [
        ("es", project.pk, True),
        ("fr", project.pk, True),
    ]
    # and publishing it again adds none
    project.save_revision().publish()
    assert Page.objects.filter(translation_key=project.translation_key).count() == 3


def test_each_language_is_served_from_its_own_tree(client, project):
    in_step("fr", "es")

    for prefix, language in (("", "en-gb"), ("/fr", "fr"), ("/es", "es")):
        response = client.get(f"{prefix}/research/{project.slug}/")
        assert response.status_code == 200
        assert response["Content-Language"] == language
        assert response.context["page"].locale.language_code == language


def test_listings_keep_to_the_readers_tree(client, project, research_index):
    in_step("fr")
    french = translate(project, "fr", "Parcours de pédopiégeage")

    english_titles = [p.title for p in ResearchProjectPage.objects.live().public()]
    assert english_titles == ["Grooming pathways"]

    response = client.get("/fr/topics/grooming/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Parcours de pédopiégeage" in body
    assert "Grooming pathways" not in body
    assert f'href="/fr/research/{french.slug}/"' in body


def test_a_reader_is_sent_to_the_translation_else_the_alias_else_the_english_page(
    project, research_index
):
    other = factories.ResearchProjectPageFactory(parent=research_index, title="Not translated")
    lonely = factories.ResearchProjectPageFactory(parent=research_index, title="No alias")
    in_step("fr")
    lonely_alias = Page.objects.get(
        translation_key=lonely.translation_key, locale__language_code="fr"
    )
    lonely_alias.delete()
    french = translate(project, "fr", "Parcours de pédopiégeage")

    versions = reader_versions([project, other, lonely], "fr")

    shown, translated = versions[project.pk]
    assert (shown.pk, shown.title, translated) == (french.pk, "Parcours de pédopiégeage", True)
    alias, translated = versions[other.pk]
    assert (alias.alias_of_id, translated, is_fallback(alias)) == (other.pk, False, True)
    assert versions[lonely.pk] == (lonely, False)
    assert reader_version(project, "en-gb") == (project, True)
    assert not is_fallback(project)


def test_no_page_varies_with_the_browsers_language(client, project):
    in_step("fr")
    for path in ("/", f"/research/{project.slug}/", "/fr/", "/search/?q=grooming"):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="fr")
        assert response.status_code == 200, path
        assert "accept-language" not in response.get("Vary", "").lower(), path
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr")["Content-Language"] == "en-gb"


def test_a_page_in_another_language_links_the_places_of_its_projects_in_that_language(
    client, research_index, insight_index
):
    country = factories.CountryFactory(name="Kenya", slug="kenya")
    project = factories.ResearchProjectPageFactory(parent=research_index, countries=[country])
    brief = factories.InsightBriefPageFactory(parent=insight_index, title="What teenagers said")
    brief.projects.add(project)
    for page in (project, brief):
        page.save_revision().publish()

    brief_in_french = client.get(f"/fr/insights/{brief.slug}/").content.decode()
    assert f'href="/fr/research/{project.slug}/"' in brief_in_french

    country_in_french = client.get("/fr/countries/kenya/").content.decode()
    assert f'href="/fr/insights/{brief.slug}/"' in country_in_french
    assert f'href="/insights/{brief.slug}/"' in client.get("/countries/kenya/").content.decode()


def test_related_content_keeps_to_the_readers_tree(research_index):
    project, neighbour = (
        factories.ResearchProjectPageFactory(parent=research_index, tags=["grooming"])
        for _ in range(2)
    )
    for page in (project, neighbour):
        page.save_revision().publish()

    assert [card.pk for card in project.related_pages()] == [neighbour.pk]
    french_project = project.get_translation(Locale.objects.get(language_code="fr"))
    with translation.override("fr"):
        related = french_project.specific.related_pages()
    assert [(card.alias_of_id, card.locale.language_code) for card in related] == [
        (neighbour.pk, "fr")
    ]


def test_a_private_sections_french_place_is_neither_served_nor_listed(client, project):
    project.tags.add("grooming")
    project.save_revision().publish()
    PageViewRestriction.objects.create(page=project.get_parent(), restriction_type="login")

    assert client.get(f"/fr/research/{project.slug}/").status_code == 302
    link = f'href="/fr/research/{project.slug}/"'
    for path in ("/fr/topics/grooming/", "/fr/search/?q=Grooming+pathways", "/fr/"):
        assert link not in client.get(path).content.decode(), path
    with translation.override("fr"):
        assert not ResearchProjectPage.objects.live().public().exists()
        assert not ResearchProjectPage.objects.live().public(cached=False).exists()

"""Programmes, countries and organisations are read in the reader's language: the French or
Spanish name staff gave, else the English name."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def colombia():
    return f.CountryFactory(
        name="Colombia", name_es="Colombia", name_fr="Colombie", slug="colombia"
    )


@pytest.fixture
def programme():
    return f.ProgrammeFactory(
        name="Disrupting Harm",
        short_name="DH",
        name_fr="Disrupting Harm : les risques en ligne",
        name_es="Disrupting Harm: los riesgos en línea",
    )


@pytest.fixture
def project(research_index, colombia, programme):
    project = f.ResearchProjectPageFactory(
        parent=research_index,
        programme=programme,
        countries=[colombia],
        lead_organisation=f.OrganisationFactory(
            name="University of the Andes", name_es="Universidad de los Andes"
        ),
    )
    project.save_revision().publish()  # its French and Spanish aliases take its countries
    return project


def texts(html, selector):
    soup = BeautifulSoup(html, "html.parser")
    return [node.get_text(" ", strip=True) for node in soup.select(selector)]


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en-gb", "Colombia"), ("fr", "Colombie"), ("es", "Colombia")],
)
def test_a_country_is_named_in_the_readers_language(colombia, language, shown):
    with translation.override(language):
        assert colombia.display_name == shown
        assert str(colombia) == shown


def test_a_name_left_blank_falls_back_to_english():
    organisation = f.OrganisationFactory(name="Tech Coalition", name_es="Coalición Tecnológica")

    with translation.override("fr"):
        assert organisation.display_name == "Tech Coalition"
    with translation.override("es"):
        assert organisation.display_name == "Coalición Tecnológica"


def test_a_programmes_label_prefers_its_translation_to_the_english_short_name(programme):
    with translation.override("en-gb"):
        assert programme.label == "DH"
    with translation.override("fr"):
        assert programme.label == "Disrupting Harm : les risques en ligne"


def test_the_country_page_is_headed_with_the_readers_name_for_it(client, project):
    english = client.get("/countries/colombia/").content.decode()
    french = client.get("/fr/countries/colombia/").content.decode()

    assert texts(english, "h1") == ["Colombia"]
    assert texts(french, "h1") == ["Colombie"]


def test_the_project_page_names_its_programme_lead_and_countries_in_spanish(client, project):
    html = client.get(f"/es/research/{project.slug}/").content.decode()

    assert "Disrupting Harm: los riesgos en línea" in texts(html, ".page-header__eyebrow")
    assert "Universidad de los Andes" in html
    assert "Colombia" in html


def test_listing_filters_offer_programmes_and_countries_in_french(client, project):
    html = client.get("/fr/research/").content.decode()

    soup = BeautifulSoup(html, "html.parser")
    programmes = [option.get_text() for option in soup.select("#id_programme option")][1:]
    countries = [option.get_text() for option in soup.select("#id_country option")][1:]
    assert programmes == ["Disrupting Harm : les risques en ligne"]
    assert countries == ["Colombie"]


@pytest.mark.parametrize("model", ["programme", "country", "organisation"])
def test_staff_give_french_and_spanish_names_in_the_admin(admin_client, model):
    html = admin_client.get(f"/admin/snippets/research/{model}/add/").content.decode()

    assert 'name="name_fr"' in html
    assert 'name="name_es"' in html

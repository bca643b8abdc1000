"""A project staff keep private stays out of everything the public sees: figures, the country
pages and filters, sitemaps and the pages that link to it; a private section stays out of the
main menu."""

import pytest
from wagtail.models import PageViewRestriction

from research.filters import ProjectFilterForm
from research.impact import impact_figures
from tests import factories as f

pytestmark = pytest.mark.django_db


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


@pytest.fixture
def shared_country(db):
    return f.CountryFactory(name="Kenya", slug="kenya", iso_code="KE")


@pytest.fixture
def private_project(research_index, shared_country):
    atlantis = f.CountryFactory(name="Atlantis", slug="atlantis", iso_code="AT")
    project = f.ResearchProjectPageFactory(
        parent=research_index,
        title="Internal pilot",
        grant_amount_usd=7_650_000,
        countries=[atlantis, shared_country],
        tags=["secret-topic"],
    )
    make_private(project)
    return project


@pytest.fixture
def public_project(research_index, shared_country):
    return f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=100_000, countries=[shared_country]
    )


def test_the_impact_figures_count_only_public_projects(public_project, private_project):
    figures = impact_figures()

    assert (figures.funding_usd, figures.projects, figures.countries) == (100_000, 1, 1)


def test_a_country_only_a_private_project_works_in_is_named_nowhere(
    client, public_project, private_project
):
    assert "Atlantis" not in client.get("/countries/").content.decode()
    assert client.get("/countries/atlantis/").status_code == 404
    country_choices = [str(c) for c in ProjectFilterForm().fields["country"].queryset]
    assert country_choices == ["Kenya"]


def test_the_sitemap_names_neither_its_country_nor_its_topic(
    client, public_project, private_project
):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "atlantis" not in sitemap
    assert "secret-topic" not in sitemap
    assert "/countries/kenya/" in sitemap


def test_a_country_page_leaves_out_a_brief_linked_only_to_the_private_project(
    client, public_project, private_project, insight_index
):
    brief = f.InsightBriefPageFactory(parent=insight_index, title="Pilot lessons")
    brief.projects.add(private_project)
    brief.save()

    assert "Pilot lessons" not in client.get("/countries/kenya/").content.decode()


def test_a_private_section_is_left_out_of_the_main_menu(client, home_page):
    page = f.StandardPageFactory(parent=home_page, title="Staff handbook", show_in_menus=True)
    make_private(page)

    assert "Staff handbook" not in client.get("/").content.decode()

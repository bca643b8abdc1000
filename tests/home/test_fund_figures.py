"""The fund's headline figures are settings staff edit, shown with their source and date, the
same on every page that shows them; what the site computes is labelled as covering the
projects published here, leaves examples out and never passes for a grant."""

import re

import pytest
from django.utils import translation
from wagtail.models import Site

from home.models import FundFigures
from research.impact import impact_figures
from tests import factories as f

pytestmark = pytest.mark.django_db

FIGURE = re.compile(
    r'<dt class="figures__label">(?P<label>.*?) <span class="figures__source">Source: '
    r"(?P<source>.*?)</span></dt>\s*<dd class=\"figures__value\">(?P<value>.*?)</dd>",
    re.S,
)


def shown_figures(html):
    return [(m["value"], m["label"], m["source"]) for m in FIGURE.finditer(html)]


@pytest.fixture
def fund_figures(home_page):
    figures = FundFigures.for_site(Site.objects.get(is_default_site=True))
    figures.invested_value = "US$77M+"
    figures.invested_source = "Progress Snapshot"
    figures.invested_published = "2023"
    figures.countries_value = "85+"
    figures.countries_source = "Progress Snapshot"
    figures.countries_source_url = "https://example.org/snapshot"
    figures.countries_published = "2023"
    figures.save()
    return figures


@pytest.fixture
def about_page(home_page):
    return f.StandardPageFactory(
        parent=home_page,
        title="About",
        slug="about",
        body=[{"type": "fund_figures", "value": None}],
    )


EXPECTED = [
    ("US$77M+", "invested since 2016", "Progress Snapshot, 2023"),
    (
        "85+",
        "countries reached",
        '<a href="https://example.org/snapshot">Progress Snapshot</a>, 2023',
    ),
]


def test_home_about_and_country_pages_show_the_same_fund_figures_with_source_and_date(
    client, fund_figures, about_page, research_index
):
    kenya = f.CountryFactory(name="Kenya", slug="kenya")
    f.ResearchProjectPageFactory(parent=research_index, countries=[kenya])

    pages = {url: client.get(url).content.decode() for url in ("/", "/about/", "/countries/kenya/")}

    assert {url: shown_figures(html) for url, html in pages.items()} == dict.fromkeys(
        pages, EXPECTED
    )


def test_a_figure_without_a_source_is_not_shown(client, fund_figures, about_page):
    fund_figures.invested_source = ""
    fund_figures.save()

    html = client.get("/about/").content.decode()

    assert "US$77M+" not in html
    assert [figure[0] for figure in shown_figures(html)] == ["85+"]


def test_labels_staff_left_as_given_read_in_the_readers_language(fund_figures):
    fund_figures.countries_label = "countries with funded work"
    fund_figures.save()

    with translation.override("fr"):
        labels = [figure.label for figure in fund_figures.figures()]

    assert labels == ["investis depuis 2016", "countries with funded work"]


def test_the_home_page_says_its_computed_figures_cover_the_projects_published_here(
    client, research_index
):
    kenya, peru = f.CountryFactory(), f.CountryFactory()
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=None, countries=[kenya])
    f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=1_000_000, countries=[kenya, peru]
    )
    f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=5_000_000, countries=[peru], is_example=True
    )

    html = " ".join(client.get("/").content.decode().split())

    assert "2 projects in 2 countries are published on this site" in html
    assert "1 of them has a published grant amount, $1M in total" in html
    assert "leaving out 1 example" in html
    assert "$6M" not in html


def test_computed_figures_leave_examples_and_unknown_amounts_out(research_index):
    kenya, peru = f.CountryFactory(), f.CountryFactory()
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=None, countries=[kenya])
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=200_000, countries=[kenya])
    f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=900_000, countries=[peru], is_example=True
    )

    figures = impact_figures()

    assert (figures.projects, figures.countries, figures.funding_usd) == (2, 1, 200_000)
    assert (figures.projects_with_amount, figures.examples) == (1, 1)


def test_a_country_page_shows_no_grant_for_a_project_whose_amount_is_unpublished(
    client, research_index
):
    kenya = f.CountryFactory(name="Kenya", slug="kenya")
    f.ResearchProjectPageFactory(
        parent=research_index,
        title="Disrupting Harm: Kenya",
        grant_amount_usd=None,
        countries=[kenya],
    )

    html = client.get("/countries/kenya/").content.decode()

    assert "Disrupting Harm: Kenya" in html
    assert "<dt>Grant</dt>" not in html
    assert "1 project in Kenya is published on this site" in " ".join(html.split())

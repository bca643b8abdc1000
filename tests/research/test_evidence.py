"""The evidence map and the portfolio charts say what the published records say."""

import csv
import datetime
import io
import re

import pytest
from wagtail.models import PageViewRestriction

from research import charts
from research.evidence import evidence_map
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def kenya():
    return f.CountryFactory(name="Kenya", slug="kenya")


@pytest.fixture
def peru():
    return f.CountryFactory(name="Peru", slug="peru", region="americas")


def cell(table, topic, column):
    return table.cells.get((topic, column.pk))


def test_a_cell_counts_the_projects_on_a_topic_in_a_country(research_index, kenya, peru):
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], countries=[kenya])
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], countries=[kenya, peru])

    table = evidence_map("countries")

    assert (cell(table, "grooming", kenya).projects, cell(table, "grooming", peru).projects) == (
        2,
        1,
    )


def test_a_brief_counts_where_the_projects_it_draws_on_work(
    research_index, insight_index, kenya, peru
):
    project = f.ResearchProjectPageFactory(parent=research_index, countries=[kenya])
    brief = f.InsightBriefPageFactory(parent=insight_index, tags=["sextortion"])
    brief.projects.add(project)
    brief.save()

    table = evidence_map("countries")

    assert cell(table, "sextortion", kenya).briefs == 1
    assert cell(table, "sextortion", peru) is None


def test_a_gap_is_an_empty_cell(research_index, kenya, peru):
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], countries=[kenya])
    f.ResearchProjectPageFactory(parent=research_index, tags=["detection"], countries=[peru])

    rows = dict(evidence_map("countries").rows())

    grooming = [(c.projects, c.briefs) for c in rows[next(t for t in rows if t.slug == "grooming")]]
    assert grooming == [(1, 0), (0, 0)]  # Kenya (Africa) before Peru (Americas)


def test_only_live_public_work_is_mapped_and_examples_are_counted_apart(research_index, kenya):
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], countries=[kenya])
    f.ResearchProjectPageFactory(
        parent=research_index, tags=["grooming"], countries=[kenya], live=False
    )
    f.ResearchProjectPageFactory(
        parent=research_index, tags=["grooming"], countries=[kenya], is_example=True
    )
    private = f.ResearchProjectPageFactory(
        parent=research_index, tags=["grooming"], countries=[kenya]
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    table = evidence_map("countries")

    assert cell(table, "grooming", kenya).projects == 1
    assert table.example_projects == 1


def test_the_programme_map_counts_by_programme(research_index):
    programme = f.ProgrammeFactory(name="Disrupting Harm", slug="disrupting-harm")
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], programme=programme)

    assert cell(evidence_map("programmes"), "grooming", programme).projects == 1


def test_each_number_links_to_a_listing_of_as_many_items(
    client, research_index, insight_index, kenya
):
    for _ in range(3):
        project = f.ResearchProjectPageFactory(
            parent=research_index, tags=["grooming"], countries=[kenya]
        )
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"])  # no country
    brief = f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"])
    brief.projects.add(project)
    brief.save()
    f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"])  # draws on nothing

    html = client.get("/research/evidence/").content.decode()
    projects = client.get("/research/?topic=grooming&country=kenya").context["projects"]
    briefs = client.get("/insights/?topic=grooming&country=kenya").context["insights"]

    assert '<a href="/research/?topic=grooming&amp;country=kenya">3 projects</a>' in html
    assert '<a href="/insights/?topic=grooming&amp;country=kenya">1 brief</a>' in html
    assert projects.paginator.count == 3
    assert [page.pk for page in briefs] == [brief.pk]


def test_the_map_is_a_table_with_row_and_column_headers(client, research_index, kenya):
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], countries=[kenya])

    html = client.get("/research/evidence/").content.decode()

    assert '<th scope="col"><a href="/countries/kenya/">Kenya</a></th>' in html
    assert '<th scope="row"><a href="/topics/grooming/">Grooming</a></th>' in html
    assert '<div class="table-scroll" role="region"' in html


def test_the_csv_says_what_the_table_says(client, research_index, kenya, peru):
    f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"], countries=[kenya])
    f.ResearchProjectPageFactory(parent=research_index, tags=["detection"], countries=[peru])

    response = client.get("/research/evidence/countries/csv/")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))

    assert response["Content-Type"].startswith("text/csv")
    assert [tuple(row.values()) for row in rows] == [
        ("Detection", "Kenya", "0", "0"),
        ("Detection", "Peru", "1", "0"),
        ("Grooming", "Kenya", "1", "0"),
        ("Grooming", "Peru", "0", "0"),
    ]


def test_an_unknown_map_is_not_found(client, research_index):
    assert client.get("/research/evidence/planets/csv/").status_code == 404


def test_funding_adds_up_only_published_amounts(research_index):
    programme = f.ProgrammeFactory(name="Research Fund")
    f.ResearchProjectPageFactory(
        parent=research_index, programme=programme, grant_amount_usd=200_000
    )
    f.ResearchProjectPageFactory(parent=research_index, programme=programme, grant_amount_usd=None)
    f.ResearchProjectPageFactory(
        parent=research_index, programme=programme, grant_amount_usd=900_000, is_example=True
    )

    (row,) = charts.funding_by_programme().rows

    assert (row.value, row.projects, row.without_amount) == (200_000, 2, 1)


def test_no_funding_chart_is_drawn_when_no_amount_is_published(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=None)

    html = client.get("/research/portfolio/").content.decode()

    assert "No grant amount is published for any of these projects yet" in html
    assert "/research/portfolio/funding-by-programme/svg/" not in html


def test_the_charts_and_tables_change_with_the_records(client, research_index, kenya, peru):
    f.ResearchProjectPageFactory(parent=research_index, countries=[kenya])
    before = client.get("/research/portfolio/projects-by-region/svg/").content.decode()
    assert "Americas" not in before

    f.ResearchProjectPageFactory(parent=research_index, countries=[peru], status="completed")

    after = client.get("/research/portfolio/projects-by-region/svg/").content.decode()
    page = client.get("/research/portfolio/").content.decode()
    assert "Americas" in after
    assert '<th scope="row">Americas</th>\n            <td>1</td>' in page
    assert [(r.label, r.value) for r in charts.projects_by_status().rows] == [
        ("In progress", 1),
        ("Completed", 1),
    ]


def test_funding_by_year_follows_the_start_year(research_index):
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=100_000)
    f.ResearchProjectPageFactory(
        parent=research_index,
        grant_amount_usd=50_000,
        start_date=datetime.date(2021, 6, 1),
    )

    rows = charts.funding_by_year().rows

    assert [(r.label, r.value) for r in rows] == [("2021", 50_000), ("2023", 100_000)]


def test_a_chart_is_an_svg_with_no_scripts_and_a_policy_of_its_own(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=100_000)

    response = client.get("/research/portfolio/funding-by-programme/svg/")

    svg = response.content.decode()
    assert response["Content-Type"].startswith("image/svg+xml")
    assert "<script" not in svg
    assert "$100,000" in svg
    assert "script-src" not in response["Content-Security-Policy"]
    assert response["Content-Security-Policy"].startswith("default-src 'none'")


def test_a_chart_of_projects_counts_in_whole_numbers(client, research_index):
    for _ in range(3):
        f.ResearchProjectPageFactory(parent=research_index)

    svg = client.get("/research/portfolio/projects-by-status/svg/").content.decode()

    axis = re.findall(r'<text[^>]*class="[^"]*\bmajor\b[^"]*"[^>]*>([^<]*)</text>', svg)
    axis += re.findall(r"<text[^>]*>(\d+(?:\.\d+)?)</text>", svg)
    assert axis
    assert not [label for label in axis if "." in label], axis


def test_the_insight_listing_filters_by_the_country_of_its_projects(
    client, research_index, insight_index, kenya, peru
):
    in_kenya = f.InsightBriefPageFactory(parent=insight_index, title="Kenyan findings")
    in_kenya.projects.add(f.ResearchProjectPageFactory(parent=research_index, countries=[kenya]))
    in_kenya.save()
    elsewhere = f.InsightBriefPageFactory(parent=insight_index, title="Peruvian findings")
    elsewhere.projects.add(f.ResearchProjectPageFactory(parent=research_index, countries=[peru]))
    elsewhere.save()

    html = client.get("/insights/?country=kenya").content.decode()

    assert "Kenyan findings" in html
    assert "Peruvian findings" not in html


def test_the_home_page_figures_lead_to_the_evidence_map_and_charts(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index)

    html = client.get("/").content.decode()

    assert '<a href="/research/evidence/">' in html
    assert '<a href="/research/portfolio/">' in html

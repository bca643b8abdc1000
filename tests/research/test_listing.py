import csv
import datetime
import io

import pytest

from research.models import ResearchProjectPage
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def portfolio(research_index):
    fund = f.ProgrammeFactory(name="Research Fund", slug="research-fund")
    harm = f.ProgrammeFactory(name="Disrupting Harm", slug="disrupting-harm")
    kenya = f.CountryFactory(name="Kenya", slug="kenya")
    nepal = f.CountryFactory(name="Nepal", slug="nepal")
    return {
        "kenya_fund": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Grooming signals in Kenya",
            programme=fund,
            countries=[kenya],
            tags=["grooming"],
            start_date=datetime.date(2021, 5, 1),
            end_date=datetime.date(2023, 6, 30),
            status=ResearchProjectPage.Status.COMPLETED,
        ),
        "kenya_harm": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Disrupting Harm in Kenya",
            programme=harm,
            countries=[kenya],
            tags=["data and evidence"],
            start_date=datetime.date(2019, 9, 1),
            end_date=datetime.date(2022, 3, 1),
        ),
        "nepal_fund": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Parents and online safety in Nepal",
            programme=fund,
            countries=[nepal],
            tags=["grooming"],
            start_date=datetime.date(2023, 3, 1),
        ),
    }


def titles(response):
    return [project.title for project in response.context["projects"]]


def test_filters_combine(client, portfolio):
    response = client.get("/research/?programme=research-fund&country=kenya")
    assert titles(response) == ["Grooming signals in Kenya"]


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", "3 projects."),
        ("?topic=grooming", "2 projects match your filters."),
        ("?programme=research-fund&country=kenya", "1 project matches your filters."),
        ("?country=nepal&status=completed", "0 projects match your filters."),
    ],
)
def test_the_count_reads_as_a_sentence(client, portfolio, query, count):
    assert f'role="status">{count}</p>' in client.get(f"/research/{query}").content.decode()


def test_topic_and_status_filters(client, portfolio):
    assert set(titles(client.get("/research/?topic=grooming"))) == {
        "Grooming signals in Kenya",
        "Parents and online safety in Nepal",
    }
    assert titles(client.get("/research/?topic=grooming&status=completed")) == [
        "Grooming signals in Kenya"
    ]


def test_year_filter_means_active_during_that_year(client, portfolio):
    assert set(titles(client.get("/research/?year=2022"))) == {
        "Grooming signals in Kenya",
        "Disrupting Harm in Kenya",
    }
    assert set(titles(client.get("/research/?year=2025"))) == {"Parents and online safety in Nepal"}


def test_unknown_filter_values_are_ignored_not_errors(client, portfolio):
    response = client.get("/research/?programme=nope&year=abc&page=999")
    assert response.status_code == 200
    assert len(titles(response)) == 3


def test_pagination_keeps_the_filters_in_its_links(client, research_index):
    fund = f.ProgrammeFactory(slug="research-fund")
    for _ in range(13):
        f.ResearchProjectPageFactory(parent=research_index, programme=fund)

    html = client.get("/research/?programme=research-fund").content.decode()

    assert 'href="?programme=research-fund&amp;page=2"' in html


def test_portfolio_csv_has_one_row_per_live_project_and_respects_filters(client, portfolio):
    response = client.get("/research/csv/?country=kenya")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert {row["title"] for row in rows} == {
        "Grooming signals in Kenya",
        "Disrupting Harm in Kenya",
    }
    harm = next(row for row in rows if row["title"] == "Disrupting Harm in Kenya")
    assert harm["programme"] == "Disrupting Harm"
    assert harm["countries"] == "Kenya"
    assert harm["grant_amount_usd"] == "150000"
    assert harm["start_date"] == "2019-09-01"
    assert harm["tags"] == "Data and evidence"  # as the site names the topic

"""The research listing's keyword box: read as the site search reads words, combined with the
other filters, and kept in the URL."""

import datetime

import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects(research_index):
    fund = f.ProgrammeFactory(name="Research Fund", slug="research-fund")
    harm = f.ProgrammeFactory(name="Disrupting Harm", slug="disrupting-harm")
    return {
        "sextortion_fund": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Sexual extortion of teenagers",
            programme=fund,
            start_date=datetime.date(2023, 1, 1),
        ),
        "sextortion_harm": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Financial motives behind sexual extortion",
            programme=harm,
            start_date=datetime.date(2022, 1, 1),
        ),
        "helplines": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Helplines that children trust",
            programme=fund,
            start_date=datetime.date(2021, 1, 1),
        ),
    }


def titles(response):
    return [project.title for project in response.context["projects"]]


def test_keywords_find_projects_by_a_synonym(client, projects):
    assert set(titles(client.get("/research/", {"q": "sextortion"}))) == {
        "Sexual extortion of teenagers",
        "Financial motives behind sexual extortion",
    }


def test_keywords_combine_with_the_other_filters(client, projects):
    response = client.get("/research/", {"q": "sextortion", "programme": "disrupting-harm"})
    assert titles(response) == ["Financial motives behind sexual extortion"]


def test_keywords_keep_the_listing_order(client, projects):
    assert titles(client.get("/research/", {"q": "sexual extortion"})) == [
        "Sexual extortion of teenagers",  # started later
        "Financial motives behind sexual extortion",
    ]


def test_the_keyword_box_shows_the_words_searched(client, projects):
    html = client.get("/research/", {"q": "helplines"}).content.decode()
    assert 'name="q"' in html
    assert 'value="helplines"' in html
    assert "1 project matches your filters." in html


def test_the_csv_download_keeps_the_keywords(client, projects):
    html = client.get("/research/", {"q": "helplines"}).content.decode()
    assert "/research/csv/?q=helplines" in html
    response = client.get("/research/csv/", {"q": "helplines"})
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == 2  # the header and the one project


def test_keywords_with_no_words_in_them_find_nothing(client, projects):
    assert titles(client.get("/research/", {"q": '"*"'})) == []

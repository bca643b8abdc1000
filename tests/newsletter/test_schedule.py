"""When digests are due: the staff's day and time, in the staff's time zone; each edition
created once, and none sent long after its day."""

import datetime
from unittest import mock

import pytest
from django.core import mail

from newsletter.models import Mailing, NewsletterSettings
from newsletter.planning import plan
from newsletter.schedule import due_editions, latest_send
from newsletter.tasks import plan_due_mailings
from tests import factories as f
from tests.newsletter.factories import SubscriberFactory

UTC = datetime.UTC
TUESDAY = NewsletterSettings.Weekday.TUESDAY


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def schedule(**values):
    values = {"send_time": datetime.time(9, 0), "time_zone": "Europe/London", **values}
    return NewsletterSettings(**values)


def utc(moment):
    return moment.astimezone(UTC)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Tuesday 1 July 2025, 09:30 in London (BST, UTC+1): this morning's send
        (at(2025, 7, 1, 8, 30), at(2025, 7, 1, 8, 0)),
        # the same Tuesday, 08:30 in London: not yet, so last Tuesday's
        (at(2025, 7, 1, 7, 30), at(2025, 6, 24, 8, 0)),
        # the following Monday
        (at(2025, 7, 7, 20, 0), at(2025, 7, 1, 8, 0)),
        # exactly on time
        (at(2025, 7, 1, 8, 0), at(2025, 7, 1, 8, 0)),
    ],
    ids=["just-after", "just-before", "days-later", "on-the-minute"],
)
def test_latest_weekly_send_in_london(now, expected):
    assert utc(latest_send("weekly", now, schedule(weekly_day=TUESDAY))) == expected


def test_a_weekly_send_keeps_its_local_time_across_the_clock_change():
    # Clocks went forward on Sunday 30 March 2025: 09:00 in London was 09:00 UTC before, 08:00 after
    settings = schedule(weekly_day=TUESDAY)

    assert utc(latest_send("weekly", at(2025, 4, 1, 12), settings)) == at(2025, 4, 1, 8)
    assert utc(latest_send("weekly", at(2025, 3, 31, 12), settings)) == at(2025, 3, 25, 9)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2025, 7, 15, 12), at(2025, 7, 1, 8)),
        (at(2025, 7, 1, 7, 59), at(2025, 6, 1, 8)),
        (at(2025, 1, 1, 8, 30), at(2024, 12, 1, 9)),  # London is on GMT in winter
    ],
    ids=["mid-month", "just-before", "across-the-new-year"],
)
def test_latest_monthly_send_in_london(now, expected):
    assert utc(latest_send("monthly", now, schedule(monthly_day=1))) == expected


def test_the_schedule_follows_the_local_date_of_its_time_zone():
    # 22:00 UTC on 30 June is already 10:00 on 1 July in Auckland (NZST, UTC+12)
    settings = schedule(time_zone="Pacific/Auckland", monthly_day=1)

    assert utc(latest_send("monthly", at(2025, 6, 30, 22), settings)) == at(2025, 6, 30, 21)


def test_a_monthly_send_on_the_28th_in_new_york():
    settings = schedule(time_zone="America/New_York", monthly_day=28, send_time=datetime.time(7))

    assert utc(latest_send("monthly", at(2025, 3, 1, 12), settings)) == at(2025, 2, 28, 12)


# Tuesday 1 July 2025, 08:30 UTC = 09:30 in London: both the weekly and the monthly are due.
DUE_NOW = at(2025, 7, 1, 8, 30)


@pytest.fixture
def staff_schedule(newsletter_settings):
    newsletter_settings.weekly_day = TUESDAY
    newsletter_settings.monthly_day = 1
    newsletter_settings.save()
    return newsletter_settings


def digests():
    return Mailing.objects.filter(kind="digest")


@pytest.mark.django_db
def test_the_due_edition_of_each_cadence_is_created_once(staff_schedule):
    first = due_editions(DUE_NOW)
    again = due_editions(DUE_NOW + datetime.timedelta(minutes=5))

    assert {(m.cadence, utc(m.period_end)) for m in first} == {
        ("weekly", at(2025, 7, 1, 8)),
        ("monthly", at(2025, 7, 1, 8)),
    }
    assert [m.pk for m in again] == [m.pk for m in first]
    assert digests().filter(period_end=at(2025, 7, 1, 8)).count() == 2


@pytest.mark.django_db
def test_a_due_edition_covers_the_period_since_the_previous_one(staff_schedule):
    editions = {m.cadence: m for m in due_editions(DUE_NOW)}

    assert utc(editions["weekly"].period_start) == at(2025, 6, 24, 8)
    assert utc(editions["monthly"].period_start) == at(2025, 6, 1, 8)


@pytest.mark.django_db
def test_the_next_edition_is_waiting_as_a_draft(staff_schedule):
    due_editions(DUE_NOW)
    due_editions(DUE_NOW)

    drafts = digests().filter(period_end__gt=DUE_NOW)
    assert {(m.cadence, utc(m.period_start), utc(m.period_end)) for m in drafts} == {
        ("weekly", at(2025, 7, 1, 8), at(2025, 7, 8, 8)),
        ("monthly", at(2025, 7, 1, 8), at(2025, 8, 1, 8)),
    }
    assert {m.status for m in drafts} == {Mailing.Status.DRAFT}


@pytest.mark.django_db
def test_the_draft_with_an_intro_is_the_edition_that_goes_out(staff_schedule):
    due_editions(at(2025, 6, 24, 8, 30))
    draft = digests().get(cadence="weekly", period_end=at(2025, 7, 1, 8))
    draft.intro = "Welcome to July."
    draft.save()

    [weekly] = [m for m in due_editions(DUE_NOW) if m.cadence == "weekly"]

    assert weekly.pk == draft.pk
    assert weekly.intro == "Welcome to July."


@pytest.mark.django_db
def test_a_planned_edition_is_not_due_again(staff_schedule):
    for edition in due_editions(DUE_NOW):
        plan(edition.pk)

    assert due_editions(DUE_NOW + datetime.timedelta(minutes=5)) == []


@pytest.mark.django_db
def test_an_edition_more_than_a_day_overdue_is_not_sent(staff_schedule):
    # 25 hours after Tuesday's send: the servers were down all day
    assert due_editions(at(2025, 7, 2, 9, 30)) == []

    assert not digests().filter(period_end=at(2025, 7, 1, 8)).exists()
    assert digests().filter(cadence="weekly", period_end=at(2025, 7, 8, 8)).exists()


@pytest.mark.django_db
def test_an_edition_less_than_a_day_late_is_still_sent(staff_schedule):
    assert {m.cadence for m in due_editions(at(2025, 7, 2, 7, 30))} == {"weekly", "monthly"}


@pytest.mark.django_db
def test_due_editions_work_before_staff_have_saved_the_settings():
    # On a fresh site the model's defaults apply: Tuesdays and the 1st, at 09:00 in London.
    editions = due_editions(at(2025, 7, 1, 12))

    assert {edition.cadence for edition in editions} == {"weekly", "monthly"}


@pytest.mark.django_db
def test_the_beat_task_plans_and_sends_the_due_digests(
    staff_schedule, theme, insight_index, on_commit
):
    f.InsightBriefPageFactory(
        parent=insight_index, tags=["grooming"], first_published_at=at(2025, 6, 28, 10)
    )
    weekly = SubscriberFactory(themes=[theme], cadence="weekly")
    monthly = SubscriberFactory(themes=[theme], cadence="monthly")

    with mock.patch("django.utils.timezone.now", return_value=DUE_NOW), on_commit():
        plan_due_mailings()

    assert sorted(message.to[0] for message in mail.outbox) == sorted([weekly.email, monthly.email])
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert "weekly" in subjects[weekly.email]
    assert "monthly" in subjects[monthly.email]

"""What the site keeps only for a while: contact messages, sign-in records and ended sessions are
deleted once a day, when the privacy notice says they go."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion

from home import retention
from home.models import ZeroResultDailyHits
from home.tasks import purge_expired_personal_data

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def message_from(contact_page, days):
    submission = FormSubmission.objects.create(page=contact_page, form_data={"name": "Ada"})
    FormSubmission.objects.filter(pk=submission.pk).update(submit_time=days_ago(days))
    return submission


def sign_in_at(days, username="ana@uni.example"):
    record = AccessLog.objects.create(
        username=username, ip_address="192.0.2.1", user_agent="Firefox"
    )
    AccessLog.objects.filter(pk=record.pk).update(attempt_time=days_ago(days))
    return record


def test_contact_messages_go_a_year_after_they_arrived(contact_page):
    old = message_from(contact_page, settings.CONTACT_MESSAGE_RETENTION_DAYS + 1)
    recent = message_from(contact_page, settings.CONTACT_MESSAGE_RETENTION_DAYS - 1)

    assert retention.purge_contact_messages() == 1

    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not FormSubmission.objects.filter(pk=old.pk).exists()


def test_the_contact_message_period_can_be_set(contact_page, settings):
    settings.CONTACT_MESSAGE_RETENTION_DAYS = 30
    message_from(contact_page, 31)

    assert retention.purge_contact_messages() == 1


def test_sign_in_records_go_after_their_period():
    sign_in_at(settings.SIGN_IN_RECORD_RETENTION_DAYS + 1)
    recent = sign_in_at(settings.SIGN_IN_RECORD_RETENTION_DAYS - 1)

    assert retention.purge_sign_in_records() == 1

    assert list(AccessLog.objects.all()) == [recent]


def test_failed_sign_ins_go_once_they_no_longer_count_towards_a_pause():
    stale = AccessAttempt.objects.create(
        username="ana@uni.example",
        ip_address="192.0.2.1",
        user_agent="Firefox",
        failures_since_start=3,
    )
    current = AccessAttempt.objects.create(
        username="bo@uni.example",
        ip_address="192.0.2.2",
        user_agent="Firefox",
        failures_since_start=1,
    )
    AccessAttempt.objects.filter(pk=stale.pk).update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )

    retention.purge_sign_in_records()

    assert list(AccessAttempt.objects.all()) == [current]


def test_ended_sessions_are_deleted_and_live_ones_kept():
    ended, live = SessionStore(), SessionStore()
    ended.create()
    live.create()
    Session.objects.filter(session_key=ended.session_key).update(expire_date=days_ago(1))

    retention.purge_expired_sessions()

    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]


def searched(wording, days, found_nothing=False):
    query = Query.get(wording)
    day = timezone.localdate() - timedelta(days=days)
    QueryDailyHits.objects.create(query=query, date=day, hits=1)
    if found_nothing:
        ZeroResultDailyHits.objects.create(query=query, date=day, hits=1)


def test_search_tallies_go_a_year_after_their_day_and_forgotten_wordings_with_them(home_page):
    year = settings.SEARCH_TALLY_RETENTION_DAYS
    searched("ana perez sextortion", year + 2, found_nothing=True)  # a name typed by mistake
    searched("grooming", year + 2)
    searched("grooming", year - 2)
    searched("helplines", year + 2)
    SearchPromotion.objects.create(query=Query.get("helplines"), page=home_page, sort_order=0)

    assert retention.purge_search_tallies() == 5  # three old days, one nothing-found, one wording

    assert set(Query.objects.values_list("query_string", flat=True)) == {"grooming", "helplines"}
    assert Query.get("grooming").hits == 1
    assert not ZeroResultDailyHits.objects.exists()


def test_the_daily_task_purges_everything_due(contact_page):
    message_from(contact_page, settings.CONTACT_MESSAGE_RETENTION_DAYS + 5)
    sign_in_at(settings.SIGN_IN_RECORD_RETENTION_DAYS + 5)

    assert purge_expired_personal_data() == {
        "contact messages": 1,
        "sign-in records": 1,
        "search tallies": 0,
    }


def test_beat_runs_the_purge_every_day():
    schedule = {
        entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()
    }

    assert schedule["home.tasks.purge_expired_personal_data"] == 24 * 3600
    assert schedule["newsletter.tasks.purge_unconfirmed_subscribers"] == 24 * 3600

"""Insight alerts: the first publish of a brief emails the members who asked for alerts on its
themes, each with the recommendation for their own work first."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from home import outbox
from home.models import OutboxTask
from newsletter import schedule
from newsletter.models import Mailing, MemberType
from newsletter.tasks import plan_and_send, plan_due_mailings
from research.models import Audience
from tests import factories as f
from tests.brokers import broker_down
from tests.newsletter.factories import SubscriberFactory
from tests.newsletter.helpers import html_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_brief(insight_index, theme):
    return f.InsightBriefPageFactory(
        parent=insight_index,
        title="How grooming starts",
        live=False,
        first_published_at=None,
        last_published_at=None,
        tags=["grooming"],
    )


def publish(page):
    page.save_revision().publish()


def test_publishing_a_brief_for_the_first_time_creates_one_alert(draft_brief):
    publish(draft_brief)

    alert = Mailing.objects.get()
    assert alert.kind == Mailing.Kind.ALERT
    assert alert.brief_id == draft_brief.pk


def test_the_alert_is_emailed_once_the_publish_is_committed(draft_brief, theme, on_commit):
    member = SubscriberFactory(themes=[theme], insight_alerts=True)

    with on_commit():
        publish(draft_brief)
        assert mail.outbox == []

    [message] = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "New insight brief: How grooming starts"
    assert "How grooming starts" in message.body
    assert Mailing.objects.get().status == Mailing.Status.DONE


def test_publishing_while_the_broker_is_down_keeps_the_alert_for_later(
    draft_brief, theme, on_commit
):
    member = SubscriberFactory(themes=[theme], insight_alerts=True)
    with broker_down(), on_commit():
        publish(draft_brief)

    draft_brief.refresh_from_db()
    assert draft_brief.live
    alert = Mailing.objects.get()
    assert OutboxTask.objects.get().args == [alert.pk]
    with on_commit():
        outbox.flush(grace=timedelta(0))
    [message] = mail.outbox
    assert message.to == [member.email]


def test_publishing_the_brief_again_creates_and_sends_nothing_new(draft_brief, theme, on_commit):
    SubscriberFactory(themes=[theme])
    with on_commit():
        publish(draft_brief)

    with on_commit():
        draft_brief.title = "How grooming starts (corrected)"
        publish(draft_brief)

    assert Mailing.objects.count() == 1
    assert len(mail.outbox) == 1


def test_members_without_alerts_or_without_a_shared_theme_get_nothing(
    draft_brief, theme, other_theme, on_commit
):
    SubscriberFactory(themes=[theme], insight_alerts=False)
    elsewhere = SubscriberFactory(themes=[other_theme], insight_alerts=True)

    with on_commit():
        publish(draft_brief)

    assert mail.outbox == []
    alert = Mailing.objects.get()
    assert list(alert.deliveries.values_list("subscriber", "status")) == [(elsewhere.pk, "skipped")]


@pytest.mark.parametrize(
    ("member_type", "shown", "not_shown"),
    [
        (MemberType.TECH_PRODUCT, "Add friction to adult-child contact.", "Study onset."),
        (MemberType.RESEARCHER, "Study onset.", "Add friction to adult-child contact."),
    ],
)
def test_the_alert_puts_the_recommendation_for_the_members_work_first(
    draft_brief, theme, on_commit, member_type, shown, not_shown
):
    f.InsightRecommendationFactory(
        brief=draft_brief, audience=Audience.RESEARCHERS, text="<p>Study onset.</p>"
    )
    f.InsightRecommendationFactory(
        brief=draft_brief,
        audience=Audience.TECH_INDUSTRY,
        text="<p>Add friction to adult-child contact.</p>",
    )
    SubscriberFactory(themes=[theme], member_type=member_type)

    with on_commit():
        publish(draft_brief)

    [message] = mail.outbox
    assert shown in message.body
    assert shown in html_of(message)
    assert not_shown not in message.body


def test_republishing_a_brief_that_was_live_before_sends_no_alert(insight_index, theme, on_commit):
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        tags=["grooming"],
        first_published_at=timezone.now() - timedelta(days=30),
    )
    SubscriberFactory(themes=[theme])

    with on_commit():
        brief.title = "How grooming starts (corrected)"
        publish(brief)

    assert not Mailing.objects.exists()
    assert mail.outbox == []


@pytest.fixture
def no_digest_due():
    """The beat task also sends digests on their day; keep these tests the same on any date."""
    with mock.patch("newsletter.schedule.due_editions", return_value=[]):
        yield


@pytest.mark.usefixtures("no_digest_due")
def test_an_alert_whose_planning_task_was_lost_is_planned_by_beat(draft_brief, theme, on_commit):
    """Publishing queues the planning task after the commit; here it never runs, as when the
    worker crashes or the broker restarts empty before taking it."""
    member = SubscriberFactory(themes=[theme], insight_alerts=True)
    publish(draft_brief)  # without running the on-commit callback
    alert = Mailing.objects.get()
    assert alert.planned_at is None

    plan_due_mailings()
    assert mail.outbox == []  # within the grace period its own task may still come

    later = timezone.now() + schedule.ALERT_GRACE + timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=later), on_commit():
        plan_due_mailings()
        plan_due_mailings()  # and only once

    [message] = mail.outbox
    assert message.to == [member.email]
    alert.refresh_from_db()
    assert alert.status == Mailing.Status.DONE


@pytest.mark.usefixtures("no_digest_due")
def test_a_lost_alert_is_not_sent_after_the_catch_up_window(draft_brief, theme):
    SubscriberFactory(themes=[theme], insight_alerts=True)
    publish(draft_brief)

    too_late = timezone.now() + schedule.CATCH_UP + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=too_late):
        plan_due_mailings()

    assert mail.outbox == []


def test_a_second_planning_task_for_the_same_alert_starts_no_more_senders(draft_brief):
    publish(draft_brief)
    alert = Mailing.objects.get()

    with mock.patch("newsletter.sending.start_sending") as start_sending:
        plan_and_send(alert.pk)
        plan_and_send(alert.pk)

    start_sending.assert_called_once_with(alert.pk)

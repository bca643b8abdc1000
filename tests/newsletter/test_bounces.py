"""An ESP's bounce, complaint or rejection report stops all email to that address."""

from datetime import timedelta

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail
from django.utils import timezone

from newsletter.models import Delivery, Mailing, Subscriber
from newsletter.planning import plan
from newsletter.sending import send_pending
from newsletter.subscriptions import queue_notice
from tests import factories as f
from tests.newsletter.factories import (
    DeliveryFactory,
    MailingFactory,
    SegmentFactory,
    SubscriberFactory,
)

pytestmark = pytest.mark.django_db


def report(event_type, recipient, description="550 5.1.1 Mailbox does not exist"):
    tracking.send(
        sender=object,
        event=AnymailTrackingEvent(
            event_type=event_type, recipient=recipient, description=description
        ),
        esp_name="Postmark",
    )


@pytest.fixture
def member(theme):
    return SubscriberFactory(email="ada@example.org", themes=[theme])


@pytest.mark.parametrize("event_type", ["bounced", "complained", "rejected"])
def test_a_bounce_complaint_or_rejection_suppresses_the_address(member, event_type):
    report(event_type, "Ada@Example.org")

    member.refresh_from_db()
    assert member.suppressed_at is not None
    assert member.suppression_reason.startswith(f"{event_type} reported by Postmark")
    assert "Mailbox does not exist" in member.suppression_reason
    assert not Subscriber.objects.receiving().exists()


@pytest.mark.parametrize("event_type", ["delivered", "opened", "deferred"])
def test_other_events_change_nothing(member, event_type):
    report(event_type, "ada@example.org")

    member.refresh_from_db()
    assert member.suppressed_at is None


def test_a_bounce_for_an_unknown_address_is_ignored(member):
    report("bounced", "stranger@example.org")

    member.refresh_from_db()
    assert member.suppressed_at is None


def test_a_second_bounce_keeps_the_first_reason(member):
    report("bounced", "ada@example.org", description="first")
    report("complained", "ada@example.org", description="second")

    member.refresh_from_db()
    assert member.suppression_reason == "bounced reported by Postmark: first"


def test_later_mailings_skip_a_suppressed_address(member, insight_index):
    report("bounced", "ada@example.org")
    now = timezone.now()
    f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"], first_published_at=now)
    edition = MailingFactory(
        period_start=now - timedelta(days=7), period_end=now + timedelta(days=1)
    )

    plan(edition.pk)
    send_pending(edition.pk)

    assert not edition.deliveries.exists()
    assert mail.outbox == []


def test_a_bounce_after_planning_skips_the_planned_email(member, insight_index):
    brief = f.InsightBriefPageFactory(parent=insight_index)
    mailing = MailingFactory(status=Mailing.Status.SENDING, planned_at=timezone.now())
    row = DeliveryFactory(
        mailing=mailing,
        subscriber=member,
        segment=SegmentFactory(mailing=mailing, page_ids=[brief.pk]),
    )

    report("bounced", "ada@example.org")
    send_pending(mailing.pk)

    row.refresh_from_db()
    assert row.status == Delivery.Status.SKIPPED
    assert row.skip_reason == "Address suppressed after a bounce or complaint"
    assert mail.outbox == []


def test_a_suppressed_address_gets_no_link_emails_either(member, on_commit):
    report("bounced", "ada@example.org")
    member.refresh_from_db()

    with on_commit():
        assert queue_notice(member, "preferences") is False

    assert mail.outbox == []

"""Sending a planned mailing: well-formed bulk email, one ledger row per recipient, and
failures that never lose or repeat an email."""

import re
import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends import locmem
from django.test import Client
from django.utils import timezone

from newsletter.models import Delivery, Mailing, Subscriber
from newsletter.planning import MAX_ITEMS
from newsletter.sending import send_pending
from newsletter.tasks import plan_and_send, resume_stalled_mailings
from tests import factories as f
from tests.newsletter.factories import (
    DeliveryFactory,
    MailingFactory,
    SegmentFactory,
    SubscriberFactory,
)
from tests.newsletter.helpers import html_of

pytestmark = pytest.mark.django_db

MODULE = __name__


class RefusingBackend(locmem.EmailBackend):
    """The server refuses refused@… for good (550) and drops the connection on flaky@…."""

    def send_messages(self, messages):
        for message in messages:
            [recipient] = message.to
            if recipient.startswith("refused@"):
                raise smtplib.SMTPRecipientsRefused({recipient: (550, b"5.1.1 No such user")})
            if recipient.startswith("flaky@"):
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


class PausingBackend(locmem.EmailBackend):
    """Staff press pause while the first email is going out."""

    def send_messages(self, messages):
        Mailing.objects.update(status=Mailing.Status.PAUSED)
        return super().send_messages(messages)


@pytest.fixture
def refusing_server(settings):
    settings.EMAIL_BACKEND = f"{MODULE}.RefusingBackend"


@pytest.fixture
def brief(insight_index):
    return f.InsightBriefPageFactory(parent=insight_index, title="How grooming starts")


@pytest.fixture
def ledger(brief):
    """A planned mailing: build(*emails) gives one pending row per address, in that order."""
    mailing = MailingFactory(status=Mailing.Status.SENDING, planned_at=timezone.now())
    segment = SegmentFactory(mailing=mailing, page_ids=[brief.pk])

    def build(*emails):
        return [
            DeliveryFactory(
                mailing=mailing, segment=segment, subscriber=SubscriberFactory(email=email)
            )
            for email in emails
        ]

    build.mailing = mailing
    return build


def rows(ledger):
    return {
        row.subscriber.email: row for row in ledger.mailing.deliveries.select_related("subscriber")
    }


def test_each_email_has_a_text_and_an_html_part(ledger):
    ledger("ada@example.org")

    send_pending(ledger.mailing.pk)

    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert "How grooming starts" in message.body
    assert "How grooming starts" in html_of(message)


def test_each_item_carries_the_label_and_link_text_of_its_kind(ledger, event_index):
    event = f.EventPageFactory(parent=event_index, title="Research meets industry")
    ledger.mailing.segments.update(page_ids=[ledger.mailing.segments.get().page_ids[0], event.pk])
    ledger("ada@example.org")

    send_pending(ledger.mailing.pk)

    [message] = mail.outbox
    assert "INSIGHT BRIEF" in message.body
    assert "EVENT ·" in message.body
    html = html_of(message)
    assert (html.count("Read more"), html.count("Event details")) == (1, 1)


def test_the_html_is_under_100_kb_and_every_link_is_absolute(ledger, insight_index):
    full = [
        f.InsightBriefPageFactory(parent=insight_index, summary="Findings " * 66)
        for _ in range(MAX_ITEMS)
    ]
    for brief in full:
        f.InsightRecommendationFactory(brief=brief, text="<p>" + "Act now. " * 60 + "</p>")
    ledger.mailing.segments.update(page_ids=[brief.pk for brief in full])
    ledger("ada@example.org")

    send_pending(ledger.mailing.pk)

    html = html_of(mail.outbox[0])
    assert html.count("Read more") == MAX_ITEMS
    assert len(html.encode()) < 100 * 1024
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(href.startswith("http://testserver/") for href in hrefs), hrefs
    assert "<style" not in html  # inlined, for mail clients that drop style blocks


def test_every_email_carries_one_click_unsubscribe_and_list_headers(ledger, settings):
    settings.NEWSLETTER_UNSUBSCRIBE_MAILTO = "unsubscribe@safeonline.example"
    ledger("ada@example.org")

    send_pending(ledger.mailing.pk)

    headers = mail.outbox[0].message()
    urls = re.findall(r"<([^>]+)>", headers["List-Unsubscribe"])
    assert [url.split(":")[0] for url in urls] == ["http", "mailto"]
    assert urls[0].startswith("http://testserver/newsletter/unsubscribe/")
    assert urls[1].startswith("mailto:unsubscribe@safeonline.example")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Id"] == "Safe Online stay in the loop <loop.testserver>"


def test_the_list_unsubscribe_url_unsubscribes_its_recipient_with_one_click(ledger):
    ledger("ada@example.org", "grace@example.org")
    send_pending(ledger.mailing.pk)
    [to_grace] = [message for message in mail.outbox if message.to == ["grace@example.org"]]
    url = re.search(r"<(http[^>]+)>", to_grace.message()["List-Unsubscribe"])[1]

    response = Client(enforce_csrf_checks=True).post(
        url.removeprefix("http://testserver"),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    statuses = dict(Subscriber.objects.values_list("email", "status"))
    assert statuses == {"ada@example.org": "active", "grace@example.org": "unsubscribed"}


def test_the_links_in_each_email_belong_to_its_recipient(client, ledger):
    ledger("ada@example.org", "grace@example.org")

    send_pending(ledger.mailing.pk)

    for message in mail.outbox:
        [path] = re.findall(r"http://testserver(/newsletter/preferences/[^\s]+/)", message.body)
        assert client.get(path).context["subscriber"].email == message.to[0]
        assert f"http://testserver{path}" in html_of(message)


def test_each_recipient_gets_a_unique_message_id_kept_on_their_row(ledger):
    ledger("ada@example.org", "grace@example.org", "mary@example.org")

    send_pending(ledger.mailing.pk)

    sent_ids = {message.to[0]: message.extra_headers["Message-ID"] for message in mail.outbox}
    assert len(set(sent_ids.values())) == 3
    assert {email: row.message_id for email, row in rows(ledger).items()} == sent_ids
    assert all(
        message.message()["Message-ID"] == sent_ids[message.to[0]] for message in mail.outbox
    )


def test_sending_records_each_row_and_finishes_the_mailing(ledger):
    ledger("ada@example.org", "grace@example.org")

    assert send_pending(ledger.mailing.pk) == "done"

    assert {row.status for row in rows(ledger).values()} == {Delivery.Status.SENT}
    assert all(row.sent_at and row.attempts == 1 for row in rows(ledger).values())
    ledger.mailing.refresh_from_db()
    assert ledger.mailing.status == Mailing.Status.DONE


@pytest.mark.parametrize(
    "change",
    [
        {"status": Subscriber.Status.UNSUBSCRIBED},
        {"status": Subscriber.Status.PAUSED},
        {"suppressed_at": timezone.now()},
    ],
    ids=["unsubscribed", "paused", "suppressed"],
)
def test_a_member_who_left_after_planning_is_skipped(ledger, change):
    [row] = ledger("ada@example.org")
    Subscriber.objects.filter(pk=row.subscriber_id).update(**change)

    send_pending(ledger.mailing.pk)

    assert mail.outbox == []
    row.refresh_from_db()
    assert row.status == Delivery.Status.SKIPPED
    assert row.skip_reason


def test_a_permanently_refused_address_fails_with_the_error_and_the_rest_are_sent(
    ledger, refusing_server
):
    ledger("ada@example.org", "refused@example.org", "grace@example.org")

    assert send_pending(ledger.mailing.pk) == "done"

    refused = rows(ledger)["refused@example.org"]
    assert refused.status == Delivery.Status.FAILED
    assert "550" in refused.last_error
    assert "SMTPRecipientsRefused" in refused.last_error
    assert sorted(message.to[0] for message in mail.outbox) == [
        "ada@example.org",
        "grace@example.org",
    ]


def test_a_transient_failure_retries_that_row_later_and_gives_back_the_rest_of_the_batch(
    ledger, refusing_server
):
    ledger("ada@example.org", "flaky@example.org", "grace@example.org")

    outcome = send_pending(ledger.mailing.pk)

    assert outcome == "interrupted"
    by_email = rows(ledger)
    assert by_email["ada@example.org"].status == Delivery.Status.SENT
    flaky, grace = by_email["flaky@example.org"], by_email["grace@example.org"]
    assert flaky.status == grace.status == Delivery.Status.PENDING
    assert flaky.next_attempt_at > timezone.now()
    assert grace.next_attempt_at > timezone.now()
    assert "SMTPServerDisconnected" in flaky.last_error
    assert (flaky.attempts, grace.attempts) == (1, 0)
    assert [message.to for message in mail.outbox] == [["ada@example.org"]]


def test_rows_given_back_are_sent_once_their_retry_time_comes(ledger, refusing_server, settings):
    ledger("ada@example.org", "flaky@example.org", "grace@example.org")
    send_pending(ledger.mailing.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    Delivery.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))

    assert send_pending(ledger.mailing.pk) == "done"

    assert sorted(message.to[0] for message in mail.outbox) == [
        "ada@example.org",
        "flaky@example.org",
        "grace@example.org",
    ]
    assert {row.status for row in rows(ledger).values()} == {Delivery.Status.SENT}


def test_a_row_that_keeps_failing_is_given_up_after_five_attempts(ledger, refusing_server):
    [row] = ledger("flaky@example.org")
    Delivery.objects.update(attempts=4)

    send_pending(ledger.mailing.pk)

    row.refresh_from_db()
    assert row.status == Delivery.Status.FAILED
    assert row.attempts == 5


@pytest.mark.parametrize(
    ("claimed_ago", "claimed_again"),
    [(timedelta(minutes=1), False), (timedelta(minutes=6), True)],
    ids=["within-the-lease", "lease-expired"],
)
def test_rows_a_dead_worker_left_sending_are_claimed_again_only_after_the_lease(
    ledger, settings, claimed_ago, claimed_again
):
    settings.NEWSLETTER_LEASE_SECONDS = 5 * 60
    [row] = ledger("ada@example.org")
    Delivery.objects.update(
        status=Delivery.Status.SENDING, claimed_at=timezone.now() - claimed_ago, attempts=1
    )

    send_pending(ledger.mailing.pk)

    row.refresh_from_db()
    assert len(mail.outbox) == int(claimed_again)
    assert row.status == (Delivery.Status.SENT if claimed_again else Delivery.Status.SENDING)
    assert row.attempts == (2 if claimed_again else 1)


def test_rows_already_sent_are_never_claimed_again(ledger):
    [row] = ledger("ada@example.org")
    Delivery.objects.update(
        status=Delivery.Status.SENT,
        sent_at=timezone.now() - timedelta(hours=1),
        claimed_at=timezone.now() - timedelta(hours=1),
        attempts=1,
    )

    send_pending(ledger.mailing.pk)

    assert mail.outbox == []
    row.refresh_from_db()
    assert row.attempts == 1


def test_a_paused_mailing_sends_nothing(ledger):
    ledger("ada@example.org")
    Mailing.objects.update(status=Mailing.Status.PAUSED)

    assert send_pending(ledger.mailing.pk) == "paused"

    assert mail.outbox == []
    assert rows(ledger)["ada@example.org"].status == Delivery.Status.PENDING


def test_sending_stops_at_a_pause_made_between_batches(ledger, settings):
    settings.NEWSLETTER_BATCH_SIZE = 1
    settings.EMAIL_BACKEND = f"{MODULE}.PausingBackend"
    ledger("ada@example.org", "grace@example.org")

    assert send_pending(ledger.mailing.pk) == "paused"

    assert len(mail.outbox) == 1
    assert sorted(row.status for row in rows(ledger).values()) == ["pending", "sent"]


def test_plan_and_send_emails_every_planned_recipient(theme, insight_index, on_commit):
    now = timezone.now()
    f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"], first_published_at=now)
    members = [SubscriberFactory(themes=[theme]) for _ in range(3)]
    edition = MailingFactory(
        period_start=now - timedelta(days=30), period_end=now + timedelta(minutes=1)
    )

    with on_commit():
        plan_and_send(edition.pk)

    assert sorted(message.to[0] for message in mail.outbox) == sorted(m.email for m in members)


def test_a_page_unpublished_after_planning_is_left_out_of_the_email(ledger, brief, insight_index):
    withdrawn = f.InsightBriefPageFactory(parent=insight_index, title="Withdrawn brief")
    ledger.mailing.segments.update(page_ids=[brief.pk, withdrawn.pk])
    ledger("ada@example.org")
    withdrawn.unpublish()

    send_pending(ledger.mailing.pk)

    [message] = mail.outbox
    assert "How grooming starts" in message.body
    assert "Withdrawn brief" not in message.body
    assert "Withdrawn brief" not in html_of(message)


def test_the_beat_restarts_a_mailing_a_dead_worker_left_behind(ledger, on_commit):
    ledger("ada@example.org", "grace@example.org")
    Delivery.objects.update(
        status=Delivery.Status.SENDING, claimed_at=timezone.now() - timedelta(hours=1), attempts=1
    )

    with on_commit():
        resume_stalled_mailings()

    assert len(mail.outbox) == 2
    ledger.mailing.refresh_from_db()
    assert ledger.mailing.status == Mailing.Status.DONE


def test_recommendations_in_emails_keep_list_items_apart_and_entities_decoded():
    from home.emails import plain_text

    text = plain_text("<ul><li>Report fast.</li><li>Tell &amp; explain.</li></ul>")

    assert text == "Report fast. Tell & explain."

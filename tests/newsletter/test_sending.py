"""Sending a planned mailing: well-formed bulk email, one ledger row per recipient, and
failures that never lose or repeat an email."""

import re
import smtplib
from datetime import timedelta
from email import message_from_bytes
from email import policy as email_policy

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.mail.backends import locmem
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsletter import sending
from newsletter.emails import RawMessage
from newsletter.models import Delivery, Mailing, Subscriber
from newsletter.planning import MAX_ITEMS
from newsletter.sending import claim_batch, send_pending
from newsletter.smtp import Mailer
from newsletter.tasks import plan_and_send, resume_stalled_mailings
from tests import factories as f
from tests.brokers import free_port
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


def test_an_event_item_gives_its_hours_and_an_example_says_so(ledger, event_index):
    event = f.EventPageFactory(
        parent=event_index, title="Example meetup", is_example=True, time_zone="Europe/London"
    )
    ledger.mailing.segments.update(page_ids=[ledger.mailing.segments.get().page_ids[0], event.pk])
    ledger("ada@example.org")

    send_pending(ledger.mailing.pk)

    [message] = mail.outbox
    hours = event.time_label
    assert hours.startswith("09:30–17:00")
    assert f"EXAMPLE · EVENT · {event.start_date:%-d %b %Y} · {hours}" in message.body
    assert f"Example · Event · {event.start_date:%-d %b %Y} · {hours}" in html_of(message)
    assert message.body.count("EXAMPLE ·") == 1  # the brief is no example


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


class SMTPRecorder:
    """An SMTP server's handler that keeps what it accepts and counts connections; it refuses
    refused@… for good (550), busy@… for now (451) and closing@… by closing (421), and offers
    PIPELINING or not."""

    def __init__(self, pipelining):
        self.pipelining = pipelining
        self.messages = []  # (sender, recipients, content as received)
        self.connections = 0
        self.closing = True  # refuses closing@… with 421 while True
        self.port = free_port()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        session.host_name = hostname
        self.connections += 1
        if self.pipelining:
            responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address.startswith("refused@"):
            return "550 5.1.1 No such user"
        if address.startswith("busy@"):
            return "451 4.3.0 Try again later"
        if address.startswith("closing@") and self.closing:
            return "421 4.3.2 Shutting down"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append((envelope.mail_from, envelope.rcpt_tos, envelope.original_content))
        return "250 Message accepted"

    def recipients(self):
        return [address for _, recipients, _ in self.messages for address in recipients]


@pytest.fixture(params=[True, False], ids=["pipelining", "one-command-at-a-time"])
def smtp_server(request, settings):
    """A real SMTP server on loopback, and the email settings that send through it."""
    recorder = SMTPRecorder(pipelining=request.param)
    controller = Controller(recorder, hostname="127.0.0.1", port=recorder.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", recorder.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield recorder
    controller.stop()


def test_over_smtp_each_email_arrives_whole_with_the_message_id_on_its_row(
    ledger, smtp_server, monkeypatch
):
    ledger("ada@example.org", "grace@example.org")
    sent = []
    send = Mailer.send
    monkeypatch.setattr(
        Mailer, "send", lambda self, messages: sent.extend(messages) or send(self, messages)
    )

    assert send_pending(ledger.mailing.pk) == "done"

    # the segment's bytes with each recipient's values swapped in, one flight of two
    assert [type(message) for message in sent] == [RawMessage, RawMessage]
    assert sorted(smtp_server.recipients()) == ["ada@example.org", "grace@example.org"]
    assert smtp_server.connections == 2
    by_email = rows(ledger)
    for _, [address], content in smtp_server.messages:
        message = message_from_bytes(content, policy=email_policy.default)
        assert message["To"] == address
        assert message["Message-ID"] == by_email[address].message_id
        assert "How grooming starts" in message.get_body(("plain",)).get_content()
        assert by_email[address].status == Delivery.Status.SENT


def test_over_smtp_a_refused_address_fails_and_the_rest_go_over_the_same_connections(
    ledger, smtp_server, settings
):
    settings.NEWSLETTER_SMTP_CONNECTIONS = 2
    ledger("ada@example.org", "refused@example.org", "grace@example.org", "dan@example.org")

    assert send_pending(ledger.mailing.pk) == "done"

    assert sorted(smtp_server.recipients()) == [
        "ada@example.org",
        "dan@example.org",
        "grace@example.org",
    ]
    assert smtp_server.connections == 2  # the second flight reused the refused connection
    refused = rows(ledger)["refused@example.org"]
    assert refused.status == Delivery.Status.FAILED
    assert "SMTPRecipientsRefused" in refused.last_error
    assert "550" in refused.last_error


def test_over_smtp_a_temporary_refusal_gives_the_rest_of_the_batch_back(
    ledger, smtp_server, settings
):
    settings.NEWSLETTER_SMTP_CONNECTIONS = 2
    ledger("ada@example.org", "busy@example.org", "grace@example.org")

    assert send_pending(ledger.mailing.pk) == "interrupted"

    assert smtp_server.recipients() == ["ada@example.org"]
    by_email = rows(ledger)
    assert by_email["ada@example.org"].status == Delivery.Status.SENT
    busy, grace = by_email["busy@example.org"], by_email["grace@example.org"]
    assert busy.status == grace.status == Delivery.Status.PENDING
    assert "451" in busy.last_error
    assert (busy.attempts, grace.attempts) == (1, 0)


def test_a_connection_the_server_closed_is_opened_again_for_the_next_flight(smtp_server, settings):
    settings.NEWSLETTER_SMTP_CONNECTIONS = 1
    message = RawMessage("loop@example.org", "closing@example.org", b"Subject: Hi\r\n", "<1@x>")

    with Mailer() as mailer:
        [refused] = mailer.send([message])
        smtp_server.closing = False  # the server is well again
        assert mailer.send([message]) == ["<1@x>"]

    assert isinstance(refused, smtplib.SMTPRecipientsRefused)
    assert smtp_server.recipients() == ["closing@example.org"]
    assert smtp_server.connections == 2


def test_each_flight_is_marked_sent_in_one_statement(ledger, smtp_server, settings):
    settings.NEWSLETTER_SMTP_CONNECTIONS = 4
    ledger(*(f"member{number}@example.org" for number in range(8)))

    with CaptureQueriesContext(connection) as queries:
        assert send_pending(ledger.mailing.pk) == "done"

    marks = [
        query for query in queries if "message_id" in query["sql"] and "UPDATE" in query["sql"]
    ]
    assert len(smtp_server.recipients()) == 8
    assert len(marks) == 2
    assert {row.message_id for row in rows(ledger).values()} == {
        message_id
        for _, _, content in smtp_server.messages
        for message_id in [message_from_bytes(content)["Message-ID"]]
    }


def test_lines_that_start_with_a_dot_arrive_as_written(smtp_server, settings):
    settings.NEWSLETTER_SMTP_CONNECTIONS = 2
    data = b"Subject: Dots\r\n\r\n.one dot\r\n..two dots\r\n.\r\nno line break at the end"
    ada = RawMessage("loop@example.org", "ada@example.org", data, "<1@example.org>")
    grace = RawMessage("loop@example.org", "grace@example.org", data, "<2@example.org>")

    with Mailer() as mailer:
        assert mailer.send([ada, grace]) == ["<1@example.org>", "<2@example.org>"]

    assert sorted(smtp_server.messages) == [
        ("loop@example.org", ["ada@example.org"], data + b"\r\n"),
        ("loop@example.org", ["grace@example.org"], data + b"\r\n"),
    ]


@pytest.fixture
def segmented(brief):
    """A planned mailing of three segments with two pending rows each, in segment order."""
    mailing = MailingFactory(status=Mailing.Status.SENDING, planned_at=timezone.now())
    segments = [SegmentFactory(mailing=mailing, page_ids=[brief.pk]) for _ in range(3)]
    for segment in segments:
        DeliveryFactory.create_batch(2, mailing=mailing, segment=segment)
    return mailing, segments


def test_claims_walk_the_segments_in_order_and_then_take_what_was_left_behind(segmented):
    mailing, [first, second, third] = segmented

    walked = claim_batch(mailing.pk, 10, from_segment=second.pk)
    behind = claim_batch(mailing.pk, 10, from_segment=third.pk + 1)

    assert [row.segment for row in walked] == [second, second, third, third]
    assert [row.segment for row in behind] == [first, first]
    assert claim_batch(mailing.pk, 10) == []


def test_a_sender_keeps_only_the_emails_of_the_segments_it_is_sending(
    segmented, settings, monkeypatch
):
    mailing, _ = segmented
    settings.NEWSLETTER_BATCH_SIZE = 1
    renderers = []

    class Recording(sending.MailingRenderer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            renderers.append(self)

    monkeypatch.setattr(sending, "MailingRenderer", Recording)

    assert send_pending(mailing.pk) == "done"

    assert len(mail.outbox) == 6
    [renderer] = renderers
    assert len(renderer.segments) == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_sending_leaves_the_commit_setting_as_it_was(ledger):
    if connection.vendor != "postgresql":
        pytest.skip("the sent marks' commit setting is PostgreSQL's")
    ledger("ada@example.org", "grace@example.org")
    commit_setting = "SELECT current_setting('synchronous_commit')"
    with connection.cursor() as cursor:
        cursor.execute(commit_setting)
        before = cursor.fetchone()

    assert send_pending(ledger.mailing.pk) == "done"

    with connection.cursor() as cursor:
        cursor.execute(commit_setting)
        assert cursor.fetchone() == before
    assert {row.status for row in rows(ledger).values()} == {Delivery.Status.SENT}

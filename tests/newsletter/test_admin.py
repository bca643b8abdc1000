"""What staff do in the Wagtail admin: find and export subscribers, watch a mailing go out,
pause, resume and retry it, and preview or test it as a given member."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from home import outbox
from home.models import OutboxTask
from newsletter.models import Delivery, Mailing, MemberType, Subscriber
from tests import factories as f
from tests.brokers import broker_down, free_port
from tests.newsletter.factories import (
    DeliveryFactory,
    MailingFactory,
    SegmentFactory,
    SubscriberFactory,
)

pytestmark = pytest.mark.django_db

SUBSCRIBERS = reverse("subscriber:index")


def listed(response):
    return sorted(subscriber.email for subscriber in response.context["object_list"])


@pytest.fixture
def members(theme, other_theme):
    return {
        "ada": SubscriberFactory(
            email="ada@example.org",
            member_type=MemberType.RESEARCHER,
            cadence="weekly",
            themes=[theme],
        ),
        "grace": SubscriberFactory(
            email="grace@example.org",
            member_type=MemberType.TECH_POLICY,
            cadence="monthly",
            themes=[other_theme],
        ),
        "mary": SubscriberFactory(
            email="mary@example.org",
            status=Subscriber.Status.UNSUBSCRIBED,
            member_type=MemberType.RESEARCHER,
            cadence="monthly",
            themes=[theme, other_theme],
        ),
    }


def test_the_subscriber_listing_shows_everyone_with_counts_by_status(admin_client, members):
    response = admin_client.get(SUBSCRIBERS)

    assert response.status_code == 200
    assert listed(response) == ["ada@example.org", "grace@example.org", "mary@example.org"]
    assert ("Active", 2) in response.context["status_counts"]
    assert ("Unsubscribed", 1) in response.context["status_counts"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "unsubscribed"}, ["mary@example.org"]),
        ({"member_type": "researcher"}, ["ada@example.org", "mary@example.org"]),
        ({"cadence": "weekly"}, ["ada@example.org"]),
        ({"themes": "THEME"}, ["ada@example.org", "mary@example.org"]),
        ({"status": "active", "member_type": "researcher"}, ["ada@example.org"]),
    ],
    ids=["status", "member-type", "cadence", "theme", "combined"],
)
def test_the_subscriber_listing_filters(admin_client, members, theme, query, expected):
    query = {name: theme.pk if value == "THEME" else value for name, value in query.items()}

    response = admin_client.get(SUBSCRIBERS, query)

    assert listed(response) == expected


def test_the_subscriber_listing_exports_the_filtered_list_as_csv(admin_client, members):
    response = admin_client.get(SUBSCRIBERS, {"status": "active", "export": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "subscribers" in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert sorted(row["Email"] for row in rows) == ["ada@example.org", "grace@example.org"]


@pytest.fixture
def brief(insight_index):
    return f.InsightBriefPageFactory(parent=insight_index, title="How grooming starts")


@pytest.fixture
def mailing(brief, members):
    """A mailing halfway through: one sent, one failed, one pending."""
    mailing = MailingFactory(status=Mailing.Status.SENDING, planned_at=timezone.now())
    segment = SegmentFactory(mailing=mailing, page_ids=[brief.pk])
    DeliveryFactory(
        mailing=mailing,
        segment=segment,
        subscriber=members["ada"],
        status=Delivery.Status.SENT,
        sent_at=timezone.now(),
    )
    DeliveryFactory(
        mailing=mailing,
        segment=segment,
        subscriber=members["grace"],
        status=Delivery.Status.FAILED,
        attempts=1,
        last_error="SMTPRecipientsRefused: 550 5.1.1 No such user",
    )
    DeliveryFactory(
        mailing=mailing,
        segment=segment,
        subscriber=SubscriberFactory(email="pending@example.org"),
    )
    return mailing


def admin_url(name, mailing):
    return reverse(f"newsletter_mailings:{name}", args=[mailing.pk])


def test_the_mailing_page_shows_progress_and_failed_recipients(admin_client, mailing):
    response = admin_client.get(admin_url("inspect", mailing))

    assert response.status_code == 200
    shown = response.context["object"]
    assert (shown.total_count, shown.sent_count, shown.failed_count, shown.pending_count) == (
        3,
        1,
        1,
        1,
    )
    html = response.content.decode()
    assert "<td>3</td><td>1</td><td>1</td><td>0</td><td>1</td><td>0</td>" in html
    assert "grace@example.org" in html
    assert "550 5.1.1 No such user" in html
    assert [delivery.subscriber.email for delivery in response.context["failed"]] == [
        "grace@example.org"
    ]


def test_the_mailings_listing_shows_each_mailings_progress(admin_client, mailing):
    response = admin_client.get(reverse("newsletter_mailings:index"))

    assert response.status_code == 200
    [shown] = response.context["object_list"]
    assert (shown.total_count, shown.sent_count) == (3, 1)


def test_pausing_a_mailing(admin_client, mailing):
    response = admin_client.post(admin_url("pause", mailing))

    assert response.status_code == 302
    assert response.url == admin_url("inspect", mailing)
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.PAUSED


def test_pausing_needs_a_post(admin_client, mailing):
    assert admin_client.get(admin_url("pause", mailing)).status_code == 405


def test_resuming_a_paused_mailing_sends_what_is_left(admin_client, mailing, on_commit):
    Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.Status.PAUSED)

    with on_commit():
        admin_client.post(admin_url("resume", mailing))

    assert [message.to for message in mail.outbox] == [["pending@example.org"]]
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.DONE


def test_resuming_while_the_broker_is_down_starts_the_senders_once_it_is_back(
    admin_client, mailing, on_commit, settings
):
    Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.Status.PAUSED)

    with broker_down(), on_commit():
        response = admin_client.post(admin_url("resume", mailing))

    assert response.status_code == 302
    assert OutboxTask.objects.filter(attempts=1).count() == settings.NEWSLETTER_SENDERS
    assert mail.outbox == []
    with on_commit():
        outbox.flush(grace=timedelta(0))
    assert [message.to for message in mail.outbox] == [["pending@example.org"]]


def test_retrying_failed_emails_sends_them_again(admin_client, mailing, on_commit):
    Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.Status.DONE)

    with on_commit():
        admin_client.post(admin_url("retry_failed", mailing))

    assert sorted(message.to[0] for message in mail.outbox) == [
        "grace@example.org",
        "pending@example.org",
    ]
    assert not mailing.deliveries.filter(status=Delivery.Status.FAILED).exists()
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.DONE


def test_retrying_a_paused_mailing_queues_the_failed_but_sends_nothing(admin_client, mailing):
    Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.Status.PAUSED)

    admin_client.post(admin_url("retry_failed", mailing))

    assert mail.outbox == []
    assert mailing.deliveries.filter(status=Delivery.Status.PENDING).count() == 2
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.PAUSED


def test_preview_renders_the_email_a_chosen_subscriber_gets(admin_client, mailing):
    response = admin_client.get(
        admin_url("preview", mailing), {"subscriber_email": "Ada@Example.org"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "How grooming starts" in html
    assert "/newsletter/preferences/" not in html  # no working personal links in a preview
    assert "/newsletter/unsubscribe/" not in html


def test_preview_of_an_unplanned_edition_chooses_the_subscribers_items(
    admin_client, members, insight_index
):
    now = timezone.now()
    f.InsightBriefPageFactory(parent=insight_index, title="Sextortion", tags=["sextortion"])
    edition = MailingFactory(
        period_start=now - timedelta(days=7), period_end=now + timedelta(days=1)
    )

    for_grace = admin_client.get(
        admin_url("preview", edition), {"subscriber_email": "grace@example.org"}
    )
    for_ada = admin_client.get(
        admin_url("preview", edition), {"subscriber_email": "ada@example.org"}
    )

    assert "Sextortion" in for_grace.content.decode()
    assert "nothing on their themes" in for_ada.content.decode()


def test_preview_and_test_forms_start_with_a_recipient_filled_in(admin_client, members, mailing):
    def suggested(edition):
        context = admin_client.get(admin_url("inspect", edition)).context
        return context["preview_form"]["subscriber_email"].value()

    assert suggested(mailing) == "ada@example.org"  # from its ledger
    test_form = admin_client.get(admin_url("inspect", mailing)).context["test_form"]
    assert test_form["test_address"].value() == "admin@example.com"  # the signed-in user
    # Before planning: the first active subscriber on the edition's cadence (mary unsubscribed).
    assert suggested(MailingFactory(cadence="monthly")) == "grace@example.org"


def test_preview_for_an_unknown_address_is_404(admin_client, mailing):
    response = admin_client.get(
        admin_url("preview", mailing), {"subscriber_email": "nobody@example.org"}
    )

    assert response.status_code == 404


def test_send_test_emails_the_given_address_with_a_test_subject(admin_client, mailing):
    response = admin_client.post(
        admin_url("send_test", mailing),
        {"subscriber_email": "ada@example.org", "test_address": "editor@safeonline.example"},
    )

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["editor@safeonline.example"]
    assert message.subject.startswith("[Test] ")
    assert "How grooming starts" in message.body
    assert mailing.deliveries.get(subscriber__email="ada@example.org").status == "sent"


def test_send_test_with_a_bad_address_sends_nothing(admin_client, mailing):
    admin_client.post(
        admin_url("send_test", mailing),
        {"subscriber_email": "ada@example.org", "test_address": "not an address"},
    )

    assert mail.outbox == []


def test_send_test_says_so_when_the_mail_server_cannot_be_reached(admin_client, mailing, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()

    response = admin_client.post(
        admin_url("send_test", mailing),
        {"subscriber_email": "ada@example.org", "test_address": "editor@safeonline.example"},
        follow=True,
    )

    assert response.status_code == 200
    [message] = [str(m) for m in response.context["messages"]]
    assert message.startswith(
        "The mail server did not take the test for editor@safeonline.example: "
    )
    assert "Connection refused" in message


def test_staff_without_permission_on_mailings_cannot_pause(client, mailing, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.post(admin_url("pause", mailing))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")  # Wagtail's answer to "permission denied"
    mailing.refresh_from_db()
    assert mailing.status == Mailing.Status.SENDING


def test_mailings_cannot_be_deleted_so_their_ledger_stays(admin_client, mailing):
    listing = admin_client.get(reverse("newsletter_mailings:index")).content.decode()
    assert admin_url("delete", mailing) not in listing

    response = admin_client.post(admin_url("delete", mailing))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert mailing.deliveries.count() == 3


def test_mailings_cannot_be_added_by_hand(admin_client):
    response = admin_client.get(reverse("newsletter_mailings:add"))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert not Mailing.objects.exists()

"""Signing up: double opt-in, a consent record, and answers that never reveal who is
subscribed."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsletter.models import Consent, MemberType, Subscriber
from newsletter.subscriptions import CONSENT_TEXT
from newsletter.tasks import plan_and_send
from tests import factories as f
from tests.newsletter.factories import MailingFactory, SubscriberFactory
from tests.newsletter.helpers import html_of, link_in

pytestmark = pytest.mark.django_db

SUBSCRIBE = reverse("newsletter:subscribe")
CHECK_INBOX = reverse("newsletter:check_inbox")


def form_data(theme, **overrides):
    data = {
        "email": "ada@example.org",
        "name": "Ada Lovelace",
        "organisation": "Analytical Engines Ltd",
        "member_type": MemberType.RESEARCHER,
        "themes": [theme.pk],
        "cadence": "weekly",
        "insight_alerts": "on",
        "consent": "on",
        "source": "subscribe page",
    }
    return {**data, **overrides}


def test_sign_up_stores_a_pending_subscriber_with_the_address_in_lower_case(client, theme):
    client.post(SUBSCRIBE, form_data(theme, email="Ada.Lovelace@Example.ORG"))

    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ada.lovelace@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.confirmed_at is None
    assert subscriber.member_type == MemberType.RESEARCHER
    assert subscriber.cadence == "weekly"
    assert list(subscriber.themes.all()) == [theme]


def test_sign_up_records_what_was_agreed_to_and_through_which_form(client, theme):
    client.post(SUBSCRIBE, form_data(theme, source="insight brief page"))

    consent = Consent.objects.get()
    assert consent.subscriber.email == "ada@example.org"
    assert consent.action == Consent.Action.REQUESTED
    assert consent.text == CONSENT_TEXT
    assert consent.source == "insight brief page"


def test_sign_up_sends_one_confirmation_email_in_text_and_html_with_a_link(
    client, theme, on_commit
):
    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))

    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert "confirm" in message.subject.lower()
    path = link_in(message, "confirm")
    assert f"http://testserver{path}" in html_of(message)


def test_a_new_sign_up_is_sent_nothing_but_the_confirmation_email(
    client, theme, on_commit, insight_index
):
    with on_commit():
        client.post(SUBSCRIBE, form_data(theme, cadence="monthly"))
    now = timezone.now()
    f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"], first_published_at=now)
    mailing = MailingFactory(period_start=now - timedelta(days=1), period_end=now + timedelta(1))

    plan_and_send(mailing.pk)

    assert [message.subject for message in mail.outbox] == [
        "Please confirm your Safe Online subscription"
    ]
    assert not mailing.deliveries.exists()


@pytest.mark.parametrize(
    "status",
    [
        Subscriber.Status.PENDING,
        Subscriber.Status.ACTIVE,
        Subscriber.Status.PAUSED,
        Subscriber.Status.UNSUBSCRIBED,
    ],
)
def test_the_answer_is_the_same_whether_or_not_the_address_is_known(client, theme, status):
    fresh = client.post(SUBSCRIBE, form_data(theme, email="new@example.org"), follow=True)
    SubscriberFactory(email="known@example.org", status=status)

    known = client.post(SUBSCRIBE, form_data(theme, email="known@example.org"), follow=True)

    assert known.redirect_chain == fresh.redirect_chain == [(CHECK_INBOX, 302)]
    assert known.status_code == fresh.status_code == 200
    assert known.content == fresh.content


@pytest.mark.parametrize("status", [Subscriber.Status.ACTIVE, Subscriber.Status.PAUSED])
def test_signing_up_again_leaves_a_subscription_as_it_is(client, theme, other_theme, status):
    subscriber = SubscriberFactory(
        email="ada@example.org", status=status, cadence="monthly", themes=[other_theme]
    )

    client.post(SUBSCRIBE, form_data(theme, email="ADA@example.org", cadence="weekly"))

    subscriber.refresh_from_db()
    assert subscriber.status == status
    assert subscriber.cadence == "monthly"
    assert list(subscriber.themes.all()) == [other_theme]
    assert not subscriber.consents.exists()


def test_an_active_address_signing_up_again_is_emailed_its_preferences_link(
    client, theme, on_commit
):
    SubscriberFactory(email="ada@example.org")

    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))

    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert client.get(link_in(message, "preferences")).status_code == 200
    assert "/newsletter/confirm/" not in message.body


def test_a_pending_address_signing_up_again_stores_the_newer_choices(client, theme, other_theme):
    client.post(SUBSCRIBE, form_data(theme, cadence="weekly"))

    client.post(SUBSCRIBE, form_data(other_theme, cadence="monthly"))

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.cadence == "monthly"
    assert list(subscriber.themes.all()) == [other_theme]
    assert subscriber.consents.count() == 2


def test_an_unsubscribed_address_signing_up_again_must_confirm_again(client, theme, on_commit):
    SubscriberFactory(email="ada@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))

    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    [message] = mail.outbox
    client.post(link_in(message, "confirm"))
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_an_address_gets_at_most_one_sign_up_email_a_day(client, theme, on_commit):
    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))
        client.post(SUBSCRIBE, form_data(theme))

    assert len(mail.outbox) == 1


def test_an_address_can_get_another_sign_up_email_after_a_day(client, theme, on_commit):
    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))
    Subscriber.objects.update(last_notice_sent_at=timezone.now() - timedelta(hours=24))

    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))

    assert len(mail.outbox) == 2


def test_an_active_address_gets_at_most_one_preferences_email_a_day(client, theme, on_commit):
    SubscriberFactory(email="ada@example.org")

    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))
        client.post(SUBSCRIBE, form_data(theme))

    assert len(mail.outbox) == 1


def test_signing_up_twice_in_a_day_keeps_the_emailed_link_working(client, theme, on_commit):
    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))
    client.post(SUBSCRIBE, form_data(theme, cadence="monthly"))  # no second email today
    [message] = mail.outbox

    response = client.post(link_in(message, "confirm"))

    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.ACTIVE


def test_a_filled_honeypot_is_thanked_the_same_and_stores_nothing(client, theme, on_commit):
    with on_commit():
        response = client.post(SUBSCRIBE, form_data(theme, website_url="http://spam.example"))

    assert response.status_code == 302
    assert response.url == CHECK_INBOX
    assert not Subscriber.objects.exists()
    assert not Consent.objects.exists()
    assert mail.outbox == []


def test_too_many_sign_ups_from_one_ip_get_429_with_the_form_and_typed_values(
    client, theme, settings
):
    settings.NEWSLETTER_FORM_RATE_LIMIT = 2
    for n in range(2):
        assert (
            client.post(SUBSCRIBE, form_data(theme, email=f"a{n}@example.org")).status_code == 302
        )

    response = client.post(SUBSCRIBE, form_data(theme, email="third@example.org"))

    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many sign-ups" in html
    assert 'value="third@example.org"' in html
    assert 'value="Ada Lovelace"' in html
    assert not Subscriber.objects.filter(email="third@example.org").exists()


def test_the_rate_limit_counts_each_ip_address_separately(client, theme, settings):
    settings.NEWSLETTER_FORM_RATE_LIMIT = 1
    client.post(SUBSCRIBE, form_data(theme, email="a@example.org"), REMOTE_ADDR="10.0.0.1")

    response = client.post(
        SUBSCRIBE, form_data(theme, email="b@example.org"), REMOTE_ADDR="10.0.0.2"
    )

    assert response.status_code == 302


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "ada@"),
        ("email", "ada@example.org\r\nBcc: x@y.z"),
        ("name", "Ada\r\nBcc: x@y.z"),
        ("organisation", "Engines\nBcc: x@y.z"),
        ("email", "a" * 250 + "@example.org"),
        ("name", "A" * 101),
        ("organisation", "O" * 151),
    ],
    ids=[
        "malformed",
        "email-crlf",
        "name-crlf",
        "organisation-lf",
        "long-email",
        "long-name",
        "long-organisation",
    ],
)
def test_invalid_values_are_refused_with_the_form_and_typed_values(client, theme, field, value):
    data = form_data(theme, **{field: value})
    witness = "name" if field == "organisation" else "organisation"

    response = client.post(SUBSCRIBE, data)

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]
    html = response.content.decode()
    assert "Please correct the highlighted fields" in html
    assert f'value="{data[witness]}"' in html
    assert not Subscriber.objects.exists()
    assert not Consent.objects.exists()


def test_sign_up_needs_agreement_and_a_theme(client, theme):
    response = client.post(SUBSCRIBE, form_data(theme, consent="", themes=[]))

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"consent", "themes"}
    assert not Subscriber.objects.exists()


def test_sign_up_post_without_a_csrf_token_is_forbidden(theme):
    client = Client(enforce_csrf_checks=True)

    response = client.post(SUBSCRIBE, form_data(theme))

    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_sign_up_page_can_preselect_a_theme_and_address(client, theme, other_theme):
    response = client.get(SUBSCRIBE, {"theme": "grooming", "email": "ada@example.org"})

    form = response.context["form"]
    assert list(form.initial["themes"]) == [theme]
    assert form.initial["email"] == "ada@example.org"


def test_a_member_who_just_confirmed_can_ask_for_their_preferences_link(client, theme, on_commit):
    """The day's one link email went on the confirmation; confirming proves the address is
    theirs, so a request for the preferences link straight after is answered."""
    with on_commit():
        client.post(SUBSCRIBE, form_data(theme))
    [confirmation] = mail.outbox
    client.post(link_in(confirmation, "confirm"))

    with on_commit():
        client.post(reverse("newsletter:request_link"), {"email": "ada@example.org"})

    [_, preferences] = mail.outbox
    assert client.get(link_in(preferences, "preferences")).status_code == 200

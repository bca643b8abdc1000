"""The preference centre: change, pause, unsubscribe, download or delete, all from the link in
any email; and the form that emails that link."""

import json

import pytest
from django.core import mail
from django.urls import reverse

from newsletter.models import Consent, Delivery, MemberType, Subscriber
from newsletter.tokens import make_token
from tests.newsletter.factories import ConsentFactory, DeliveryFactory, SubscriberFactory
from tests.newsletter.helpers import link_in

pytestmark = pytest.mark.django_db

REQUEST_LINK = reverse("newsletter:request_link")


def url(name, subscriber):
    return reverse(f"newsletter:{name}", args=[make_token(subscriber, "preferences")])


@pytest.fixture
def subscriber(theme):
    return SubscriberFactory(
        email="ada@example.org",
        member_type=MemberType.RESEARCHER,
        cadence="monthly",
        insight_alerts=True,
        themes=[theme],
    )


def test_the_preference_centre_shows_the_current_choices(client, subscriber, theme):
    response = client.get(url("preferences", subscriber))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["member_type"] == MemberType.RESEARCHER
    assert list(form.initial["themes"]) == [theme]
    assert form.initial["cadence"] == "monthly"


def test_saving_changes_themes_member_type_cadence_and_alerts(client, subscriber, other_theme):
    response = client.post(
        url("preferences", subscriber),
        {
            "action": "save",
            "member_type": MemberType.TECH_POLICY,
            "themes": [other_theme.pk],
            "cadence": "weekly",
        },
    )

    assert response.status_code == 200
    assert "Your preferences are saved." in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.member_type == MemberType.TECH_POLICY
    assert list(subscriber.themes.all()) == [other_theme]
    assert subscriber.cadence == "weekly"
    assert subscriber.insight_alerts is False
    assert subscriber.consents.get().action == Consent.Action.CHANGED


def test_saving_without_a_theme_is_refused_and_changes_nothing(client, subscriber, theme):
    response = client.post(
        url("preferences", subscriber),
        {"action": "save", "member_type": MemberType.OTHER, "cadence": "weekly"},
    )

    assert "Choose at least one theme, or tick “Everything”." in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.member_type == MemberType.RESEARCHER
    assert list(subscriber.themes.all()) == [theme]
    assert not subscriber.consents.exists()


def test_pausing_stops_emails_and_resuming_restarts_them(client, subscriber):
    client.post(url("preferences", subscriber), {"action": "pause"})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PAUSED
    assert not Subscriber.objects.receiving().exists()

    response = client.post(url("preferences", subscriber), {"action": "resume"})

    assert "Emails are back on." in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE


def test_a_pending_sign_up_cannot_be_resumed_into_an_active_one(client):
    pending = SubscriberFactory(pending=True)

    client.post(url("preferences", pending), {"action": "resume"})

    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING


def test_unsubscribing_from_everything(client, subscriber):
    response = client.post(url("preferences", subscriber), {"action": "unsubscribe"})

    assert "You are unsubscribed from everything." in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    consent = subscriber.consents.get()
    assert consent.action == Consent.Action.UNSUBSCRIBED
    assert consent.source == "preference centre"


def test_download_my_data_is_a_json_attachment_with_themes_and_consents(client, subscriber, theme):
    ConsentFactory(subscriber=subscriber, source="subscribe page")

    response = client.get(url("personal_data", subscriber))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["email"] == "ada@example.org"
    assert data["themes"] == [theme.name]
    assert [consent["source"] for consent in data["consents"]] == ["subscribe page"]


def test_download_my_data_lists_the_emails_sent(client, subscriber):
    DeliveryFactory(subscriber=subscriber, status=Delivery.Status.SKIPPED)
    sent = DeliveryFactory(subscriber=subscriber, status=Delivery.Status.SENT)
    sent.sent_at = sent.mailing.period_end
    sent.save()

    data = json.loads(client.get(url("personal_data", subscriber)).content)

    assert data["emails_sent"] == [
        {"mailing": str(sent.mailing), "sent_at": sent.sent_at.isoformat()}
    ]


def test_delete_me_asks_first(client, subscriber):
    response = client.get(url("delete", subscriber))

    assert response.status_code == 200
    assert "Delete everything" in response.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_delete_me_removes_the_subscriber_consents_and_deliveries(client, subscriber):
    ConsentFactory(subscriber=subscriber)
    DeliveryFactory(subscriber=subscriber)
    link = url("preferences", subscriber)

    response = client.post(url("delete", subscriber))

    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    assert not Consent.objects.exists()
    assert not Delivery.objects.exists()
    assert client.get(link).status_code == 410


def test_a_forged_preferences_link_gets_400(client, subscriber):
    token = make_token(subscriber, "preferences")[:-2]

    response = client.get(reverse("newsletter:preferences", args=[token]))

    assert response.status_code == 400


def test_a_confirmation_link_does_not_open_the_preference_centre(client):
    pending = SubscriberFactory(pending=True)

    response = client.get(reverse("newsletter:preferences", args=[make_token(pending, "confirm")]))

    assert response.status_code == 400


@pytest.mark.parametrize("known", [True, False])
def test_asking_for_a_link_answers_the_same_for_known_and_unknown_addresses(
    client, subscriber, known
):
    email = subscriber.email if known else "stranger@example.org"

    response = client.post(REQUEST_LINK, {"email": email})

    assert response.status_code == 302
    assert response.url == reverse("newsletter:check_inbox")


def test_a_subscribed_address_asking_for_its_link_gets_it(client, subscriber, on_commit):
    with on_commit():
        client.post(REQUEST_LINK, {"email": "ADA@example.org "})

    [message] = mail.outbox
    assert message.to == ["ada@example.org"]
    assert client.get(link_in(message, "preferences")).status_code == 200


def test_a_pending_address_asking_for_its_link_gets_the_confirmation_link(client, on_commit):
    SubscriberFactory(email="new@example.org", pending=True)

    with on_commit():
        client.post(REQUEST_LINK, {"email": "new@example.org"})

    [message] = mail.outbox
    assert link_in(message, "confirm")


@pytest.mark.parametrize("status", [None, Subscriber.Status.UNSUBSCRIBED])
def test_unknown_or_unsubscribed_addresses_asking_for_a_link_get_nothing(client, on_commit, status):
    if status:
        SubscriberFactory(email="gone@example.org", status=status)

    with on_commit():
        client.post(REQUEST_LINK, {"email": "gone@example.org"})

    assert mail.outbox == []


def test_asking_for_a_link_twice_in_a_day_sends_one_email(client, subscriber, on_commit):
    with on_commit():
        client.post(REQUEST_LINK, {"email": subscriber.email})
        client.post(REQUEST_LINK, {"email": subscriber.email})

    assert len(mail.outbox) == 1


def test_asking_for_links_too_often_from_one_ip_gets_429(client, settings):
    settings.NEWSLETTER_FORM_RATE_LIMIT = 1
    client.post(REQUEST_LINK, {"email": "a@example.org"})

    response = client.post(REQUEST_LINK, {"email": "b@example.org"})

    assert response.status_code == 429
    assert 'value="b@example.org"' in response.content.decode()

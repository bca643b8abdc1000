"""The confirmation link: a page first, confirmation only on POST, once, within 72 hours."""

import time
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from newsletter.models import Consent, Subscriber
from newsletter.tokens import make_token
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def confirm_url(subscriber):
    return reverse("newsletter:confirm", args=[make_token(subscriber, "confirm")])


def issued_hours_ago(subscriber, hours):
    """A confirmation link as it was emailed `hours` ago."""
    with mock.patch("django.core.signing.time.time", return_value=time.time() - hours * 3600):
        return confirm_url(subscriber)


@pytest.fixture
def pending():
    return SubscriberFactory(pending=True)


def test_opening_the_link_shows_a_confirm_button_and_confirms_nothing(client, pending):
    response = client.get(confirm_url(pending))

    assert response.status_code == 200
    assert "Confirm my subscription" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING
    assert pending.confirmed_at is None
    assert not Consent.objects.exists()


def test_posting_the_link_activates_the_subscription_and_records_consent(client, pending):
    response = client.post(confirm_url(pending))

    assert response.status_code == 200
    assert "You're subscribed" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.ACTIVE
    assert pending.confirmed_at is not None
    consent = Consent.objects.get(subscriber=pending)
    assert consent.action == Consent.Action.CONFIRMED
    assert consent.source == "confirmation link"


def test_the_confirmed_page_links_to_working_preferences(client, pending):
    response = client.post(confirm_url(pending))

    preferences = reverse("newsletter:preferences", args=[response.context["preferences_token"]])
    assert preferences in response.content.decode()
    assert client.get(preferences).status_code == 200


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_used_link_gets_410_explaining_it_was_used(client, pending, method):
    url = confirm_url(pending)
    client.post(url)

    response = getattr(client, method)(url)

    assert response.status_code == 410
    assert "already been used" in response.content.decode()
    assert Consent.objects.filter(action=Consent.Action.CONFIRMED).count() == 1


def test_a_link_still_works_after_71_hours(client, pending):
    response = client.post(issued_hours_ago(pending, 71))

    assert response.status_code == 200
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.ACTIVE


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_link_older_than_72_hours_gets_410_and_confirms_nothing(client, pending, method):
    response = getattr(client, method)(issued_hours_ago(pending, 73))

    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING


@pytest.mark.parametrize(
    "forge",
    [
        lambda subscriber: make_token(subscriber, "confirm")[:-3],
        lambda subscriber: make_token(subscriber, "confirm").replace(":", ":x", 1),
        lambda subscriber: "not-a-token",
        lambda subscriber: make_token(subscriber, "preferences"),
    ],
    ids=["cut-short", "edited", "made-up", "other-purpose"],
)
def test_a_forged_or_mangled_link_gets_400_with_a_clear_page(client, pending, forge):
    token = forge(pending)

    response = client.post(reverse("newsletter:confirm", args=[token]))

    assert response.status_code == 400
    html = response.content.decode()
    assert "This link is not valid" in html
    assert "Email me a new link" in html
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING


def test_the_link_of_a_deleted_subscription_gets_410(client, pending):
    url = confirm_url(pending)
    pending.delete()

    response = client.get(url)

    assert response.status_code == 410
    assert "We no longer hold this subscription" in response.content.decode()


def test_confirming_needs_a_csrf_token(pending):
    response = Client(enforce_csrf_checks=True).post(confirm_url(pending))

    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING

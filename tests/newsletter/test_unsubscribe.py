"""One-click unsubscribe (RFC 8058): mail clients POST with no session and no CSRF token."""

import re
import time
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from newsletter.models import Consent, Subscriber
from newsletter.tokens import make_token
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

ONE_CLICK = "List-Unsubscribe=One-Click"


def unsubscribe_url(subscriber):
    return reverse("newsletter:unsubscribe", args=[make_token(subscriber, "unsubscribe")])


def one_click(url):
    """The POST a mail client makes for List-Unsubscribe-Post: no cookies, no CSRF token."""
    return Client(enforce_csrf_checks=True).post(
        url, ONE_CLICK, content_type="application/x-www-form-urlencoded"
    )


@pytest.fixture
def subscriber():
    return SubscriberFactory()


def test_opening_the_link_asks_first_and_changes_nothing(client, subscriber):
    response = client.get(unsubscribe_url(subscriber))

    assert response.status_code == 200
    assert subscriber.email in response.content.decode()
    [preferences] = re.findall(r'<a href="([^"]+)">your preferences</a>', response.content.decode())
    assert subscriber.email in client.get(preferences).content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert not Consent.objects.exists()


def test_unsubscribe_post_needs_no_login_and_no_csrf_token(subscriber):
    response = one_click(unsubscribe_url(subscriber))

    assert response.status_code == 200
    assert "You're unsubscribed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    consent = Consent.objects.get(subscriber=subscriber)
    assert consent.action == Consent.Action.UNSUBSCRIBED
    assert consent.source == "unsubscribe link"


def test_the_confirmation_page_button_unsubscribes(client, subscriber):
    url = unsubscribe_url(subscriber)
    assert '<form method="post">' in client.get(url).content.decode()

    client.post(url)

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_repeating_the_one_click_post_answers_the_same_and_records_once(subscriber):
    url = unsubscribe_url(subscriber)
    first = one_click(url)

    second = one_click(url)

    assert second.status_code == first.status_code == 200
    assert Consent.objects.filter(action=Consent.Action.UNSUBSCRIBED).count() == 1


def test_an_unsubscribe_link_never_expires(subscriber):
    a_year_ago = time.time() - 365 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=a_year_ago):
        url = unsubscribe_url(subscriber)

    assert one_click(url).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_a_pending_sign_up_can_be_unsubscribed_too(client):
    pending = SubscriberFactory(pending=True)

    one_click(unsubscribe_url(pending))

    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.UNSUBSCRIBED


@pytest.mark.parametrize(
    "forge",
    [
        lambda subscriber: make_token(subscriber, "unsubscribe")[:-3],
        lambda subscriber: make_token(subscriber, "preferences"),
        lambda subscriber: "anything",
    ],
    ids=["cut-short", "other-purpose", "made-up"],
)
def test_a_forged_link_gets_400_with_a_clear_page_and_unsubscribes_nobody(subscriber, forge):
    response = one_click(reverse("newsletter:unsubscribe", args=[forge(subscriber)]))

    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE


def test_the_link_of_a_deleted_subscription_gets_410(subscriber):
    url = unsubscribe_url(subscriber)
    subscriber.delete()

    response = one_click(url)

    assert response.status_code == 410
    assert "We no longer hold this subscription" in response.content.decode()

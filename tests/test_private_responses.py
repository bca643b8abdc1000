"""Personal and signed-in responses are `private, no-store`, so no browser cache, proxy or CDN
keeps them; anonymous public pages stay cacheable."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from newsletter.tokens import make_token
from tests import factories as f
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def assert_private(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"private", "no-store"} <= directives, response.get("Cache-Control")
    assert "public" not in directives


@pytest.fixture
def subscriber(db):
    return SubscriberFactory()


@pytest.mark.parametrize(
    ("view", "purpose"),
    [
        ("newsletter:preferences", "preferences"),
        ("newsletter:personal_data", "preferences"),
        ("newsletter:delete", "preferences"),
        ("newsletter:unsubscribe", "unsubscribe"),
    ],
)
def test_pages_reached_through_a_members_personal_link_are_never_stored(
    client, subscriber, view, purpose
):
    response = client.get(reverse(view, args=[make_token(subscriber, purpose)]))

    assert response.status_code == 200
    assert_private(response)


def test_the_confirmation_page_is_never_stored(client):
    pending = SubscriberFactory(pending=True)

    response = client.get(reverse("newsletter:confirm", args=[make_token(pending, "confirm")]))

    assert_private(response)


@pytest.fixture
def grantee(db):
    return get_user_model().objects.create_user(username="ana@example.org", password="x")


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/search/?q=grooming",
        "/topics/",
        "/portal/",
        "/portal/password/change/",
        "/feeds/rss/",
        "/newsletter/subscribe/",
    ],
)
def test_every_response_to_a_signed_in_person_is_private(grantee, home_page, url):
    client = Client()
    client.force_login(grantee)

    response = client.get(url)

    assert response.status_code < 400
    assert_private(response)


def test_staff_admin_pages_are_private(home_page):
    staff = get_user_model().objects.create_superuser(username="staff", password="x")
    client = Client()
    client.force_login(staff)

    assert_private(client.get(reverse("wagtailadmin_home")))


def test_anonymous_visitors_public_pages_are_not_marked_private(client, home_page):
    response = client.get("/")

    assert "private" not in response.get("Cache-Control", "")
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_public_image_stays_cacheable_for_a_signed_in_person(grantee):
    image = f.ImageFactory()
    client = Client()
    client.force_login(grantee)

    response = client.get(image.file.url)

    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "no-store" not in response["Cache-Control"]


def test_a_session_cookie_holding_a_nul_is_ignored_rather_than_failing(client, home_page):
    client.cookies["sessionid"] = "abcdefgh\x00ijkl"

    response = client.get("/robots.txt")

    assert response.status_code == 200


def test_a_path_deeper_than_any_page_is_not_found_at_once(client, home_page):
    assert client.get("/" + "a/" * 1000).status_code == 404

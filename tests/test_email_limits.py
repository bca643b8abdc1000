"""Every form that makes the site send email is limited per IP address (a clear "try again
later", status 429) and per recipient (further emails quietly withheld, the usual answer shown).
The newsletter's own limits are in tests/newsletter/test_signup.py and test_preferences.py."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests import factories as f

pytestmark = pytest.mark.django_db

TOO_MANY = "too many requests from your connection"
RESET_DOORS = {"admin": "wagtailadmin_password_reset", "portal": "community:password_reset"}


@pytest.fixture
def account(db):
    return get_user_model().objects.create_user(
        username="ana@example.org", email="ana@example.org", password="a-long-pass-phrase-9"
    )


def request_reset(door, email, address="203.0.113.7"):
    return Client().post(reverse(RESET_DOORS[door]), {"email": email}, REMOTE_ADDR=address)


@pytest.mark.parametrize("door", RESET_DOORS)
def test_password_reset_requests_from_one_address_are_limited_with_a_clear_message(
    door, account, settings, django_capture_on_commit_callbacks
):
    settings.PASSWORD_RESET_RATE_LIMIT = 2
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(2):
            assert request_reset(door, f"person{number}@example.org").status_code == 302
        response = request_reset(door, account.email)

    assert response.status_code == 429
    assert TOO_MANY in response.content.decode()
    assert mail.outbox == []


@pytest.mark.parametrize("door", RESET_DOORS)
def test_one_address_gets_only_its_hourly_allowance_of_reset_emails_whoever_asks(
    door, account, settings, django_capture_on_commit_callbacks
):
    settings.PASSWORD_RESET_EMAILS_PER_ADDRESS = 2
    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            request_reset(door, account.email.upper(), address=f"192.0.2.{n}").status_code
            for n in range(4)
        ]

    assert answers == [302] * 4  # nothing tells the asker the address is being spared
    assert [message.to for message in mail.outbox] == [[account.email]] * 2


def test_the_admin_and_the_portal_share_one_reset_allowance_per_address(
    account, settings, django_capture_on_commit_callbacks
):
    settings.PASSWORD_RESET_EMAILS_PER_ADDRESS = 1
    with django_capture_on_commit_callbacks(execute=True):
        request_reset("admin", account.email)
        request_reset("portal", account.email, address="192.0.2.1")

    assert len(mail.outbox) == 1


def send_message(page, address="203.0.113.7", message="We would like to fund work."):
    return Client().post(
        page.url,
        {"name": "Ada", "email": "ada@example.org", "message": message},
        REMOTE_ADDR=address,
    )


def test_contact_messages_from_one_address_are_limited_and_the_form_keeps_what_was_typed(
    contact_page, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_FORM_RATE_LIMIT = 2
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(2):
            assert send_message(contact_page).status_code == 200
        response = send_message(contact_page, message="A third message")

    html = response.content.decode()
    assert response.status_code == 429
    assert TOO_MANY in html
    assert "A third message" in html
    assert FormSubmission.objects.count() == 2
    assert len(mail.outbox) == 2


def test_staff_get_only_their_hourly_allowance_of_notifications_and_no_message_is_lost(
    contact_page, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_NOTIFICATIONS_PER_ADDRESS = 2
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(4):
            assert send_message(contact_page, address=f"192.0.2.{number}").status_code == 200

    assert FormSubmission.objects.filter(page=contact_page).count() == 4
    assert len(mail.outbox) == 2


def test_guessing_a_private_pages_shared_password_is_limited(home_page, settings):
    settings.PAGE_PASSWORD_RATE_LIMIT = 2
    page = f.StandardPageFactory(parent=home_page)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="swordfish"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    client = Client()
    for _ in range(2):
        assert client.post(url, {"password": "guess", "return_url": "/"}).status_code == 200

    response = client.post(url, {"password": "swordfish", "return_url": "/"})

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    passed = client.session.get(restriction.passed_view_restrictions_session_key, [])
    assert restriction.pk not in passed


def test_guessing_a_private_collections_shared_password_is_limited(settings):
    settings.PAGE_PASSWORD_RATE_LIMIT = 1
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="swordfish",
    )
    get_document_model().objects.create(title="Minutes", collection=collection)
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    client = Client()
    client.post(url, {"password": "guess", "return_url": "/"})

    assert client.post(url, {"password": "swordfish", "return_url": "/"}).status_code == 429


def test_the_notification_allowance_belongs_to_each_staff_address_across_pages(
    home_page, contact_page, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_NOTIFICATIONS_PER_ADDRESS = 2
    other_page = f.ContactPageFactory(
        parent=home_page, slug="press", to_address="press@example.org, partnerships@example.org"
    )
    with django_capture_on_commit_callbacks(execute=True):
        for number, page in enumerate([contact_page, other_page, other_page]):
            send_message(page, address=f"192.0.2.{number}")

    received = sorted(address for message in mail.outbox for address in message.to)
    assert received == ["partnerships@example.org"] * 2 + ["press@example.org"] * 2

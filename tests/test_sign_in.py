"""Every way into an account is throttled by one mechanism (home/signin.py, django-axes): the
admin's sign-in, Wagtail's sign-in for private pages and the grantee portal count failures
together, per account and per IP address, and answer a paused account like an unknown one."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from tests.brokers import free_port

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
DOORS = {
    "admin": "wagtailadmin_login",
    "private pages": "wagtailcore_login",
    "portal": "community:login",
}


@pytest.fixture
def limit(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return 3


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser(
        username="staff", email="staff@example.org", password=PASSWORD
    )


@pytest.fixture
def grantee(db):
    return get_user_model().objects.create_user(
        username="ana@example.org", email="ana@example.org", password=PASSWORD
    )


def sign_in(client, door, username, password=PASSWORD, address="203.0.113.7"):
    return client.post(
        reverse(DOORS[door]),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("door", DOORS)
def test_the_right_password_is_refused_once_an_account_has_used_its_failures(door, grantee, limit):
    client = Client()
    for _ in range(limit - 1):
        assert sign_in(client, door, grantee.username, "guess").status_code == 200
    assert sign_in(client, door, grantee.username, "guess").status_code == 429

    response = sign_in(client, door, grantee.username)

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert not signed_in(client)


def test_failures_at_every_door_count_towards_one_allowance(staff, limit):
    client = Client()
    sign_in(client, "portal", staff.username, "guess")
    sign_in(client, "private pages", staff.username, "guess")

    assert sign_in(client, "admin", staff.username, "guess").status_code == 429
    assert sign_in(client, "admin", staff.username).status_code == 429
    assert not signed_in(client)


def test_an_account_paused_by_guesses_elsewhere_cannot_sign_in_to_the_admin_either(staff, limit):
    attacker = Client()
    for _ in range(limit):
        sign_in(attacker, "private pages", staff.username, "guess", address="198.51.100.1")

    owner = Client()
    response = sign_in(owner, "admin", staff.username, address="192.0.2.50")

    assert response.status_code == 429
    assert not signed_in(owner)


def test_a_paused_account_and_an_unknown_one_get_the_same_answer(grantee, limit):
    answers = []
    for username in (grantee.username, "nobody@example.org"):
        client = Client()
        for _ in range(limit):
            sign_in(client, "portal", username, "guess", address=f"192.0.2.{len(answers)}")
        response = sign_in(client, "portal", username, address=f"192.0.2.{len(answers)}")
        answers.append((response.status_code, response.content.decode()))

    assert answers[0] == answers[1]
    assert answers[0][0] == 429


def test_the_allowance_holds_whatever_the_letter_case(grantee, limit):
    client = Client()
    sign_in(client, "portal", grantee.username.upper(), "guess")
    sign_in(client, "admin", grantee.username.title(), "guess")
    sign_in(client, "portal", f"  {grantee.username}", "guess")

    assert sign_in(client, "portal", grantee.username).status_code == 429


def test_one_address_guessing_at_many_accounts_is_paused_at_five_times_the_limit(grantee, limit):
    client = Client()
    for number in range(limit * 5):
        sign_in(client, "admin", f"someone{number}@example.org", "guess")

    assert sign_in(client, "portal", grantee.username).status_code == 429
    assert not signed_in(client)
    elsewhere = Client()
    assert sign_in(elsewhere, "portal", grantee.username, address="192.0.2.99").status_code == 302


def test_signing_in_works_again_once_the_pause_is_over(grantee, limit, settings):
    client = Client()
    for _ in range(limit):
        sign_in(client, "portal", grantee.username, "guess")
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time
        - settings.AXES_COOLOFF_TIME
        - timedelta(seconds=1)
    )

    assert sign_in(client, "portal", grantee.username).status_code == 302
    assert signed_in(client)


def test_failures_are_counted_in_the_database_so_every_process_shares_them(grantee, limit):
    sign_in(Client(), "portal", grantee.username, "guess")
    sign_in(Client(), "admin", grantee.username, "guess")

    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.failures_since_start) == (grantee.username, 2)


def test_the_throttle_holds_while_redis_is_down(grantee, limit, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        },
    }
    client = Client()
    for _ in range(limit):
        sign_in(client, "portal", grantee.username, "guess")

    assert sign_in(client, "portal", grantee.username).status_code == 429


def test_a_correct_password_within_the_allowance_signs_in(grantee, limit):
    client = Client()
    sign_in(client, "admin", grantee.username, "guess")

    response = sign_in(client, "portal", grantee.username)

    assert response.status_code == 302
    assert signed_in(client)

"""Signing in and out of the portal, and resetting or changing a password (limits on both are in
tests/test_sign_in.py and tests/test_email_limits.py)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.community.helpers import PASSWORD


def sign_in(client, username, password=PASSWORD):
    return client.post(reverse("community:login"), {"username": username, "password": password})


def test_a_grantee_signs_in_to_their_dashboard(client, grantee_a):
    response = sign_in(client, grantee_a.username)
    assert response.status_code == 302
    assert response.url == reverse("community:dashboard")
    assert "Project Aardvark" in client.get(response.url).content.decode()


def test_a_wrong_password_re_renders_the_form_with_a_message(client, grantee_a):
    response = sign_in(client, grantee_a.username, "not the password")
    assert response.status_code == 200
    assert "Please enter a correct" in response.content.decode()


def test_signing_out_needs_a_post_and_ends_the_session(client, grantee_a):
    client.force_login(grantee_a)
    client.post(reverse("community:logout"))
    response = client.get(reverse("community:dashboard"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("community:login"))


def test_a_reset_link_by_email_sets_a_new_password_once(
    client, grantee_a, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "http://testserver"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("community:password_reset"), {"email": grantee_a.email})
    [email] = mail.outbox
    link = re.search(r"http://testserver(\S+)", email.body).group(1)

    form_url = client.get(link).url  # Django swaps the token for a session marker
    new = "a-brand-new-phrase-42"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})

    assert response.status_code == 302
    grantee_a.refresh_from_db()
    assert grantee_a.check_password(new)
    client.logout()
    assert "expired or was already used" in client.get(link, follow=True).content.decode()


def test_a_reset_request_for_an_unknown_address_looks_the_same_and_sends_nothing(client, db):
    response = client.post(reverse("community:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response.url == reverse("community:password_reset_done")
    assert mail.outbox == []


def test_a_grantee_changes_their_password(client, grantee_a):
    client.force_login(grantee_a)
    new = "another-long-phrase-7"
    response = client.post(
        reverse("community:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    assert get_user_model().objects.get(pk=grantee_a.pk).check_password(new)
    assert "Your password has been changed." in client.get(response.url).content.decode()


@pytest.mark.parametrize("name", ["community:dashboard", "community:password_change"])
def test_portal_pages_are_never_cached(client, grantee_a, name):
    client.force_login(grantee_a)
    response = client.get(reverse(name))
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]

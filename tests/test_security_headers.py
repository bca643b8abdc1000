"""Public pages carry the security headers; the admin, whose scripts are inline, has no CSP."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_URLS = ["/", "/search/?q=grooming", "/newsletter/subscribe/", "/portal/sign-in/"]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_send_a_strict_content_security_policy(client, home_page, url):
    policy = client.get(url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_forbid_sniffing_and_limit_referrers(client, home_page, url):
    response = client.get(url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_https_responses_carry_hsts_when_configured(client, home_page, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_the_admin_has_no_content_security_policy(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_public_pages_load_scripts_and_styles_only_from_files(client, page_of_each_type):
    """The policy allows no inline <script> or <style> element: a page with one would have it
    refused by the browser (tests/e2e/test_page_load.py watches for that in Chromium)."""
    for page in page_of_each_type:
        html = client.get(page.url).content.decode()
        assert re.findall(r"<style\b", html) == [], page.url
        assert re.findall(r"<script\b(?![^>]*\bsrc=)", html) == [], page.url

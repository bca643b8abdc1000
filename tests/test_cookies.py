"""The cookie statement says the site sets only essential cookies and that reading it sets none.
A visitor with no cookies who reads every public page gets none back; a page with a form that
posts gets only the CSRF cookie the statement names."""

import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Page

from home.demo.builder import DemoSiteBuilder
from home.models import ContactPage
from tests import factories as f

pytestmark = pytest.mark.django_db

# Pages whose form posts back to the site: reading them sets the CSRF cookie, which the cookie
# statement names. (The footer's sign-up form only passes the address on, by GET.)
FORM_VIEWS = ["newsletter:subscribe", "newsletter:request_link", "community:login"]


@pytest.fixture
def public_site(page_of_each_type, home_page):
    builder = DemoSiteBuilder()
    builder.home = home_page
    builder.build_trust_pages()
    f.DigestThemeFactory(name="Grooming", topics__name="grooming")
    return page_of_each_type


def reading_urls(pages):
    """Every live page (bar those with a form) and every public view that only shows things."""
    project = next(page for page in pages if page.specific_class.__name__ == "ResearchProjectPage")
    country = project.specific.countries.first()
    return [
        *(page.url for page in Page.objects.live().specific() if not isinstance(page, ContactPage)),
        reverse("topic_index"),
        reverse("topic", args=["grooming"]),
        reverse("research:country_index"),
        reverse("research:country", args=[country.slug]),
        reverse("search") + "?q=grooming",
        reverse("newsletter:privacy"),
        reverse("newsletter:archive"),
        reverse("rss"),
        reverse("atom"),
        "/api/v2/projects/",
        "/sitemap.xml",
        "/robots.txt",
        "/favicon.ico",
        "/no-such-page/",
    ]


def test_reading_the_public_site_sets_no_cookies(client, public_site):
    set_cookies = {}
    for url in reading_urls(public_site):
        client.cookies.clear()
        response = client.get(url)
        assert response.status_code in (200, 404), url
        if response.cookies:
            set_cookies[url] = sorted(response.cookies)

    assert set_cookies == {}


def test_pages_with_forms_set_only_the_csrf_cookie(client, public_site):
    contact_page = ContactPage.objects.get()
    urls = [contact_page.url, *(reverse(name) for name in FORM_VIEWS)]
    set_cookies = {}
    for url in urls:
        client.cookies.clear()
        set_cookies[url] = sorted(client.get(url).cookies)

    assert set_cookies == {url: [settings.CSRF_COOKIE_NAME] for url in urls}

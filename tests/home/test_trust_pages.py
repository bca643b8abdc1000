"""The trust pages: a privacy notice, a cookie statement and an accessibility statement, which
staff edit as standard pages, the demo creates, the footer and every form that collects personal
data link to, and whose stated periods and cookies are the ones the code enforces and sets."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.urls import reverse
from wagtail.models import Page

from community.models import Invitation
from community.tokens import invitation_token
from home import trust
from home.demo.builder import DemoSiteBuilder
from home.demo.data.trust import ACCESSIBILITY_STATEMENT, COOKIE_STATEMENT, PRIVACY_NOTICE
from home.models import StandardPage
from newsletter.subscriptions import UNCONFIRMED_LIFETIME
from newsletter.tokens import CONFIRMATION_MAX_AGE, make_token
from tests import factories as f
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trust_pages(home_page):
    """The trust pages as the demo builds them."""
    builder = DemoSiteBuilder()
    builder.home = home_page
    builder.build_trust_pages()
    english = StandardPage.objects.filter(slug__in=trust.SLUGS, alias_of=None)
    return {page.slug: page for page in english}


def text_of(spec):
    """A demo trust page's words, without markup, as one line."""
    html = spec.intro + "".join(
        block["value"] if block["type"] == "paragraph" else block["value"]["text"]
        for block in spec.body
    )
    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def links_in(html, selector):
    return [a["href"] for a in BeautifulSoup(html, "html.parser").select(f"{selector} a[href]")]


def test_the_demo_creates_the_three_trust_pages_outside_the_menu(trust_pages):
    assert {slug: page.title for slug, page in trust_pages.items()} == {
        "privacy": "Privacy notice",
        "cookies": "Cookies",
        "accessibility": "Accessibility statement",
    }
    assert all(page.live and not page.show_in_menus for page in trust_pages.values())
    assert all(
        page.get_parent().specific_class.__name__ == "HomePage" for page in trust_pages.values()
    )


def test_building_the_demo_again_adds_no_second_copy(trust_pages, home_page):
    builder = DemoSiteBuilder()
    builder.home = home_page
    builder.build_trust_pages()

    assert StandardPage.objects.filter(slug__in=trust.SLUGS, alias_of=None).count() == 3


def test_each_trust_page_renders_with_the_date_it_last_changed(client, trust_pages):
    for page in trust_pages.values():
        html = client.get(page.url).content.decode()
        assert f'<h1 class="page-header__title">{page.title}</h1>' in html
        assert f'Last updated <time datetime="{page.last_published_at:%Y-%m-%d}">' in html


def test_the_footer_links_the_trust_pages_and_the_grantee_sign_in(client, trust_pages, home_page):
    footer_links = links_in(client.get(home_page.url).content.decode(), ".site-footer")

    assert {"/privacy/", "/cookies/", "/accessibility/", reverse("community:login")} <= set(
        footer_links
    )


def test_a_trust_page_moved_below_another_page_is_still_found(client, trust_pages, home_page):
    about = f.StandardPageFactory(parent=home_page, title="About", slug="about")
    trust_pages["privacy"].move(about, pos="last-child")

    footer_links = links_in(client.get(home_page.url).content.decode(), ".site-footer")

    assert "/about/privacy/" in footer_links


def test_an_unpublished_trust_page_is_not_linked(client, trust_pages, home_page):
    trust_pages["cookies"].unpublish()

    footer_links = links_in(client.get(home_page.url).content.decode(), ".site-footer")

    assert "/cookies/" not in footer_links
    assert "/privacy/" in footer_links


@pytest.fixture
def form_pages(contact_page, research_index):
    """Every page with a form that collects personal data, by what it is."""
    member = SubscriberFactory()
    project = f.ResearchProjectPageFactory(parent=research_index)
    invitation = Invitation.objects.create(project=project, email="ana@uni.example", name="Ana")
    return {
        "contact form": contact_page.url,
        "newsletter sign-up": reverse("newsletter:subscribe"),
        "newsletter link request": reverse("newsletter:request_link"),
        "newsletter preferences": reverse(
            "newsletter:preferences", args=[make_token(member, "preferences")]
        ),
        "portal sign-in": reverse("community:login"),
        "portal password reset": reverse("community:password_reset"),
        "portal invitation": reverse(
            "community:accept_invitation", args=[invitation_token(invitation)]
        ),
    }


@pytest.mark.parametrize(
    "form",
    [
        "contact form",
        "newsletter sign-up",
        "newsletter link request",
        "newsletter preferences",
        "portal sign-in",
        "portal password reset",
        "portal invitation",
    ],
)
def test_every_form_that_collects_personal_data_links_the_privacy_notice(
    client, trust_pages, form_pages, form
):
    response = client.get(form_pages[form])

    assert response.status_code == 200
    assert "/privacy/" in links_in(response.content.decode(), "main .privacy-note")


def test_the_newsletter_privacy_page_points_to_the_whole_privacy_notice(client, trust_pages):
    html = client.get(reverse("newsletter:privacy")).content.decode()

    assert "/privacy/" in links_in(html, "main")


def test_the_privacy_notice_states_the_periods_the_code_enforces():
    text = text_of(PRIVACY_NOTICE)

    assert timedelta(days=30) == UNCONFIRMED_LIFETIME
    assert "never confirmed is deleted after 30 days" in text
    assert timedelta(hours=72) == CONFIRMATION_MAX_AGE
    assert "works for 72 hours" in text
    assert settings.CONTACT_MESSAGE_RETENTION_DAYS == 365
    assert "deleted from the site automatically 12 months after they arrive" in text
    assert settings.SIGN_IN_RECORD_RETENTION_DAYS == 90
    assert "these records are deleted after 90 days" in text
    assert settings.SEARCH_TALLY_RETENTION_DAYS == 365
    assert "Each day's tally is deleted after a year" in text
    assert timedelta(hours=1) == settings.AXES_COOLOFF_TIME
    assert "Failed attempts are counted for an hour" in text
    assert settings.GRANTEE_INVITATION_DAYS == 14
    assert timedelta(days=3).total_seconds() == settings.PASSWORD_RESET_TIMEOUT
    assert "Invitation links work for 14 days and password reset links for 3 days" in text


def test_the_cookie_statement_names_each_cookie_the_site_sets_and_its_lifetime():
    text = text_of(COOKIE_STATEMENT)

    for name in (
        settings.CSRF_COOKIE_NAME,
        settings.SESSION_COOKIE_NAME,
        CookieStorage.cookie_name,
    ):
        assert name in text
    assert timedelta(weeks=2).total_seconds() == settings.SESSION_COOKIE_AGE
    assert "or after two weeks" in text
    assert timedelta(weeks=52).total_seconds() == settings.CSRF_COOKIE_AGE
    assert "expires after a year" in text


def test_the_accessibility_statement_names_the_standard_and_how_to_report_a_problem():
    text = text_of(ACCESSIBILITY_STATEMENT)

    assert "WCAG) 2.1 at level AA" in text
    assert "axe-core" in text
    assert "Report a problem" in text
    assert "hello@safeonline.example" in text


def test_trust_page_links_in_the_demo_text_lead_to_pages_the_demo_has(trust_pages, contact_page):
    paths = {page.url for page in Page.objects.live()} | {reverse("newsletter:privacy")}
    for spec in (PRIVACY_NOTICE, COOKIE_STATEMENT, ACCESSIBILITY_STATEMENT):
        html = "".join(block["value"] for block in spec.body if block["type"] == "paragraph")
        for href in links_in(html, "*"):
            assert href.startswith("mailto:") or href in paths, href

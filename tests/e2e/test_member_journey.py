"""A member's journey in a real browser: someone from a platform's trust and safety team browses
the funded research, narrows the listing with its filters, searches the site, signs up for the
digest, confirms from the emailed link, tunes their preferences from their first digest and
finally unsubscribes with that digest's link.

Along the way they make two mistakes people make: sending the sign-up form without ticking
consent, and opening the confirmation link a second time. Both must leave them knowing what to
do next, with nothing lost and nothing sent."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from newsletter import tasks
from newsletter.models import Click, Mailing, Subscriber
from tests import factories as f
from tests.e2e.helpers import sign_in_to_admin

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEMBER_EMAIL = "ada.okafor@platform.example"
GROOMING = "online grooming"
DETECTION = "detection"
SAFER_CHATS = "Safer chats"
SCHOOLS = "Grooming risk in schools"
HASH_MATCHING = "Hash matching at scale"
LINK = re.compile(r"https?://\S+")


@pytest.fixture
def research(home_page):
    """Three projects the listing's filters tell apart (two on online grooming, in Kenya and in
    Peru, and one on detection), and a digest theme for each of the two topics."""
    image = f.ImageFactory(
        title="Workshop", file__width=1200, file__height=675, file__color="#1f6f78"
    )
    kenya = f.CountryFactory(name="Kenya", slug="kenya", iso_code="KE")
    peru = f.CountryFactory(name="Peru", slug="peru", iso_code="PE")
    index = f.ResearchIndexPageFactory(
        parent=home_page, intro="Every project we fund.", show_in_menus=True
    )
    f.ResearchProjectPageFactory(
        parent=index,
        title=SAFER_CHATS,
        summary="How offenders begin grooming children in gaming chats, and the early signals "
        "platforms can act on.",
        tags=[GROOMING],
        countries=[kenya],
        image=image,
    )
    f.ResearchProjectPageFactory(
        parent=index,
        title=SCHOOLS,
        summary="Where grooming starts for teenagers in Peru, as students and teachers tell it.",
        tags=[GROOMING],
        countries=[peru],
        image=image,
    )
    f.ResearchProjectPageFactory(
        parent=index,
        title=HASH_MATCHING,
        summary="Finding known abuse imagery across billions of uploads without reading them.",
        tags=[DETECTION],
        countries=[peru],
        image=image,
    )
    f.DigestThemeFactory(
        name="Grooming", topics__name=GROOMING, description="How offenders make contact."
    )
    f.DigestThemeFactory(
        name="Detection", topics__name=DETECTION, description="Tools that find abuse at scale."
    )


def main_menu(page):
    return page.get_by_role("navigation", name="Main")


def project_link(page, title):
    return page.get_by_role("main").get_by_role("link", name=title, exact=True)


def apply_filter(page, label, option):
    filters = page.get_by_role("form", name="Filter projects")
    filters.get_by_label(label).select_option(label=option)
    filters.get_by_role("button", name="Apply filters").click()


def search_from_header(page, query):
    search_box = page.get_by_role("banner").get_by_role("searchbox", name="Search the site")
    search_box.fill(query)
    search_box.press("Enter")


def sign_up_email(page):
    """The sign-up form's address field (the consent text mentions "my email address" too)."""
    return page.get_by_role("main").get_by_role("textbox", name=re.compile("^Email address"))


def theme(page, name):
    """A theme's checkbox; its accessible name is the theme's name and then its description."""
    return page.get_by_role("checkbox", name=re.compile(f"^{name} "))


def choose_preferences(page):
    page.get_by_label("I work as").select_option(label="Tech industry: trust & safety")
    theme(page, "Grooming").check()
    page.get_by_role("radio", name="Weekly").check()


def emailed_link(message, path):
    """The one link in an email's text whose path starts with `path`."""
    [url] = [url for url in LINK.findall(message.body) if urlsplit(url).path.startswith(path)]
    return url


def send_weekly_digest():
    """Send the weekly edition that the scheduler would start on the digest's day, covering the
    past week; the member's first digest is where their preference and unsubscribe links are."""
    now = timezone.now()
    edition = Mailing.objects.create(
        kind=Mailing.Kind.DIGEST,
        cadence=Subscriber.Cadence.WEEKLY,
        period_start=now - datetime.timedelta(days=7),
        period_end=now,
    )
    tasks.plan_and_send.delay(edition.pk)


def test_member_follows_research_subscribes_tunes_preferences_and_leaves(
    research, home_page, site_url, mailoutbox, new_context, screenshot, staff
):
    take = screenshot("member")
    page = new_context().new_page()

    # 1. Browse: from the home page, through the main menu, to a project.
    page.goto("/")
    expect(page.get_by_role("heading", name=home_page.hero_heading, level=1)).to_be_visible()
    take(page, "home")
    main_menu(page).get_by_role("link", name="Research").click()
    expect(page.get_by_role("heading", name="Research", level=1)).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("3 projects.")
    take(page, "research-listing")
    project_link(page, SAFER_CHATS).click()
    expect(page.get_by_role("heading", name=SAFER_CHATS, level=1)).to_be_visible()
    facts = page.get_by_role("complementary", name="Project facts")
    expect(facts.get_by_text("In progress")).to_be_visible()
    expect(facts.get_by_role("link", name="Kenya")).to_be_visible()
    take(page, "project")

    # 2. Filter: each filter narrows the listing, and the address keeps the choice.
    page.go_back()
    apply_filter(page, "Topic", "Online grooming")  # topics show in sentence case
    expect(page).to_have_url(re.compile(r"[?&]topic=online-grooming(&|$)"))
    expect(page.get_by_role("status")).to_have_text("2 projects match your filters.")
    expect(project_link(page, HASH_MATCHING)).to_have_count(0)
    expect(project_link(page, SCHOOLS)).to_be_visible()
    take(page, "research-filtered-by-topic")
    apply_filter(page, "Country", "Kenya")
    expect(page).to_have_url(re.compile(r"[?&]country=kenya(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]topic=online-grooming(&|$)"))
    expect(page.get_by_role("form", name="Filter projects").get_by_label("Topic")).to_have_value(
        "online-grooming"
    )
    expect(project_link(page, SCHOOLS)).to_have_count(0)
    expect(project_link(page, SAFER_CHATS)).to_be_visible()
    take(page, "research-filtered-by-topic-and-country")

    # 3. Search: the query is highlighted in each result's title and excerpt; a result opens
    # its page.
    search_from_header(page, "grooming")
    expect(page).to_have_url(re.compile(r"/search/\?q=grooming$"))
    result = (
        page.get_by_role("main")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("link", name=SCHOOLS, exact=True))
    )
    expect(result.get_by_role("mark")).to_have_text(["Grooming", "grooming"])
    expect(project_link(page, SAFER_CHATS)).to_be_visible()
    expect(project_link(page, HASH_MATCHING)).to_have_count(0)
    take(page, "search-results")
    project_link(page, SCHOOLS).click()
    expect(page.get_by_role("heading", name=SCHOOLS, level=1)).to_be_visible()
    take(page, "search-result-opened")

    # 4. Subscribe from the footer, which carries the address over to the sign-up form. Without
    # consent the form comes back with the reason, and with what they had typed and chosen.
    footer = page.get_by_role("contentinfo")
    footer.get_by_label("Email address").fill(MEMBER_EMAIL)
    footer.get_by_role("button", name="Choose themes").click()
    expect(page.get_by_role("heading", name="Stay in the loop", level=1)).to_be_visible()
    expect(sign_up_email(page)).to_have_value(MEMBER_EMAIL)
    choose_preferences(page)
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("alert")).to_have_text("Please correct the highlighted fields below.")
    consent = page.get_by_role("checkbox", name="I agree that Safe Online may email me")
    expect(page.get_by_text("Please agree, so that we may email you.")).to_be_visible()
    expect(consent).to_have_accessible_description("Please agree, so that we may email you.")
    expect(sign_up_email(page)).to_have_value(MEMBER_EMAIL)
    expect(theme(page, "Grooming")).to_be_checked()
    expect(page.get_by_role("radio", name="Weekly")).to_be_checked()
    take(page, "subscribe-without-consent")
    assert not mailoutbox
    assert not Subscriber.objects.exists()
    consent.check()
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", name="Check your inbox", level=1)).to_be_visible()
    take(page, "check-your-inbox")

    # 5. Confirm from the emailed link; opening it a second time explains why it no longer works.
    [confirmation] = mailoutbox
    assert confirmation.to == [MEMBER_EMAIL]
    assert confirmation.subject == "Please confirm your Safe Online subscription"
    confirm_url = emailed_link(confirmation, "/newsletter/confirm/")
    assert confirm_url.startswith(site_url)
    page.goto(confirm_url)
    expect(page.get_by_role("heading", name="Confirm your subscription", level=1)).to_be_visible()
    expect(
        page.get_by_text(f"confirm that {MEMBER_EMAIL} should receive Safe Online's weekly digest")
    ).to_be_visible()
    assert Subscriber.objects.get(email=MEMBER_EMAIL).status == Subscriber.Status.PENDING
    take(page, "confirm")
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.get_by_role("heading", name="You're subscribed", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="review your preferences now")).to_be_visible()
    take(page, "confirmed")
    subscriber = Subscriber.objects.get(email=MEMBER_EMAIL)
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.member_type == "tech-trust-safety"
    reused = page.goto(confirm_url)
    assert reused.status == 410
    expect(
        page.get_by_role("heading", name="This link has already been used", level=1)
    ).to_be_visible()
    take(page, "confirmation-link-reused")

    # 6. The first digest brings what is new on their theme only, and a link to their
    # preferences, where they switch theme and cadence.
    send_weekly_digest()
    _, digest = mailoutbox  # the confirmation, then the digest: nothing else was sent
    assert digest.to == [MEMBER_EMAIL]
    assert SAFER_CHATS in digest.body
    assert SCHOOLS in digest.body
    assert HASH_MATCHING not in digest.body
    # Following an item opens it; the count is kept for their kind of work, not for them.
    item_links = [url for url in LINK.findall(digest.body) if "/newsletter/go/" in url]
    assert len(item_links) == 2  # the two grooming projects
    page.goto(item_links[0])
    expect(page.get_by_role("heading", level=1)).to_have_text(
        re.compile(f"{SAFER_CHATS}|{SCHOOLS}")
    )
    assert list(Click.objects.values_list("member_type", "count")) == [("tech-trust-safety", 1)]
    page.goto(emailed_link(digest, "/newsletter/preferences/"))
    expect(page.get_by_role("heading", name="Your preferences", level=1)).to_be_visible()
    expect(theme(page, "Grooming")).to_be_checked()
    theme(page, "Grooming").uncheck()
    theme(page, "Detection").check()
    page.get_by_role("radio", name="Monthly").check()
    page.get_by_role("button", name="Save preferences").click()
    expect(page.get_by_role("status")).to_have_text("Your preferences are saved.")
    expect(page.get_by_role("radio", name="Monthly")).to_be_checked()
    take(page, "preferences-saved")
    subscriber.refresh_from_db()
    assert subscriber.cadence == Subscriber.Cadence.MONTHLY
    assert list(subscriber.themes.values_list("name", flat=True)) == ["Detection"]

    # 7. Unsubscribe with the digest's link: opening it only asks; the button unsubscribes.
    page.goto(emailed_link(digest, "/newsletter/unsubscribe/"))
    expect(page.get_by_role("heading", name="Unsubscribe", level=1)).to_be_visible()
    expect(
        page.get_by_text(f"Stop all emails from Safe Online's community updates to {MEMBER_EMAIL}?")
    ).to_be_visible()
    take(page, "unsubscribe")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    page.get_by_role("button", name="Unsubscribe from everything").click()
    expect(page.get_by_role("heading", name="You're unsubscribed", level=1)).to_be_visible()
    expect(
        page.get_by_text(f"{MEMBER_EMAIL} will receive no more digests or alerts from us.")
    ).to_be_visible()
    take(page, "unsubscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None

    # 8. Staff see what the digest did, in totals: one click by trust & safety, one unsubscribe.
    staff_page = new_context().new_page()
    sign_in_to_admin(staff_page, staff)
    staff_page.goto(f"/admin/newsletter/mailings/inspect/{Mailing.objects.get().pk}/")
    clicks = staff_page.get_by_role("table").filter(has_text="Tech industry: trust & safety")
    expect(clicks.get_by_role("row").nth(1).get_by_role("cell")).to_have_text(["1", "1"])
    outcomes = staff_page.get_by_role("table").filter(has_text="Unsubscribed through this mailing")
    # sent, bounced, complaints, unsubscribed, clicks
    cells = outcomes.get_by_role("row").nth(1).get_by_role("cell")
    expect(cells).to_have_text(["1", "0", "0", "1", "1"])
    take(staff_page, "staff-sees-digest-results")

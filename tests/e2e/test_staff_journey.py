"""A communications officer's journey through the Wagtail admin in a real browser: they create and
publish every page type under its proper parent, pick the snippets it needs in the admin's
chooser modals, tag it from the shared vocabulary and look at the live page; then they preview
the coming digest edition and find in it what they just published on its theme.

Snippets, images, the digest theme and its subscriber exist beforehand, as on the real site;
what the officer does, they do by clicking and typing in the admin. One test per part of the
site keeps each journey short enough to read and its screenshots in their own folder."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from research.models import ResearchProjectPage
from tests import factories
from tests.e2e.helpers import sign_in_to_admin
from tests.newsletter.factories import MailingFactory, SubscriberFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TOPIC = "online grooming"
TOPIC_URL = "/topics/online-grooming/"
SUBSCRIBER_EMAIL = "maya.reader@example.org"
PROJECT_TITLE = "Safer chats for teenagers"
UPDATE_TITLE = "Fieldwork finished in Nairobi"
BRIEF_TITLE = "What makes teenagers report grooming"
STORY_TITLE = "Listening to parents in Kathmandu"
STORY_QUOTE = "We wanted to know what to say when our children are scared."
EVENT_TITLE = "Research Fund convening"
ABOUT_TITLE = "About the fund"
ABOUT_INTRO = "Safe Online invests in research that keeps children safe online."
CONTACT_TITLE = "Partner with us"
CONTACT_FIELD = "How would you like to work with us?"
IMAGE_TITLE = "Parents' workshop"
IMAGE_ALT = "Parents talking in a circle at a community workshop"
IMAGE_CREDIT = "© Safe Online/Sita Rai"


@pytest.fixture(autouse=True)
def no_autosave(settings):
    """Wagtail 8 autosaves a new page as a draft a second or two after it notices a change, on
    timers the test cannot see. If that autosave is still creating the page when Publish is
    clicked, the publish fails on the page's own slug ("The page could not be created due to
    validation errors", on the Promote tab). Staff can run into that as well; here it would
    only make the journey flaky, so autosave is off and Publish always creates the page."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def topic_theme(db):
    """The topic is in the shared vocabulary and offered to members as a digest theme."""
    return factories.DigestThemeFactory(name="Online grooming", topics__name=TOPIC)


@pytest.fixture
def research_data(db):
    """The reference data staff keep as snippets, which projects and events point to."""
    kenya = factories.CountryFactory(name="Kenya", iso_code="KE")
    factories.ProgrammeFactory(name="Research Fund")
    factories.OrganisationFactory(name="University of Nairobi", country=kenya)


@pytest.fixture
def digest_edition(topic_theme):
    """This month's digest, not yet due, and a member who follows the topic's theme."""
    now = timezone.now()
    SubscriberFactory(email=SUBSCRIBER_EMAIL, themes=[topic_theme])
    return MailingFactory(
        period_start=now - datetime.timedelta(days=20), period_end=now + datetime.timedelta(days=10)
    )


@pytest.fixture
def workshop_image(db):
    return factories.ImageFactory(title=IMAGE_TITLE, description=IMAGE_ALT, credit=IMAGE_CREDIT)


def open_add_form(page, parent, page_type=None):
    """Staff add a page from its parent's listing in the page explorer; a parent that allows
    several page types first asks which one."""
    page.goto(f"/admin/pages/{parent.pk}/")
    page.get_by_role("link", name="Add child page").click()
    if page_type:
        page.get_by_role("link", name=page_type, exact=True).click()
    expect(field(page, "Title")).to_be_visible()


def field(scope, label):
    """A form control by its label, which the admin ends with "*" when the field is required.
    Panels and their anchors are labelled by the same heading, hence the filter on controls."""
    label_text = re.compile(rf"^\s*{re.escape(label)}\s*\*?\s*$")
    return scope.locator("input, textarea, select").and_(scope.get_by_label(label_text))


def choose_in_modal(page, button_name, choice):
    """Snippet and image choosers open a modal listing the choices; clicking one picks it.

    Until the modal is removed it can still take focus (it does when its fade-in ends, even
    after the choice), and the tags field turns whatever is half-typed into a tag when it loses
    focus; so the next step waits for the modal to be gone."""
    page.get_by_role("button", name=button_name).click()
    page.get_by_role("dialog").get_by_role("link", name=choice).click()
    expect(page.locator(".modal")).to_have_count(0)


def fill_picker(page, label, value):
    """Date and time fields open a picker on focus; leaving the field closes it again, so it
    does not cover the fields below."""
    picker_field = field(page, label)
    picker_field.fill(value)
    picker_field.press("Tab")


def add_topic(page, topic):
    """The tags field suggests topics already in the vocabulary as staff type; the chosen one
    becomes the field's only tag, listed before the item that holds the text input."""
    tags = page.get_by_role("region", name="Tags")
    tags.get_by_role("textbox").press_sequentially(topic[:6])
    page.locator(".ui-autocomplete").get_by_text(topic, exact=True).click()
    expect(tags.get_by_role("listitem")).to_have_text([re.compile(re.escape(topic)), ""])


def publish(page, title):
    """Publish sits behind the "More actions" toggle next to "Save draft" in the footer."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page.get_by_text(f"Page '{title}' created and published.")).to_be_visible()


def view_live(page, title):
    """The success message links to the live page."""
    page.get_by_role("link", name="View live").click()
    expect(page.get_by_role("heading", name=title, level=1)).to_be_visible()


def tick(page, label, choice):
    """Narrow a checklist by typing part of a choice, tick it, and see it named as chosen."""
    field(page, label).fill(choice[:5])
    checklist = page.get_by_role("group", name=label)
    expect(checklist.get_by_role("checkbox")).to_have_count(1)
    checklist.get_by_role("checkbox", name=choice).check()
    chosen = page.locator("[data-checklist]", has=checklist).locator("[data-checklist-chosen]")
    expect(chosen).to_have_text(choice)


def topic_link(page):
    return page.get_by_role("list", name="Topics").get_by_role("link", name=TOPIC)


def expect_tagged_with_topic(page):
    expect(topic_link(page)).to_have_attribute("href", TOPIC_URL)


def create_project(page, research_index):
    open_add_form(page, research_index)
    field(page, "Title").fill(PROJECT_TITLE)
    field(page, "Summary").fill("How teenagers meet strangers in group chats, and what helps.")
    choose_in_modal(page, "Choose programme", "Research Fund")
    choose_in_modal(page, "Choose organisation", "University of Nairobi")
    tick(page, "Countries", "Kenya")
    field(page, "Grant amount (USD)").fill("180000")
    fill_picker(page, "Start date", "2025-09-01")
    add_topic(page, TOPIC)


def create_update(page, project):
    open_add_form(page, project)
    field(page, "Title").fill(UPDATE_TITLE)
    field(page, "Summary").fill("Interviews with 120 teenagers in Nairobi are done.")
    add_topic(page, TOPIC)


def create_brief(page, insight_index):
    open_add_form(page, insight_index)
    field(page, "Title").fill(BRIEF_TITLE)
    field(page, "Summary").fill("Teenagers report grooming when the app makes it one tap away.")
    tick(page, "Projects", PROJECT_TITLE)
    add_topic(page, TOPIC)


def create_story(page, story_index):
    """A story's body is required: staff start it with a quote block."""
    open_add_form(page, story_index)
    field(page, "Title").fill(STORY_TITLE)
    field(page, "Intro").fill("How a parents' programme began with one question at a workshop.")
    body = page.get_by_role("region", name="Body")
    body.get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Quote").click()
    field(body, "Quote").fill(STORY_QUOTE)
    field(body, "Name").fill("A mother in Kathmandu")
    add_topic(page, TOPIC)


def create_event(page, event_index):
    open_add_form(page, event_index)
    field(page, "Title").fill(EVENT_TITLE)
    field(page, "Summary").fill("Grantees and industry teams share what the research found.")
    start = timezone.localdate() + datetime.timedelta(days=30)
    fill_picker(page, "Start date", start.isoformat())
    fill_picker(page, "Start time", "09:30")
    field(page, "City").fill("Nairobi")
    choose_in_modal(page, "Choose country", "Kenya")
    add_topic(page, TOPIC)


def create_about_page(page, home_page):
    open_add_form(page, home_page, "Standard page")
    field(page, "Title").fill(ABOUT_TITLE)
    field(page, "Intro").fill(ABOUT_INTRO)


def create_contact_page(page, home_page):
    open_add_form(page, home_page, "Contact form page")
    field(page, "Title").fill(CONTACT_TITLE)
    page.get_by_role("button", name="Add form fields").click()
    form_fields = page.get_by_role("region", name="Form fields")
    field(form_fields, "Label").fill(CONTACT_FIELD)
    field(form_fields, "Field type").select_option(label="Multi-line text")
    field(page, "To address").fill("partnerships@safeonline.example")


def open_digest_preview(page, edition):
    """Staff reach a mailing's preview from the newsletter menu: the listing's row menu leads to
    the mailing's inspect view, whose preview form, filled in with the edition's first
    recipient, opens the email in a new tab. The send-a-test form below it has the same
    field, hence the first one."""
    page.goto("/admin/")
    page.get_by_role("button", name="Stay in the loop").click()
    page.get_by_role("link", name="Mailings").click()
    page.get_by_role("button", name=f"More options for '{edition}'").click()
    page.get_by_role("link", name="Inspect").click()
    expect(page.get_by_role("heading", name="Preview as a subscriber")).to_be_visible()
    expect(field(page, "As received by (subscriber's email)").first).to_have_value(SUBSCRIBER_EMAIL)
    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Open preview").click()
    return new_tab.value


def test_staff_publish_research_pages_and_find_them_in_the_digest_preview(
    staff, research_data, research_index, insight_index, digest_edition, new_context, screenshot
):
    take = screenshot("staff-research")
    page = new_context().new_page()
    sign_in_to_admin(page, staff)

    # 1. A research project, with its programme and lead organisation picked in modals.
    create_project(page, research_index)
    take(page, "new-project")
    publish(page, PROJECT_TITLE)
    take(page, "project-published")
    view_live(page, PROJECT_TITLE)
    expect(page.get_by_text("University of Nairobi")).to_be_visible()
    expect_tagged_with_topic(page)
    take(page, "live-project")

    # 2. An update under that project, which names the project it belongs to.
    create_update(page, ResearchProjectPage.objects.get(title=PROJECT_TITLE, alias_of=None))
    take(page, "new-update")
    publish(page, UPDATE_TITLE)
    view_live(page, UPDATE_TITLE)
    eyebrow = page.get_by_role("paragraph").filter(has_text="Project update ·")
    expect(eyebrow.get_by_role("link", name=PROJECT_TITLE)).to_be_visible()
    expect_tagged_with_topic(page)
    take(page, "live-update")

    # 3. An insight brief that draws on the project.
    create_brief(page, insight_index)
    take(page, "new-brief")
    publish(page, BRIEF_TITLE)
    view_live(page, BRIEF_TITLE)
    about_brief = page.get_by_role("complementary", name="About this brief")
    expect(about_brief.get_by_role("link", name=PROJECT_TITLE)).to_be_visible()
    expect_tagged_with_topic(page)
    take(page, "live-brief")

    # 4. The coming digest, as the theme's subscriber will get it, has all three.
    preview = open_digest_preview(page, digest_edition)
    take(page, "digest-inspect")
    expect(preview.get_by_text("New on your themes")).to_be_visible()
    for title in (BRIEF_TITLE, PROJECT_TITLE, UPDATE_TITLE):
        expect(preview.get_by_role("link", name=title)).to_be_visible()
    take(preview, "digest-preview")


def test_staff_publish_a_story_and_an_event_on_the_same_topic(
    staff, topic_theme, research_data, story_index, event_index, new_context, screenshot
):
    take = screenshot("staff-community")
    page = new_context().new_page()
    sign_in_to_admin(page, staff)

    # 1. A grantee story that opens with a quote.
    create_story(page, story_index)
    take(page, "new-story")
    publish(page, STORY_TITLE)
    take(page, "story-published")
    view_live(page, STORY_TITLE)
    expect(page.get_by_text(STORY_QUOTE)).to_be_visible()
    expect_tagged_with_topic(page)
    take(page, "live-story")

    # 2. An upcoming event in Nairobi, with its country picked in a modal.
    create_event(page, event_index)
    take(page, "new-event")
    publish(page, EVENT_TITLE)
    view_live(page, EVENT_TITLE)
    expect(page.get_by_text("Nairobi, Kenya")).to_be_visible()
    expect_tagged_with_topic(page)
    take(page, "live-event")

    # 3. The topic's page gathers both.
    topic_link(page).click()
    expect(page).to_have_url(re.compile(f"{TOPIC_URL}$"))
    for title in (STORY_TITLE, EVENT_TITLE):
        expect(page.get_by_role("link", name=title)).to_be_visible()
    take(page, "topic-page")


def test_staff_publish_an_about_page_and_a_contact_form(staff, home_page, new_context, screenshot):
    """Standard and contact pages sit directly under the home page and carry no topics."""
    take = screenshot("staff-site-pages")
    page = new_context().new_page()
    sign_in_to_admin(page, staff)

    create_about_page(page, home_page)
    take(page, "new-about-page")
    publish(page, ABOUT_TITLE)
    view_live(page, ABOUT_TITLE)
    expect(page.get_by_text(ABOUT_INTRO)).to_be_visible()
    take(page, "live-about-page")

    create_contact_page(page, home_page)
    take(page, "new-contact-page")
    publish(page, CONTACT_TITLE)
    view_live(page, CONTACT_TITLE)
    expect(page.get_by_role("textbox", name=CONTACT_FIELD)).to_be_visible()
    expect(page.get_by_role("button", name="Send message")).to_be_visible()
    take(page, "live-contact-page")


def test_staff_give_a_page_an_image_whose_credit_shows(
    staff, home_page, workshop_image, new_context, screenshot
):
    """Staff pick a library image in the image chooser, and its credit goes with it to the live
    page. The form must hold one image input: with two, the chooser opens two modals and the
    empty input, posted last, drops the choice."""
    take = screenshot("staff-image")
    page = new_context().new_page()
    sign_in_to_admin(page, staff)

    create_about_page(page, home_page)
    image_inputs = page.locator("input[name=image]")
    assert image_inputs.count() == 1, "each field has one chooser, posting one value"
    choose_in_modal(page, "Choose an image", IMAGE_TITLE)
    take(page, "image-chosen")
    publish(page, ABOUT_TITLE)
    view_live(page, ABOUT_TITLE)
    figure = page.get_by_role("figure").filter(has_text=IMAGE_CREDIT)
    expect(figure.get_by_role("img", name=IMAGE_ALT)).to_be_visible()
    take(page, "live-page-with-image")

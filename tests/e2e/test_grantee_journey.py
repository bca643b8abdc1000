"""A grantee's journey in real browsers: staff invite them from the project's admin page, they
join from the emailed link and submit an update with an image, staff request changes through
Wagtail's workflow, the grantee resubmits, staff approve, and the update is on the public site.

Staff and grantee each have their own browser context (their own cookies), side by side."""

import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests import factories
from tests.e2e.helpers import sign_in_to_admin

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

GRANTEE_PASSWORD = "a-long-pass-phrase-9"
GRANTEE_EMAIL = "ana.lima@uni.example"
UPDATE_TITLE = "Fieldwork finished in three countries"
REVIEW_COMMENT = "Please name the partner organisation in the summary."
REVISED_SUMMARY = "Interviews with 120 young people, with our partner Mwangaza, are done."
IMAGE_ALT = "A bar chart of interviews by month"
IMAGE_CREDIT = "© Safer chats/Ana Lima"
LINK = re.compile(r"https?://\S+")


@pytest.fixture
def project(research_index):
    factories.TagFactory(name="online grooming")
    return factories.ResearchProjectPageFactory(parent=research_index, title="Safer chats")


@pytest.fixture
def chart_png(tmp_path):
    """A real PNG file, as a grantee would pick from their computer."""
    path = tmp_path / "fieldwork-chart.png"
    image = Image.new("RGB", (1200, 800), "#1f6f78")
    for x in range(100, 1100, 200):
        image.paste("#f2b134", (x, 800 - x // 2, x + 120, 780))
    image.save(path, "PNG")
    return path


def open_invitation_form(page, project):
    """The project's editor offers "Invite a grantee" in its header's Actions menu."""
    page.goto(f"/admin/pages/{project.pk}/edit/")
    header_actions = page.get_by_role("navigation", name="Actions", exact=True)
    header_actions.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Invite a grantee").click()
    expect(page.get_by_label("Project")).to_have_value(str(project.pk))


def choose_password(page):
    expect(page.get_by_label("Your name")).to_have_value("Ana Lima")
    page.get_by_label("New password (required)", exact=True).fill(GRANTEE_PASSWORD)
    page.get_by_label("New password confirmation").fill(GRANTEE_PASSWORD)


def write_update(page, image_path):
    page.get_by_label("Title (required)", exact=True).fill(UPDATE_TITLE)
    page.get_by_label("Date").fill("2026-11-20")
    page.get_by_label("Summary").fill("Interviews with 120 young people are done.")
    page.get_by_label("Body").fill(
        "We spoke to **120** young people.\n\n- Kenya\n- Peru\n- Viet Nam"
    )
    page.get_by_label("Image", exact=True).set_input_files(image_path)
    page.get_by_label("Image description (alt text)").fill(IMAGE_ALT)
    page.get_by_label("Image credit").fill(IMAGE_CREDIT)
    page.get_by_label("online grooming").check()


def open_review(page):
    """Staff find the submission on their dashboard, under the pages awaiting their review."""
    page.goto("/admin/")
    page.get_by_role("link", name=UPDATE_TITLE).first.click()
    expect(page.get_by_role("heading", name=UPDATE_TITLE)).to_be_visible()


def choose_workflow_action(page, label):
    """Workflow actions live in the editor's footer, behind the "More actions" toggle."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=label).click()


def submission_row(page):
    return page.get_by_role("row", name=re.compile(UPDATE_TITLE))


def test_invited_grantee_publishes_an_update_after_staff_review(
    staff, project, chart_png, mailoutbox, new_context, screenshot
):
    shot = screenshot("grantee")
    staff_page = new_context().new_page()
    grantee_page = new_context().new_page()

    # 1. Staff invite a grantee from the project's page in the admin.
    sign_in_to_admin(staff_page, staff)
    open_invitation_form(staff_page, project)
    staff_page.get_by_role("textbox", name="Email").fill("Ana.Lima@uni.example")
    staff_page.get_by_label("Name").fill("Ana Lima")
    staff_page.get_by_label("Role").select_option(label="Principal investigator")
    shot(staff_page, "staff-invite")
    staff_page.get_by_role("button", name="Send invitation").click()
    expect(staff_page.get_by_text(f"Invitation emailed to {GRANTEE_EMAIL}.")).to_be_visible()
    shot(staff_page, "staff-invitation-sent")

    # 2. The grantee follows the emailed link, chooses a password and lands on the portal.
    [invitation] = mailoutbox
    assert invitation.to == [GRANTEE_EMAIL]
    assert "Safer chats" in invitation.subject
    grantee_page.goto(LINK.search(invitation.body).group(0))
    choose_password(grantee_page)
    shot(grantee_page, "grantee-accepts-invitation")
    grantee_page.get_by_role("button", name="Create my account").click()
    expect(grantee_page).to_have_url(re.compile(r"/portal/$"))
    expect(grantee_page.get_by_text("Welcome. You now have access to Safer chats.")).to_be_visible()
    shot(grantee_page, "grantee-dashboard")

    # 3. The grantee writes an update with an image and a topic, and submits it for review.
    grantee_page.get_by_role("link", name="Write an update").click()
    write_update(grantee_page, chart_png)
    shot(grantee_page, "grantee-writes-update")
    grantee_page.get_by_role("button", name="Submit for review").click()
    expect(grantee_page).to_have_url(re.compile(r"/portal/$"))
    expect(submission_row(grantee_page).get_by_text("In review")).to_be_visible()
    shot(grantee_page, "grantee-update-in-review")

    # 4. Staff open the submission in Wagtail and request changes, with a comment.
    open_review(staff_page)
    choose_workflow_action(staff_page, "Request changes")
    dialog = staff_page.get_by_role("dialog")
    dialog.get_by_label("Comment").fill(REVIEW_COMMENT)
    shot(staff_page, "staff-requests-changes")
    dialog.get_by_role("button", name="Request changes").click()
    expect(staff_page.get_by_text(f"Page '{UPDATE_TITLE}' has been updated.")).to_be_visible()
    shot(staff_page, "staff-changes-requested")

    # 5. The grantee reads the comment (emailed and on the dashboard), edits and resubmits.
    changes_requested = mailoutbox[-1]
    assert changes_requested.to == [GRANTEE_EMAIL]
    assert changes_requested.subject == f"Changes requested on “{UPDATE_TITLE}”"
    assert REVIEW_COMMENT in changes_requested.body
    assert REVIEW_COMMENT in changes_requested.alternatives[0].content
    grantee_page.reload()
    expect(submission_row(grantee_page).get_by_text("Changes requested")).to_be_visible()
    expect(submission_row(grantee_page).get_by_text(REVIEW_COMMENT)).to_be_visible()
    shot(grantee_page, "grantee-sees-changes-requested")
    submission_row(grantee_page).get_by_role("link", name=f"Edit {UPDATE_TITLE}").click()
    expect(grantee_page.get_by_text(REVIEW_COMMENT)).to_be_visible()
    grantee_page.get_by_label("Summary").fill(REVISED_SUMMARY)
    shot(grantee_page, "grantee-edits-update")
    grantee_page.get_by_role("button", name="Resubmit for review").click()
    expect(submission_row(grantee_page).get_by_text("In review")).to_be_visible()
    shot(grantee_page, "grantee-resubmitted")

    # 6. Staff approve, which publishes the update; the grantee hears and sees it.
    open_review(staff_page)
    summary = staff_page.get_by_role("textbox", name=re.compile("^Summary"))
    expect(summary).to_have_value(REVISED_SUMMARY)
    choose_workflow_action(staff_page, re.compile("Approve and publish", re.IGNORECASE))
    expect(staff_page.get_by_text(f"Page '{UPDATE_TITLE}' has been updated.")).to_be_visible()
    shot(staff_page, "staff-approves")
    assert mailoutbox[-1].subject == f"Published: “{UPDATE_TITLE}”"
    grantee_page.reload()
    expect(submission_row(grantee_page).get_by_text("Published")).to_be_visible()
    shot(grantee_page, "grantee-sees-published")

    # 7. The update is in the public project's timeline, and its own page credits the image.
    grantee_page.get_by_role("link", name="View the project page").click()
    timeline = grantee_page.get_by_role("region", name="Project updates")
    expect(timeline.get_by_role("link", name=UPDATE_TITLE)).to_be_visible()
    expect(timeline.get_by_text(REVISED_SUMMARY)).to_be_visible()
    shot(grantee_page, "public-project-timeline")
    timeline.get_by_role("link", name=UPDATE_TITLE).click()
    expect(grantee_page.get_by_role("heading", name=UPDATE_TITLE)).to_be_visible()
    figure = grantee_page.get_by_role("figure").filter(has_text=IMAGE_CREDIT)
    image = figure.get_by_role("img", name=IMAGE_ALT)
    expect(image).to_be_visible()
    # the image loads (complete, with pixels), waited for as a browser may still be fetching it
    expect(image).to_have_js_property("complete", True)
    expect(image).not_to_have_js_property("naturalWidth", 0)
    shot(grantee_page, "public-update-with-its-image")
    shot(grantee_page, "public-update-page")

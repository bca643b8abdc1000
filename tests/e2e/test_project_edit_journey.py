"""A grantee proposes an edit to their project's public page in a real browser: they change
only the summary in the portal's form (whose blank "New output" and "New contact" rows the
browser submits too) and send it for review; staff then see exactly that change, and nothing
else, between the live page and the proposal."""

import re

import pytest
from playwright.sync_api import expect
from wagtail_factories import DocumentFactory

from research.models import ProjectContact, ProjectOutput, ResearchProjectPage
from tests import factories
from tests.community.helpers import editable_content
from tests.e2e.helpers import grantee_on, sign_in_to_admin, sign_in_to_portal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PROJECT = "Safer chats"
NEW_SUMMARY = "How young people in Kenya, Peru and Viet Nam keep each other safe in group chats."


@pytest.fixture
def project(research_index):
    """A live project with outputs (one a link, one a document) and a contact."""
    project = factories.ResearchProjectPageFactory(
        parent=research_index, title=PROJECT, website="https://safer-chats.example"
    )
    ProjectOutput.objects.create(
        project=project, title="Pilot findings", kind="report", url="https://ex.org/p", year=2025
    )
    ProjectOutput.objects.create(
        project=project, title="Interview guide", kind="tool", document=DocumentFactory()
    )
    ProjectContact.objects.create(
        project=project, name="Dr Amina Kamau", role="Lead", email="amina@uni.example"
    )
    project.save_revision().publish()
    return project


def test_a_grantee_proposes_a_new_summary_and_staff_see_only_that_change(
    staff, project, new_context, screenshot
):
    shot = screenshot("project-edit")
    grantee = grantee_on(project, "ana.lima@uni.example", "Ana Lima")
    grantee_page = new_context().new_page()
    staff_page = new_context().new_page()

    # 1. The grantee opens the project form from the dashboard: the page's outputs and contact,
    #    then blank rows for a new output and a new contact.
    sign_in_to_portal(grantee_page, grantee)
    grantee_page.get_by_role("link", name="Propose edits to the project page").click()
    expect(grantee_page.get_by_text("New output").first).to_be_visible()
    expect(grantee_page.get_by_text("New contact")).to_be_visible()
    expect(grantee_page.get_by_role("textbox", name="Title").first).to_have_value("Pilot findings")

    # 2. They change only the summary and send the form as it stands.
    grantee_page.get_by_label("Summary").fill(NEW_SUMMARY)
    shot(grantee_page, "grantee-changes-summary")
    grantee_page.get_by_role("button", name="Send for review").click()
    expect(grantee_page).to_have_url(re.compile(r"/portal/$"))
    expect(grantee_page.get_by_text("Your changes are with the Safe Online team.")).to_be_visible()
    shot(grantee_page, "grantee-sent-for-review")

    # 3. The proposal differs from the live page in the summary alone; the live page is as was.
    live = ResearchProjectPage.objects.get(pk=project.pk)
    proposed = live.get_latest_revision_as_object()
    assert editable_content(proposed) == {**editable_content(live), "summary": NEW_SUMMARY}
    assert live.summary == project.summary

    # 4. Staff compare the live page with the proposal in the admin: only the summary changed.
    sign_in_to_admin(staff_page, staff)
    staff_page.goto(f"/admin/pages/{project.pk}/revisions/compare/live...latest/")
    changes = staff_page.locator("main tbody tr")
    expect(changes).to_have_count(1)
    expect(changes.get_by_text("Summary")).to_be_visible()
    expect(changes.get_by_text(NEW_SUMMARY)).to_be_visible()
    shot(staff_page, "staff-compares-proposal")

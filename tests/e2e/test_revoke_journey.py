"""Staff end a grantee's access in real browsers: from the project's page in the admin they open
its grantee access, revoke one person after a confirmation page, and that person's very next
request in their own browser no longer finds the project. The project's history says who
revoked whom.

Staff and grantee each have their own browser context (their own cookies), side by side."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.e2e.helpers import grantee_on, sign_in_to_admin, sign_in_to_portal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PROJECT = "Safer chats"


@pytest.fixture
def project(research_index):
    return factories.ResearchProjectPageFactory(parent=research_index, title=PROJECT)


@pytest.fixture
def grantee(project):
    return grantee_on(project, "ana.lima@uni.example", "Ana Lima")


@pytest.fixture
def colleague(project):
    return grantee_on(project, "bo.chen@uni.example", "Bo Chen")


def open_grantee_access(page, project):
    """The project's editor offers "Grantee access" in its header's Actions menu."""
    page.goto(f"/admin/pages/{project.pk}/edit/")
    header_actions = page.get_by_role("navigation", name="Actions", exact=True)
    header_actions.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Grantee access").click()
    expect(page.get_by_role("heading", name="Grantee access")).to_be_visible()


def access_row(page, grantee):
    return page.get_by_role("row").filter(has_text=grantee.email)


def test_staff_revoke_a_grantee_who_then_loses_the_project_on_their_next_request(
    staff, project, grantee, colleague, new_context, screenshot
):
    shot = screenshot("revoke")
    staff_page = new_context().new_page()
    grantee_page = new_context().new_page()
    project_url = f"/portal/projects/{project.pk}/updates/new/"

    # 1. The grantee is signed in to the portal and working on the project.
    sign_in_to_portal(grantee_page, grantee)
    expect(grantee_page.get_by_role("heading", name=PROJECT)).to_be_visible()
    assert grantee_page.goto(project_url).status == 200

    # 2. Staff open the project's grantee access from its page in the admin.
    sign_in_to_admin(staff_page, staff)
    open_grantee_access(staff_page, project)
    expect(access_row(staff_page, colleague)).to_be_visible()
    shot(staff_page, "staff-grantee-access")

    # 3. Staff revoke one grantee, after a confirmation page that names them and the project.
    access_row(staff_page, grantee).get_by_role("link", name="Revoke access").click()
    expect(staff_page.get_by_text(f"Ana Lima ({grantee.email}) will lose access")).to_be_visible()
    expect(staff_page.get_by_text(PROJECT, exact=True)).to_be_visible()
    shot(staff_page, "staff-confirms-revoke")
    staff_page.get_by_role("button", name="Yes, revoke access").click()
    expect(staff_page).to_have_url(re.compile(rf"/admin/grantees/access/\?project={project.pk}$"))
    expect(
        staff_page.get_by_text(f"{grantee.email} no longer has access to {PROJECT}.")
    ).to_be_visible()
    revoked = access_row(staff_page, grantee)
    expect(revoked.get_by_text("Revoked", exact=True)).to_be_visible()
    expect(revoked.get_by_role("link", name="Revoke access")).to_have_count(0)
    colleague_row = access_row(staff_page, colleague)
    expect(colleague_row.get_by_role("link", name="Revoke access")).to_be_visible()
    shot(staff_page, "staff-sees-revoked")

    # 4. The grantee's next request no longer finds the project.
    assert grantee_page.goto(project_url).status == 404
    grantee_page.goto("/portal/")
    expect(grantee_page.get_by_role("heading", name=PROJECT)).to_have_count(0)
    expect(grantee_page.get_by_text("You do not have access to any project")).to_be_visible()
    shot(grantee_page, "grantee-dashboard-after-revoke")

    # 5. The project's history records the revocation, by whom and of whom.
    staff_page.goto(f"/admin/pages/{project.pk}/history/")
    entry = staff_page.get_by_role("row").filter(
        has_text=f"Revoked grantee access for {grantee.email}"
    )
    expect(entry).to_be_visible()
    expect(entry.get_by_text("Camila")).to_be_visible()
    shot(staff_page, "staff-project-history")

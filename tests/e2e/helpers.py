"""Helpers the browser tests share: the repository's folder, and signing staff and grantees in."""

import re
from pathlib import Path

from community import access
from community.models import Invitation

REPOSITORY = Path(__file__).resolve().parents[2]
STAFF_PASSWORD = "comms-pass-phrase-4"
GRANTEE_PASSWORD = "a-long-pass-phrase-9"


def sign_in_to_admin(page, staff):
    from playwright.sync_api import expect  # as in `browser`: only once a browser test runs

    page.goto("/admin/login/")
    page.get_by_label("Username").fill(staff.username)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def grantee_on(project, email, name):
    """A grantee who joined `project` by accepting an invitation, as real ones do."""
    invitation = Invitation.objects.create(project=project, email=email, name=name)
    return access.accept(invitation, password=GRANTEE_PASSWORD)


def sign_in_to_portal(page, grantee):
    from playwright.sync_api import expect

    page.goto("/portal/sign-in/")
    page.get_by_label("Username").fill(grantee.email)
    page.get_by_label("Password").fill(GRANTEE_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/portal/$"))

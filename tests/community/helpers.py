"""Helpers the portal's tests share, in the browser and out of it."""

import datetime

from django.test import Client

from community import access
from community.models import Invitation

PASSWORD = "correct horse battery staple"


def make_grantee(project, email):
    invitation = Invitation.objects.create(project=project, email=email, name="Test Grantee")
    return access.accept(invitation, password=PASSWORD)


def signed_in(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def update_fields(**overrides):
    """What save_update takes, as the update form's page_fields would give it."""
    return {
        "title": "A project update",
        "date": datetime.date(2024, 6, 1),
        "summary": "What happened this quarter.",
        "body": "<p>The details.</p>",
        "image": None,
        "tags": [],
        "documents": [],
        **overrides,
    }


def approve(page, reviewer):
    """Staff approve the page's review task, which publishes the submitted revision."""
    page.refresh_from_db()
    page.current_workflow_state.current_task_state.approve(user=reviewer)


def editable_content(page):
    """What the portal's project form can change, to compare a proposal with the live page."""
    return {
        "summary": page.summary,
        "website": page.website,
        "outputs": [
            (output.title, output.kind, output.url, output.year, output.document_id)
            for output in page.outputs.all()
        ],
        "contacts": [
            (contact.name, contact.role, contact.organisation, contact.email)
            for contact in page.contacts.all()
        ],
    }

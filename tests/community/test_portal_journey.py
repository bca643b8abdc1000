"""The grantee journey through the portal's views, from invitation to a published update."""

import datetime
import io
import re

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.http import HttpRequest
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.models import PageLogEntry

from community.models import Invitation, ProjectMembership
from research.models import ProjectContact, ProjectOutput, ProjectUpdatePage, ResearchProjectPage
from tests import factories
from tests.community.helpers import editable_content


@pytest.fixture
def step(django_capture_on_commit_callbacks):
    """Wraps one step of a journey; the emails it queues on commit are sent as it ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def review(page, staff, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, staff, action, comment=comment)


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-editor-1")


@pytest.fixture
def project(research_index):
    return factories.ResearchProjectPageFactory(parent=research_index, title="Safer chats")


def png_upload(name="chart.png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def link_in(message):
    return re.search(r"http://[^\s\"<]+", message.body).group(0).replace("http://testserver", "")


def invite(client, staff, project, step, email="ana@uni.example"):
    client.force_login(staff)
    with step():
        response = client.post(
            reverse("grantee_invitations:add"),
            {"project": project.pk, "email": email, "name": "Ana Lima", "role": "lead"},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return mail.outbox[-1]


PASSWORD = "a-long-pass-phrase-9"  # noqa: S105


def accept(client, invitation_email, password=PASSWORD):
    url = link_in(invitation_email)
    return client.post(
        url, {"name": "Ana Lima", "new_password1": password, "new_password2": password}
    )


def update_data(**overrides):
    data = {
        "title": "Fieldwork finished",
        "date": "2026-11-20",
        "summary": "Interviews done in three countries.",
        "body": "We spoke to **120** young people.\n\n- Kenya\n- Peru",
        "image_alt": "",
        "image_credit": "",
        "document_title": "",
        "action": "save",
    }
    return {**data, **overrides}


@pytest.fixture
def settings_for_mail(settings):
    settings.SITE_URL = "http://testserver"
    return settings


def test_staff_invitation_emails_a_single_use_link_that_sets_a_password(
    client, staff, project, step, settings_for_mail
):
    email = invite(client, staff, project, step)
    assert email.to == ["ana@uni.example"]
    assert "Safer chats" in email.subject

    response = accept(client, email)

    assert response.status_code == 302
    assert response.url == reverse("community:dashboard")
    user = get_user_model().objects.get(email="ana@uni.example")
    assert not user.is_staff
    assert not user.has_perm("wagtailadmin.access_admin")
    assert ProjectMembership.objects.active().filter(user=user, project=project).exists()
    client.logout()
    assert client.get(link_in(email)).status_code == 410  # used once, never again


def test_a_tampered_invitation_link_gets_an_explanation(client, db):
    response = client.get(reverse("community:accept_invitation", args=["12:abc:def"]))
    assert response.status_code == 400
    assert "incomplete or has been altered" in response.content.decode()


def test_an_expired_invitation_link_gets_an_explanation(
    client, staff, project, step, settings_for_mail, settings
):
    email = invite(client, staff, project, step)
    settings.GRANTEE_INVITATION_DAYS = 0
    response = client.get(link_in(email))
    assert response.status_code == 410
    assert "has run out" in response.content.decode()


def test_an_existing_account_joins_another_project_by_signing_in(
    client, staff, project, research_index, step, settings_for_mail
):
    accept(client, invite(client, staff, project, step))
    second = factories.ResearchProjectPageFactory(parent=research_index, title="Second study")
    client.logout()
    email = invite(client, staff, second, step)
    assert "Sign in to accept" in client.get(link_in(email)).content.decode()

    client.login(request=HttpRequest(), username="ana@uni.example", password="a-long-pass-phrase-9")
    client.post(link_in(email))

    user = get_user_model().objects.get(email="ana@uni.example")
    assert set(
        ProjectMembership.objects.filter(user=user).values_list("project__title", flat=True)
    ) == {
        "Safer chats",
        "Second study",
    }


def test_update_goes_from_draft_through_changes_requested_to_live(
    client, staff, project, step, settings_for_mail
):
    accept(client, invite(client, staff, project, step))
    grantee = get_user_model().objects.get(email="ana@uni.example")

    response = client.post(
        reverse("community:new_update", args=[project.pk]),
        update_data(image=png_upload(), image_alt="A bar chart", image_credit="© Team"),
    )
    update = ProjectUpdatePage.objects.child_of(project).get()
    assert response.status_code == 302
    assert not update.live
    assert update.owner == grantee
    assert update.get_latest_revision_as_object().image.credit == "© Team"

    edit_url = reverse("community:edit_update", args=[project.pk, update.pk])
    client.post(edit_url, update_data(action="submit"))
    dashboard = client.get(reverse("community:dashboard")).content.decode()
    assert "In review" in dashboard
    assert update.current_workflow_state.workflow.name == "Grantee update review"

    with step():
        review(update, staff, "reject", "Please name the partner.")
    assert "Changes requested" in mail.outbox[-1].subject
    assert "Please name the partner." in mail.outbox[-1].body
    dashboard = client.get(reverse("community:dashboard")).content.decode()
    assert "Changes requested" in dashboard
    assert "Please name the partner." in dashboard

    client.post(edit_url, update_data(summary="With our partner, Mwangaza.", action="submit"))
    with step():
        review(update, staff, "approve")

    update.refresh_from_db()
    assert update.live
    assert update.summary == "With our partner, Mwangaza."
    assert "Published" in mail.outbox[-1].subject
    public = client.get(project.url).content.decode()
    assert "Fieldwork finished" in public
    dashboard = client.get(reverse("community:dashboard")).content.decode()
    assert "Published" in dashboard
    assert "Please name the partner." not in dashboard  # the request was dealt with


def test_validation_error_keeps_what_was_typed(client, staff, project, step, settings_for_mail):
    accept(client, invite(client, staff, project, step))
    response = client.post(
        reverse("community:new_update", args=[project.pk]),
        update_data(title="", body="A long body the grantee must not lose."),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert "A long body the grantee must not lose." in html
    assert not ProjectUpdatePage.objects.child_of(project).exists()


def test_proposed_project_edits_leave_the_live_page_alone_until_approved(
    client, staff, project, step, settings_for_mail
):
    accept(client, invite(client, staff, project, step))
    data = {
        "summary": "A sharper summary.",
        "website": "https://safer-chats.example",
        "outputs-TOTAL_FORMS": "1",
        "outputs-INITIAL_FORMS": "0",
        "outputs-0-title": "Baseline report",
        "outputs-0-kind": "report",
        "outputs-0-url": "https://safer-chats.example/baseline.pdf",
        "outputs-0-year": "2026",
        "contacts-TOTAL_FORMS": "1",
        "contacts-INITIAL_FORMS": "0",
        "contacts-0-name": "Ana Lima",
        "contacts-0-role": "Principal investigator",
        "contacts-0-organisation": "",
        "contacts-0-email": "",
    }
    response = client.post(reverse("community:edit_project", args=[project.pk]), data)
    assert response.status_code == 302

    project.refresh_from_db()
    assert project.summary != "A sharper summary."
    assert "Baseline report" not in client.get(project.url).content.decode()

    review(project, staff, "approve")
    project.refresh_from_db()
    assert project.summary == "A sharper summary."
    assert list(project.outputs.values_list("title", flat=True)) == ["Baseline report"]


def test_every_grantee_step_is_in_the_audit_log(client, staff, project, step, settings_for_mail):
    accept(client, invite(client, staff, project, step))
    client.post(reverse("community:new_update", args=[project.pk]), update_data(action="submit"))
    update = ProjectUpdatePage.objects.child_of(project).get()

    project_actions = set(
        PageLogEntry.objects.filter(page=project).values_list("action", flat=True)
    )
    update_actions = set(PageLogEntry.objects.filter(page=update).values_list("action", flat=True))
    assert {"community.invite", "community.join"} <= project_actions
    assert {"wagtail.create", "wagtail.workflow.start"} <= update_actions
    grantee = get_user_model().objects.get(email="ana@uni.example")
    assert PageLogEntry.objects.filter(page=update, user=grantee).count() >= 2


def test_revoked_grantee_loses_the_project_on_the_next_request(
    client, staff, project, step, settings_for_mail
):
    accept(client, invite(client, staff, project, step))
    url = reverse("community:new_update", args=[project.pk])
    assert client.get(url).status_code == 200

    membership = ProjectMembership.objects.get(project=project)
    staff_client = client_class_login(staff)
    staff_client.post(reverse("grantee_access:revoke", args=[membership.pk]))

    assert client.get(url).status_code == 404
    assert "Safer chats" not in client.get(reverse("community:dashboard")).content.decode()
    assert Invitation.objects.get().accepted_at is not None


def client_class_login(user):
    from django.test import Client

    other = Client()
    other.force_login(user)
    return other


def test_an_approved_update_goes_into_the_next_digest_of_members_on_its_theme(
    client, staff, project, step, settings_for_mail
):
    from newsletter.models import Delivery
    from newsletter.planning import plan
    from tests.newsletter.factories import MailingFactory, SubscriberFactory

    theme = factories.DigestThemeFactory(name="Grooming", topics__name="grooming")
    on_theme, off_theme = SubscriberFactory(themes=[theme]), SubscriberFactory(themes=[])
    accept(client, invite(client, staff, project, step))
    client.post(
        reverse("community:new_update", args=[project.pk]),
        update_data(tags=["grooming"], action="submit"),
    )
    update = ProjectUpdatePage.objects.child_of(project).get()
    review(update, staff, "approve")
    update.refresh_from_db()
    window = datetime.timedelta(hours=1)
    edition = MailingFactory(
        cadence="monthly",
        period_start=update.first_published_at - window,
        period_end=update.first_published_at + window,
    )

    plan(edition.pk)

    member_row = Delivery.objects.get(mailing=edition, subscriber=on_theme)
    assert update.pk in member_row.segment.page_ids
    assert not Delivery.objects.filter(mailing=edition, subscriber=off_theme, segment__isnull=False)


def test_the_project_form_starts_from_the_pages_current_outputs_and_contacts(
    client, staff, project, step, settings_for_mail
):
    ProjectOutput.objects.create(
        project=project, title="Pilot findings", kind="report", url="https://ex.org/p"
    )
    ProjectContact.objects.create(project=project, name="Dr Kamau", role="Lead")
    project.save_revision().publish()
    accept(client, invite(client, staff, project, step))

    html = client.get(reverse("community:edit_project", args=[project.pk])).content.decode()

    assert 'value="Pilot findings"' in html
    assert 'value="https://ex.org/p"' in html
    assert 'value="Dr Kamau"' in html
    assert project.summary in html


def what_a_browser_sends(html, field_in_form):
    """The form holding `field_in_form` as a browser submits it untouched: each input's value
    (checkboxes only when ticked), each textarea's text, each dropdown's selected option or,
    with none selected, its first."""
    field = BeautifulSoup(html, "html.parser").find(attrs={"name": field_in_form})
    form = field.find_parent("form")
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        if field.name == "textarea":
            data[field["name"]] = field.text.removeprefix("\n")  # as browsers read it
        elif field.name == "select":
            option = field.find("option", selected=True) or field.find("option")
            data[field["name"]] = option["value"]
        elif field.get("type") != "checkbox":
            data[field["name"]] = field.get("value", "")
        elif field.has_attr("checked"):
            data[field["name"]] = field.get("value", "on")
    return data


@pytest.fixture
def project_with_outputs(project):
    ProjectOutput.objects.create(
        project=project, title="Pilot findings", kind="report", url="https://ex.org/p", year=2025
    )
    ProjectOutput.objects.create(
        project=project,
        title="Interview guide",
        kind="tool",
        document=wagtail_factories.DocumentFactory(),
    )
    ProjectContact.objects.create(project=project, name="Dr Kamau", role="Lead")
    project.save_revision().publish()
    return project


def test_a_browser_submission_changing_only_the_summary_proposes_only_that_change(
    client, staff, project_with_outputs, step, settings_for_mail
):
    project = project_with_outputs
    accept(client, invite(client, staff, project, step))
    url = reverse("community:edit_project", args=[project.pk])
    data = what_a_browser_sends(client.get(url).content.decode(), "summary")
    assert data["outputs-2-kind"] == "publication"  # a blank new row still sends its dropdown

    response = client.post(url, {**data, "summary": "A sharper summary."})

    assert response.status_code == 302, response.content.decode()
    live = ResearchProjectPage.objects.get(pk=project.pk)
    proposed = live.get_latest_revision_as_object()
    assert editable_content(proposed) == {
        **editable_content(live),
        "summary": "A sharper summary.",
    }


def test_a_new_output_with_a_title_but_no_link_is_refused(
    client, staff, project_with_outputs, step, settings_for_mail
):
    accept(client, invite(client, staff, project_with_outputs, step))
    url = reverse("community:edit_project", args=[project_with_outputs.pk])
    data = what_a_browser_sends(client.get(url).content.decode(), "summary")

    response = client.post(url, {**data, "outputs-2-title": "Final report"})

    assert response.status_code == 200
    assert "Give the output a link." in response.content.decode()


def test_a_new_contact_without_a_name_is_refused(
    client, staff, project_with_outputs, step, settings_for_mail
):
    accept(client, invite(client, staff, project_with_outputs, step))
    url = reverse("community:edit_project", args=[project_with_outputs.pk])
    data = what_a_browser_sends(client.get(url).content.decode(), "summary")

    response = client.post(url, {**data, "contacts-1-role": "Data officer"})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_a_removed_output_is_left_out_of_the_proposal(
    client, staff, project_with_outputs, step, settings_for_mail
):
    accept(client, invite(client, staff, project_with_outputs, step))
    url = reverse("community:edit_project", args=[project_with_outputs.pk])
    data = what_a_browser_sends(client.get(url).content.decode(), "summary")

    client.post(url, {**data, "outputs-0-DELETE": "on"})

    project_with_outputs.refresh_from_db()
    proposed = project_with_outputs.get_latest_revision_as_object()
    assert [output.title for output in proposed.outputs.all()] == ["Interview guide"]

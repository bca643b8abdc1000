"""Whatever a grantee types or uploads reaches the public site, the admin and emails as text,
never as markup; uploads are judged by their contents, not by their names."""

import io

import pytest
from django.template.defaultfilters import filesizeformat
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape
from PIL import Image

from home.models import CustomImage
from research.models import ProjectUpdatePage
from tests.community.helpers import approve, make_grantee, signed_in

pytestmark = pytest.mark.django_db

PAYLOADS = {
    "script-tag": '<script>alert("{}")</script>',
    "attribute-break": '"><img src=x onerror=alert("{}")>',
}
RAW_MARKUP = ("<script>alert(", "<img src=x onerror=")
FILE_NAME_PAYLOAD = "<img src=x onerror=alert(1)>"  # no quotes or slashes: it must survive upload

UPDATE_FIELDS = ("title", "summary", "body", "image_alt", "image_credit", "document_title")
PROJECT_FIELDS = ("summary", "output_title", "contact_name", "contact_role", "contact_org")

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def png_bytes(size=(8, 8)):
    buffer = io.BytesIO()
    Image.effect_noise(size, 64).convert("RGB").save(buffer, "PNG")
    return buffer.getvalue()


def named_file(name, content):
    file = io.BytesIO(content)
    file.name = name
    return file


def escaped_forms(text):
    """The ways a serializer may write `text` as inert HTML: Django's escape, or escaping only
    what must be (html5ever, which the email CSS inliner uses, leaves quotes in text alone)."""
    minimal = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return {escape(text), minimal}


def assert_shown_only_as_text(html, values):
    for marker in RAW_MARKUP:
        assert marker not in html
    for value in values:
        assert any(form in html for form in escaped_forms(value)), value


@pytest.fixture(params=PAYLOADS.values(), ids=PAYLOADS.keys())
def payload(request):
    return request.param


def hostile(payload, fields):
    return [payload.format(field) for field in fields]


def update_form_data(**overrides):
    fields = {"title": "Field visit", "date": "2024-06-01", "summary": "We met the team."}
    return {**fields, **overrides}


def post_update(grantee, project, data):
    return signed_in(grantee).post(reverse("community:new_update", args=[project.pk]), data)


@pytest.fixture
def publish_reviewed(staff, django_capture_on_commit_callbacks):
    """Staff approve a submission; the review-outcome email goes out as it would on commit."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            approve(page, staff)
        page.refresh_from_db()
        return page

    return publish


@pytest.fixture
def submitted_hostile_update(payload, project_a, grantee_a):
    """An update with the payload in every text field, submitted for review."""
    data = update_form_data(
        **dict(zip(UPDATE_FIELDS, hostile(payload, UPDATE_FIELDS), strict=True)),
        image=named_file("chart.png", png_bytes()),
        document=named_file("report.pdf", MINIMAL_PDF),
        action="submit",
    )
    assert post_update(grantee_a, project_a, data).status_code == 302
    return ProjectUpdatePage.objects.child_of(project_a).get()


@pytest.fixture
def hostile_update(submitted_hostile_update, publish_reviewed):
    return publish_reviewed(submitted_hostile_update)


ADMIN_REVIEW_VIEWS = {
    "home": (lambda update: reverse("wagtailadmin_home"), ["title"]),
    "explorer": (
        lambda update: reverse("wagtailadmin_explore", args=[update.get_parent().pk]),
        ["title"],
    ),
    "edit": (
        lambda update: reverse("wagtailadmin_pages:edit", args=[update.pk]),
        ["title", "summary", "document_title"],
    ),
    "history": (
        lambda update: reverse("wagtailadmin_pages:workflow_history", args=[update.pk]),
        ["title"],
    ),
}


@pytest.mark.parametrize("view", ADMIN_REVIEW_VIEWS)
def test_admin_shows_hostile_submission_as_text_while_staff_review_it(
    payload, staff, submitted_hostile_update, view
):
    url, fields = ADMIN_REVIEW_VIEWS[view]

    response = signed_in(staff).get(url(submitted_hostile_update))

    assert response.status_code == 200
    assert_shown_only_as_text(response.content.decode(), hostile(payload, fields))


def test_public_update_page_shows_hostile_input_as_text(client, payload, hostile_update):
    html = client.get(hostile_update.url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, UPDATE_FIELDS))


def test_public_project_timeline_shows_hostile_update_as_text(
    client, payload, project_a, hostile_update
):
    html = client.get(project_a.url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, ["title", "summary"]))


def test_admin_edit_page_shows_hostile_update_as_text(payload, staff, hostile_update):
    url = reverse("wagtailadmin_pages:edit", args=[hostile_update.pk])

    html = signed_in(staff).get(url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, ["title", "summary", "document_title"]))


def test_review_email_shows_hostile_title_as_text(payload, grantee_a, hostile_update, mailoutbox):
    [email] = [message for message in mailoutbox if message.to == [grantee_a.email]]
    [(html, mimetype)] = email.alternatives

    assert mimetype == "text/html"
    assert_shown_only_as_text(html, hostile(payload, ["title"]))


def test_every_html_email_sent_shows_hostile_input_as_text(hostile_update, mailoutbox):
    html_parts = [content for email in mailoutbox for content, _ in email.alternatives]

    assert html_parts
    for html in html_parts:
        assert_shown_only_as_text(html, [])


def test_teammates_dashboard_shows_hostile_title_as_text(payload, project_a, hostile_update):
    teammate = make_grantee(project_a, "tam@example.org")

    html = signed_in(teammate).get(reverse("community:dashboard")).content.decode()

    assert_shown_only_as_text(html, hostile(payload, ["title"]))


def test_portal_edit_form_shows_hostile_update_as_text(
    payload, project_a, grantee_a, hostile_update
):
    url = reverse("community:edit_update", args=[project_a.pk, hostile_update.pk])

    html = signed_in(grantee_a).get(url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, UPDATE_FIELDS))


def test_portal_preview_shows_hostile_update_as_text(payload, project_a, grantee_a, hostile_update):
    url = reverse("community:preview_update", args=[project_a.pk, hostile_update.pk])

    html = signed_in(grantee_a).get(url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, UPDATE_FIELDS))


def test_line_break_in_a_title_cannot_add_email_headers_or_stop_the_review_email(
    project_a, grantee_a, publish_reviewed, mailoutbox
):
    data = update_form_data(title="Field visit\r\nBcc: someone@example.net", action="submit")
    assert post_update(grantee_a, project_a, data).status_code == 302

    publish_reviewed(ProjectUpdatePage.objects.child_of(project_a).get())

    [email] = [message for message in mailoutbox if grantee_a.email in message.to]
    assert email.recipients() == [grantee_a.email]
    assert "\n" not in email.subject
    assert email.message()["Bcc"] is None


@pytest.fixture
def hostile_project_edit(payload, project_a, grantee_a, publish_reviewed):
    """Edits to the project page with the payload in every text field, approved by staff."""
    summary, output_title, name, role, organisation = hostile(payload, PROJECT_FIELDS)
    data = {
        "summary": summary,
        "website": "",
        "outputs-TOTAL_FORMS": "1",
        "outputs-INITIAL_FORMS": "0",
        "outputs-0-title": output_title,
        "outputs-0-kind": "report",
        "outputs-0-url": "https://example.org/report",
        "outputs-0-year": "2024",
        "contacts-TOTAL_FORMS": "1",
        "contacts-INITIAL_FORMS": "0",
        "contacts-0-name": name,
        "contacts-0-role": role,
        "contacts-0-organisation": organisation,
        "contacts-0-email": "",
    }
    url = reverse("community:edit_project", args=[project_a.pk])
    assert signed_in(grantee_a).post(url, data).status_code == 302
    return publish_reviewed(project_a)


def test_public_project_page_shows_hostile_edits_as_text(client, payload, hostile_project_edit):
    html = client.get(hostile_project_edit.url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, PROJECT_FIELDS))


def test_admin_edit_page_shows_hostile_project_edits_as_text(payload, staff, hostile_project_edit):
    url = reverse("wagtailadmin_pages:edit", args=[hostile_project_edit.pk])

    html = signed_in(staff).get(url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, PROJECT_FIELDS))


def test_portal_project_form_shows_hostile_edits_as_text(payload, grantee_a, hostile_project_edit):
    url = reverse("community:edit_project", args=[hostile_project_edit.pk])

    html = signed_in(grantee_a).get(url).content.decode()

    assert_shown_only_as_text(html, hostile(payload, PROJECT_FIELDS))


def test_project_review_email_carries_no_markup_from_the_edits(
    grantee_a, hostile_project_edit, mailoutbox
):
    [email] = [message for message in mailoutbox if message.to == [grantee_a.email]]

    assert_shown_only_as_text(email.alternatives[0][0], [])


# Hostile file names


@pytest.fixture
def update_with_hostile_file_names(project_a, grantee_a, publish_reviewed):
    """An image and a PDF whose names are markup; the document title is left to the name."""
    data = update_form_data(
        image=named_file(f"{FILE_NAME_PAYLOAD}.png", png_bytes()),
        image_alt="A chart",
        image_credit="© The team",
        document=named_file(f"{FILE_NAME_PAYLOAD}.pdf", MINIMAL_PDF),
        document_title="",
        action="submit",
    )
    assert post_update(grantee_a, project_a, data).status_code == 302
    return publish_reviewed(ProjectUpdatePage.objects.child_of(project_a).get())


def test_uploaded_files_are_stored_under_names_without_markup(update_with_hostile_file_names):
    document = update_with_hostile_file_names.documents.get().document
    stored = [update_with_hostile_file_names.image.file.name, document.file.name]

    for name in stored:
        assert "<" not in name
        assert ">" not in name


def test_document_named_after_a_hostile_file_name_shows_it_as_text_on_the_public_page(
    client, update_with_hostile_file_names
):
    html = client.get(update_with_hostile_file_names.url).content.decode()

    assert_shown_only_as_text(html, [FILE_NAME_PAYLOAD])


def test_document_named_after_a_hostile_file_name_shows_it_as_text_in_the_admin(
    staff, update_with_hostile_file_names
):
    url = reverse("wagtailadmin_pages:edit", args=[update_with_hostile_file_names.pk])

    html = signed_in(staff).get(url).content.decode()

    assert_shown_only_as_text(html, [FILE_NAME_PAYLOAD])


# Links in the body


@pytest.mark.parametrize(
    "body",
    [
        "[click me](javascript:alert(1))",
        '[click me](https://example.org" onmouseover="alert(1))',
        'https://example.org/" onmouseover="alert(1)',
    ],
    ids=["javascript-scheme", "quote-in-link", "quote-in-bare-address"],
)
def test_body_links_cannot_carry_script(client, project_a, grantee_a, publish_reviewed, body):
    response = post_update(grantee_a, project_a, update_form_data(body=body, action="submit"))
    assert response.status_code == 302
    update = publish_reviewed(ProjectUpdatePage.objects.child_of(project_a).get())

    html = client.get(update.url).content.decode()

    assert "click me" in html or "example.org" in html
    assert 'href="javascript:' not in html
    assert 'onmouseover="alert' not in html


# Uploads that lie about their type


def test_html_named_png_is_refused_and_the_typed_fields_are_kept(project_a, grantee_a):
    data = update_form_data(
        title="Field visit to Nairobi",
        summary="We met the helpline team.",
        image=named_file("chart.png", b"<html><script>alert(1)</script></html>"),
        image_alt="A chart",
        image_credit="© The team",
    )

    response = post_update(grantee_a, project_a, data)

    assert response.status_code == 200
    assert response.context["form"].errors["image"] == [
        "Not a valid .png image. The extension does not match the file format (svg)"
    ]
    html = response.content.decode()
    assert "Not a valid .png image." in html
    assert 'value="Field visit to Nairobi"' in html
    assert "We met the helpline team.</textarea>" in html
    assert 'value="A chart"' in html
    assert not ProjectUpdatePage.objects.child_of(project_a).exists()
    assert not CustomImage.objects.exists()


def test_svg_with_script_named_png_is_refused(project_a, grantee_a):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="8"/></svg>'
    data = update_form_data(
        image=named_file("chart.png", svg), image_alt="A chart", image_credit="© The team"
    )

    response = post_update(grantee_a, project_a, data)

    assert response.status_code == 200
    assert response.context["form"].errors["image"] == [
        "Not a valid .png image. The extension does not match the file format (svg)"
    ]
    assert not CustomImage.objects.exists()


def test_image_whose_extension_does_not_match_its_contents_is_refused(project_a, grantee_a):
    data = update_form_data(
        image=named_file("photo.jpg", png_bytes()), image_alt="A photo", image_credit="© Team"
    )

    response = post_update(grantee_a, project_a, data)

    assert response.status_code == 200
    assert response.context["form"].errors["image"] == [
        "Not a valid .jpeg image. The extension does not match the file format (png)"
    ]


@override_settings(GRANTEE_IMAGE_MAX_BYTES=1024)
def test_oversized_image_is_refused_with_its_size_and_the_limit(project_a, grantee_a):
    content = png_bytes((64, 64))
    data = update_form_data(
        image=named_file("chart.png", content), image_alt="A chart", image_credit="© The team"
    )

    response = post_update(grantee_a, project_a, data)

    message = f"This file is {filesizeformat(len(content))}; the limit is {filesizeformat(1024)}."
    assert response.context["form"].errors["image"] == [message]
    assert message in response.content.decode()
    assert not CustomImage.objects.exists()


def test_file_that_is_not_a_pdf_is_refused(project_a, grantee_a):
    data = update_form_data(document=named_file("report.pdf", b"<html>Not a PDF</html>"))

    response = post_update(grantee_a, project_a, data)

    assert response.context["form"].errors["document"] == [
        "This file is not a PDF. Export the document as PDF and attach that."
    ]
    assert not ProjectUpdatePage.objects.child_of(project_a).exists()


def test_pdf_contents_under_another_extension_are_refused(project_a, grantee_a):
    data = update_form_data(document=named_file("report.html", MINIMAL_PDF))

    response = post_update(grantee_a, project_a, data)

    assert response.context["form"].errors["document"] == [
        "This file is not a PDF. Export the document as PDF and attach that."
    ]


@override_settings(GRANTEE_DOCUMENT_MAX_BYTES=16)
def test_oversized_pdf_is_refused_with_its_size_and_the_limit(project_a, grantee_a):
    data = update_form_data(document=named_file("report.pdf", MINIMAL_PDF))

    response = post_update(grantee_a, project_a, data)

    message = f"This file is {filesizeformat(len(MINIMAL_PDF))}; the limit is {filesizeformat(16)}."
    assert response.context["form"].errors["document"] == [message]


def test_real_png_is_accepted(project_a, grantee_a):
    data = update_form_data(
        image=named_file("chart.png", png_bytes()), image_alt="A chart", image_credit="© Team"
    )

    response = post_update(grantee_a, project_a, data)

    assert response.status_code == 302
    draft = ProjectUpdatePage.objects.child_of(project_a).get().get_latest_revision_as_object()
    assert draft.image.description == "A chart"
    assert draft.image.credit == "© Team"
    assert draft.image.file.name.endswith(".png")


def test_real_pdf_is_accepted(project_a, grantee_a):
    data = update_form_data(
        document=named_file("report.pdf", MINIMAL_PDF), document_title="Annual report"
    )

    response = post_update(grantee_a, project_a, data)

    assert response.status_code == 302
    draft = ProjectUpdatePage.objects.child_of(project_a).get().get_latest_revision_as_object()
    [attached] = draft.documents.all()
    assert attached.label == "Annual report"
    assert attached.document.file.name.endswith(".pdf")

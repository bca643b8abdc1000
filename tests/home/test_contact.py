import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

pytestmark = pytest.mark.django_db


def test_submission_is_stored_and_emailed_to_staff(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            contact_page.url,
            {"name": "Ada", "email": "ada@example.org", "message": "We would like to fund work."},
        )

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert FormSubmission.objects.filter(page=contact_page).count() == 1
    [message] = mail.outbox
    assert message.to == ["partnerships@example.org"]
    assert message.reply_to == ["ada@example.org"]
    assert "We would like to fund work." in message.body


def test_invalid_submission_re_renders_with_what_was_typed(client, contact_page):
    response = client.post(
        contact_page.url, {"name": "Ada", "email": "not-an-email", "message": "Hi"}
    )

    html = response.content.decode()
    assert "Please correct the highlighted fields" in html
    assert 'value="Ada"' in html
    assert FormSubmission.objects.count() == 0


def test_honeypot_submissions_are_thanked_but_not_kept(
    client, contact_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            contact_page.url,
            {"name": "Bot", "email": "bot@example.org", "message": "Spam", "website_url": "x"},
        )
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_each_staff_address_gets_its_own_notification(
    client, contact_page, django_capture_on_commit_callbacks
):
    contact_page.to_address = "partnerships@example.org, grants@example.org"
    contact_page.save()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            contact_page.url, {"name": "Ada", "email": "ada@example.org", "message": "Hello"}
        )

    assert sorted(message.to for message in mail.outbox) == [
        ["grants@example.org"],
        ["partnerships@example.org"],
    ]
    assert all(not message.cc and not message.bcc for message in mail.outbox)

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from home.emails import render_text


def staff_addresses(page):
    return [address.strip() for address in page.to_address.split(",") if address.strip()]


def send_contact_notification(submission_id, address=None):
    """Email one staff address of a contact form page about one stored submission; each gets
    an email of its own, so a retry for one never mails the others again. (Without an address,
    as calls queued by an earlier release are, every staff address.)"""
    submission = FormSubmission.objects.select_related("page").get(pk=submission_id)
    page = submission.page.specific
    data = submission.get_data()
    answers = [
        (label, data.get(name, ""))
        for name, label in page.get_data_fields()
        if name != "submit_time"
    ]
    body = render_text(
        "email/contact_notification.txt",
        {
            "page": page,
            "answers": answers,
            "submission": submission,
            "admin_url": settings.WAGTAILADMIN_BASE_URL
            + reverse("wagtailforms:list_submissions", args=[page.pk]),
        },
    )
    reply_to = [value for name, value in data.items() if name == "email" and value]
    for recipient in [address] if address else staff_addresses(page):
        EmailMessage(
            subject=page.subject or f"New message from {page.title}",
            body=body,
            from_email=page.from_address or None,
            to=[recipient],
            reply_to=reply_to,
        ).send()

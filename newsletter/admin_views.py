"""Staff actions on a mailing (pause, resume, retry failed, preview and test sends) and the
results report."""

from anymail.exceptions import AnymailError
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from newsletter import preview
from newsletter import results as results_of
from newsletter.models import Delivery, Mailing
from newsletter.sending import start_sending


class SubscriberChoiceForm(forms.Form):
    subscriber_email = forms.EmailField(label="As received by (subscriber's email)")


class TestSendForm(SubscriberChoiceForm):
    test_address = forms.EmailField(label="Send the test to")


def mailing_for_change(request, pk):
    if not request.user.has_perm("newsletter.change_mailing"):
        raise PermissionDenied
    return get_object_or_404(Mailing, pk=pk)


def back(mailing):
    return redirect("newsletter_mailings:inspect", pk=mailing.pk)


@require_POST
def pause(request, pk):
    mailing = mailing_for_change(request, pk)
    updated = Mailing.objects.filter(pk=pk, status=Mailing.Status.SENDING).update(
        status=Mailing.Status.PAUSED
    )
    if updated:
        messages.success(request, "Paused. Emails already in flight finish; nothing more starts.")
    return back(mailing)


@require_POST
@transaction.atomic
def resume(request, pk):
    mailing = mailing_for_change(request, pk)
    if Mailing.objects.filter(pk=pk, status=Mailing.Status.PAUSED).update(
        status=Mailing.Status.SENDING
    ):
        start_sending(mailing.pk)
        messages.success(request, "Sending resumed.")
    return back(mailing)


@require_POST
@transaction.atomic
def retry_failed(request, pk):
    mailing = mailing_for_change(request, pk)
    retried = mailing.deliveries.filter(status=Delivery.Status.FAILED).update(
        status=Delivery.Status.PENDING, attempts=0, next_attempt_at=None, claimed_at=None
    )
    if retried:
        Mailing.objects.filter(pk=pk).exclude(status=Mailing.Status.PAUSED).update(
            status=Mailing.Status.SENDING, finished_at=None
        )
        start_sending(mailing.pk)
    messages.success(request, f"{retried} failed email(s) queued to try again.")
    return back(mailing)


def show_preview(request, pk):
    mailing = mailing_for_change(request, pk)
    form = SubscriberChoiceForm(request.GET)
    subscriber = preview.subscriber_by_email(request.GET.get("subscriber_email"))
    if not form.is_valid() or subscriber is None:
        return HttpResponse(
            "No subscriber with that address.", status=404, content_type="text/plain"
        )
    rendered = preview.render_preview(mailing, subscriber)
    if rendered is None:
        return HttpResponse(
            "This subscriber gets nothing from this mailing: nothing on their themes.",
            content_type="text/plain",
        )
    return HttpResponse(rendered[2])


@require_POST
def send_test(request, pk):
    mailing = mailing_for_change(request, pk)
    form = TestSendForm(request.POST)
    subscriber = preview.subscriber_by_email(request.POST.get("subscriber_email"))
    if not form.is_valid() or subscriber is None:
        messages.error(request, "Give a subscriber's email and a valid test address.")
        return back(mailing)
    address = form.cleaned_data["test_address"]
    try:
        sent = preview.send_test(mailing, subscriber, address)
    except (OSError, AnymailError) as error:  # smtplib's errors are OSErrors
        messages.error(request, f"The mail server did not take the test for {address}: {error}")
        return back(mailing)
    if sent:
        messages.success(request, f"Test sent to {address} at {timezone.now():%H:%M}.")
    else:
        messages.warning(request, "That subscriber gets nothing from this mailing.")
    return back(mailing)


@require_GET
def results(request):
    """Clicks and unsubscribes across the latest digest editions, as a chart and a table."""
    if not request.user.has_perm("newsletter.view_mailing"):
        raise PermissionDenied
    rows = results_of.trend()
    chart = mark_safe(results_of.trend_chart(rows)) if rows else ""  # noqa: S308 - pygal's SVG
    return TemplateResponse(
        request, "newsletter/admin/results.html", {"rows": rows, "chart": chart}
    )

"""Staff previews of a mailing as one subscriber would receive it, and test sends."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse

from newsletter import planning
from newsletter.emails import PREFERENCES_SLOT, UNSUBSCRIBE_SLOT, MailingRenderer
from newsletter.models import Delivery, Mailing, NewsletterSettings, Segment, Subscriber


def segment_for(mailing, subscriber):
    """The segment the subscriber is (or, before planning, would be) in; None if they get
    nothing from this mailing."""
    delivery = Delivery.objects.filter(mailing=mailing, subscriber=subscriber).first()
    if delivery is not None:
        return delivery.segment
    if mailing.kind == Mailing.Kind.DIGEST:
        items = planning.digest_items(mailing, NewsletterSettings.load())
    else:
        items = planning.alert_items(mailing)
    page_ids = planning.choose(items, planning.topics_of(subscriber), subscriber.member_type)
    if not page_ids:
        return None
    return Segment(
        mailing=mailing,
        language=subscriber.language,
        member_type=subscriber.member_type,
        page_ids=page_ids,
    )


def render_preview(mailing, subscriber):
    """The email, with its personal links pointing at the public sign-up page instead."""
    segment = segment_for(mailing, subscriber)
    if segment is None:
        return None
    rendered = MailingRenderer(mailing, track_clicks=False).rendered(segment)
    harmless = settings.SITE_URL + reverse("newsletter:subscribe")
    html, text = rendered.html, rendered.text
    for slot in (PREFERENCES_SLOT, UNSUBSCRIBE_SLOT):
        html, text = html.replace(slot, harmless), text.replace(slot, harmless)
    return rendered.subject, text, html


def send_test(mailing, subscriber, address):
    preview = render_preview(mailing, subscriber)
    if preview is None:
        return False
    subject, text, html = preview
    message = EmailMultiAlternatives(
        subject=f"[Test] {subject}",
        body=text,
        from_email=NewsletterSettings.load().from_email,
        to=[address],
    )
    message.attach_alternative(html, "text/html")
    message.send()
    return True


def sample_recipient(mailing):
    """Someone the preview can show the mailing to without staff having to look one up: the
    first recipient once it is planned, until then the first subscriber it would go to."""
    # In subscriber order, which the (mailing, subscriber) unique index serves at once; by
    # primary key the scan could walk past every older mailing's rows first.
    delivery = mailing.deliveries.select_related("subscriber").order_by("subscriber_id").first()
    if delivery is not None:
        return delivery.subscriber
    return planning.recipients(mailing).order_by("pk").first()


def subscriber_by_email(email):
    return Subscriber.objects.filter(email__iexact=(email or "").strip()).first()

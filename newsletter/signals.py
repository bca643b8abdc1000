from anymail.signals import EventType, tracking
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published

from home.content_version import bump_content_version
from newsletter.models import Delivery, DigestTheme, Subscriber
from newsletter.schedule import queue_insight_alert
from research.models import InsightBriefPage

SUPPRESSING_EVENTS = {EventType.BOUNCED, EventType.COMPLAINED, EventType.REJECTED}


@receiver([post_save, post_delete], sender=DigestTheme)
def digest_theme_changed(sender, **kwargs):
    """Topic pages show the digest theme of their topic."""
    bump_content_version()


@receiver(page_published, sender=InsightBriefPage, dispatch_uid="insight-alert")
def alert_on_first_publish(sender, instance, alias=False, **kwargs):
    """A brief's first publish alerts members, unless it went live in a private section. Its
    aliases in the other languages' trees, published with it, are not news of their own."""
    if alias or instance.first_published_at != instance.last_published_at:  # or a later edit
        return
    if InsightBriefPage.objects.live().public(cached=False).filter(pk=instance.pk).exists():
        queue_insight_alert(instance)


@receiver(tracking, dispatch_uid="newsletter-suppress-on-bounce")
def suppress_on_bounce(sender, event, esp_name, **kwargs):
    """An ESP reported a bounce, complaint or rejection: never email that address again."""
    if event.event_type not in SUPPRESSING_EVENTS or not event.recipient:
        return
    subscriber = Subscriber.objects.filter(email__iexact=event.recipient).first()
    if subscriber is None:
        return
    if not subscriber.suppressed_at:
        subscriber.suppress(f"{event.event_type} reported by {esp_name}: {event.description or ''}")
    feedback = "complained" if event.event_type == EventType.COMPLAINED else "bounced"
    Delivery.objects.filter(pk=feedback_delivery(subscriber, event)).update(feedback=feedback)


def feedback_delivery(subscriber, event):
    """The delivery an ESP's report is about: the one with its message id, else the latest one
    sent to that subscriber before the report."""
    sent = Delivery.objects.filter(subscriber=subscriber, status=Delivery.Status.SENT)
    if event.message_id and (found := sent.filter(message_id=event.message_id).first()):
        return found.pk
    before = event.timestamp or timezone.now()
    latest = sent.filter(sent_at__lte=before).order_by("-sent_at").first()
    return latest.pk if latest else None

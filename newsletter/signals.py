from anymail.signals import EventType, tracking
from wagtail.signals import page_published

from newsletter.models import Subscriber
from newsletter.tasks import queue_insight_alert
from research.models import InsightBriefPage

SUPPRESSING_EVENTS = {EventType.BOUNCED, EventType.COMPLAINED, EventType.REJECTED}


def alert_on_first_publish(sender, instance, **kwargs):
    """A brief's first publish alerts members, unless it went live in a private section."""
    if instance.first_published_at != instance.last_published_at:  # a later edit
        return
    if InsightBriefPage.objects.live().public(cached=False).filter(pk=instance.pk).exists():
        queue_insight_alert(instance)


def suppress_on_bounce(sender, event, esp_name, **kwargs):
    """An ESP reported a bounce, complaint or rejection: never email that address again."""
    if event.event_type not in SUPPRESSING_EVENTS or not event.recipient:
        return
    subscriber = Subscriber.objects.filter(email__iexact=event.recipient).first()
    if subscriber and not subscriber.suppressed_at:
        subscriber.suppress(f"{event.event_type} reported by {esp_name}: {event.description or ''}")


def connect():
    page_published.connect(
        alert_on_first_publish, sender=InsightBriefPage, dispatch_uid="insight-alert"
    )
    tracking.connect(suppress_on_bounce, dispatch_uid="newsletter-suppress-on-bounce")

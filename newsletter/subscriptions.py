"""Everything that changes a member's subscription. Views and tasks call these functions."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _

from home import outbox
from newsletter.emails import notice_message
from newsletter.models import Consent, Mailing, Subscriber

# Stored with each consent as the member read it, in the language of the page they used.
CONSENT_TEXT = _(
    "I agree that Safe Online may email me the digests and insight alerts I chose, and may keep "
    "my email address, name, organisation and preferences for that purpose. Every email has a "
    "link to change my preferences, download or delete my data, or unsubscribe at once."
)
UNSUBSCRIBED_TEXT = _("Unsubscribed from all emails.")
NOTICE_INTERVAL = timedelta(hours=24)
UNCONFIRMED_LIFETIME = timedelta(days=30)


def send_notice(subscriber_id, kind):
    """Send a queued confirmation or preference-centre link, if the subscriber still exists."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        notice_message(subscriber, kind).send()


def supported_language(code):
    """The site language a page's language code stands for ("fr" for "fr-ca"), or the
    default language when the site has none like it."""
    try:
        return get_supported_language_variant(code or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def normalise_email(email):
    return email.strip().lower()


def may_send_notice(subscriber):
    """At most one confirmation or link email per address per day."""
    last = subscriber.last_notice_sent_at
    return last is None or timezone.now() - last >= NOTICE_INTERVAL


@transaction.atomic
def queue_notice(subscriber, kind):
    """Email a confirmation link ("confirm") or a preference-centre link ("preferences")."""
    if subscriber.suppressed_at or not may_send_notice(subscriber):
        return False
    subscriber.last_notice_sent_at = timezone.now()
    subscriber.save(update_fields=["last_notice_sent_at", "updated_at"])
    outbox.enqueue("newsletter.tasks.send_notice", subscriber.pk, kind)
    return True


@transaction.atomic
def request_subscription(*, email, preferences, themes, source):
    """Handle a sign-up. Whatever the address's state the caller shows the same page, so the
    form never reveals who is subscribed; what happens behind it differs:

    - new, pending or unsubscribed: store the requested preferences as pending and send a
      confirmation link (at most once a day);
    - active or paused: change nothing, but send a link to the preference centre."""
    email = normalise_email(email)
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber and subscriber.status in (Subscriber.Status.ACTIVE, Subscriber.Status.PAUSED):
        queue_notice(subscriber, "preferences")
        return subscriber
    subscriber = subscriber or Subscriber(email=email)
    for field, value in preferences.items():
        setattr(subscriber, field, value)
    if subscriber.status != Subscriber.Status.PENDING or not subscriber.confirmation_nonce:
        # A pending address keeps its nonce, so the link already emailed to it keeps working
        # (a repeated sign-up within a day sends no new one).
        subscriber.confirmation_nonce = secrets.token_hex(8)
    subscriber.status = Subscriber.Status.PENDING
    subscriber.save()
    subscriber.themes.set(themes)
    Consent.objects.create(
        subscriber=subscriber,
        action=Consent.Action.REQUESTED,
        text=str(CONSENT_TEXT),
        source=source,
    )
    queue_notice(subscriber, "confirm")
    return subscriber


@transaction.atomic
def confirm(subscriber, source="confirmation link"):
    """Activate the subscription. Confirming proves the address's owner asked for it, so the
    day's allowance of link emails (kept against sign-ups in someone else's name) starts
    again: asking for a preference link right after confirming must work."""
    subscriber.status = Subscriber.Status.ACTIVE
    subscriber.confirmed_at = timezone.now()
    subscriber.unsubscribed_at = None
    subscriber.confirmation_nonce = ""
    subscriber.last_notice_sent_at = None
    subscriber.save()
    Consent.objects.create(
        subscriber=subscriber,
        action=Consent.Action.CONFIRMED,
        text=str(CONSENT_TEXT),
        source=source,
    )


@transaction.atomic
def update_preferences(subscriber, *, preferences, themes, source="preference centre"):
    for field, value in preferences.items():
        setattr(subscriber, field, value)
    subscriber.save()
    subscriber.themes.set(themes)
    Consent.objects.create(
        subscriber=subscriber, action=Consent.Action.CHANGED, text=str(CONSENT_TEXT), source=source
    )


def set_paused(subscriber, paused):
    if subscriber.status in (Subscriber.Status.ACTIVE, Subscriber.Status.PAUSED):
        subscriber.status = Subscriber.Status.PAUSED if paused else Subscriber.Status.ACTIVE
        subscriber.save(update_fields=["status", "updated_at"])


@transaction.atomic
def unsubscribe(subscriber, source, mailing_id=None):
    """Idempotent: a second unsubscribe changes nothing and records nothing. `mailing_id`, the
    mailing whose link was used, adds one to its count of unsubscribes."""
    if subscriber.status == Subscriber.Status.UNSUBSCRIBED:
        return
    subscriber.unsubscribe()
    if mailing_id is not None:
        Mailing.objects.filter(pk=mailing_id).update(unsubscribe_count=F("unsubscribe_count") + 1)
    Consent.objects.create(
        subscriber=subscriber,
        action=Consent.Action.UNSUBSCRIBED,
        text=str(UNSUBSCRIBED_TEXT),
        source=source,
    )


def personal_data(subscriber):
    """Everything stored about a member, for the "download my data" link."""
    return {
        "email": subscriber.email,
        "name": subscriber.name,
        "organisation": subscriber.organisation,
        "member_type": subscriber.get_member_type_display(),
        "themes": [theme.display_name for theme in subscriber.themes.all()],
        "everything": subscriber.all_topics,
        "cadence": subscriber.get_cadence_display(),
        "insight_alerts": subscriber.insight_alerts,
        "language": subscriber.get_language_display(),
        "status": subscriber.get_status_display(),
        "subscribed_at": subscriber.created_at.isoformat(),
        "confirmed_at": subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None,
        "consents": [
            {
                "when": consent.created_at.isoformat(),
                "action": consent.get_action_display(),
                "text": consent.text,
                "source": consent.source,
            }
            for consent in subscriber.consents.all()
        ],
        "emails_sent": [
            {"mailing": str(delivery.mailing), "sent_at": delivery.sent_at.isoformat()}
            for delivery in subscriber.deliveries.filter(status="sent").select_related(
                "mailing", "mailing__brief"
            )
        ],
    }


def purge_unconfirmed(now=None):
    """Forget sign-ups never confirmed within 30 days. Returns how many were removed."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_LIFETIME
    _, deleted = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return deleted.get(Subscriber._meta.label, 0)

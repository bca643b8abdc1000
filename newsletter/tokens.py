"""Signed links that let members act without an account.

Unsubscribe and preference links never expire, so an old email always works; confirmation links
expire after 72 hours and work once (they carry a nonce that confirming clears)."""

from datetime import timedelta

from home.signed_links import InvalidLinkError, sign, unsign
from newsletter.models import Subscriber

CONFIRMATION_MAX_AGE = timedelta(hours=72)


def make_token(subscriber, purpose):
    payload = {"s": subscriber.pk}
    if purpose == "confirm":
        payload["n"] = subscriber.confirmation_nonce
    return sign(payload, f"newsletter.{purpose}")


def read_token(token, purpose):
    """The subscriber a token was issued for, or InvalidLinkError saying why not: "invalid",
    "expired", "used" (a confirmation link already followed) or "gone" (no such subscriber)."""
    max_age = CONFIRMATION_MAX_AGE if purpose == "confirm" else None
    payload = unsign(token, f"newsletter.{purpose}", max_age)
    try:
        subscriber = Subscriber.objects.get(pk=payload["s"])
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidLinkError("invalid") from error
    except Subscriber.DoesNotExist as error:
        raise InvalidLinkError("gone") from error
    if purpose == "confirm" and payload.get("n") != subscriber.confirmation_nonce:
        raise InvalidLinkError("used")
    return subscriber

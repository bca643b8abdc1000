"""Signed links that let members act without an account.

Unsubscribe and preference links never expire, so an old email always works; confirmation links
expire after 72 hours and work once (they carry a nonce that confirming clears)."""

from datetime import timedelta

from django.core import signing

from newsletter.models import Subscriber

CONFIRMATION_MAX_AGE = timedelta(hours=72)


class InvalidLinkError(Exception):
    """A link that was forged, mangled, expired, already used, or whose subscriber is gone."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason  # "invalid", "expired", "used" or "gone"


def make_token(subscriber, purpose):
    payload = {"s": subscriber.pk}
    if purpose == "confirm":
        payload["n"] = subscriber.confirmation_nonce
    return signing.dumps(payload, salt=f"newsletter.{purpose}", compress=True)


def read_token(token, purpose):
    """The subscriber a token was issued for, or InvalidLinkError saying why not."""
    max_age = CONFIRMATION_MAX_AGE if purpose == "confirm" else None
    try:
        payload = signing.loads(token, salt=f"newsletter.{purpose}", max_age=max_age)
        subscriber = Subscriber.objects.get(pk=payload["s"])
    except signing.SignatureExpired as error:
        raise InvalidLinkError("expired") from error
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidLinkError("invalid") from error
    except Subscriber.DoesNotExist as error:
        raise InvalidLinkError("gone") from error
    if purpose == "confirm" and payload.get("n") != subscriber.confirmation_nonce:
        raise InvalidLinkError("used")
    return subscriber

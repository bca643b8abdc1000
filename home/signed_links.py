"""Signed links: a value in a URL that only this site can have written, so that people can act
without signing in (members confirming or unsubscribing, grantees accepting an invitation).

Each kind of link signs with its own purpose, so a link made for one thing never works for
another."""

from django.core import signing


class InvalidLinkError(Exception):
    """A link that cannot be used; `reason` names why, for the page that explains it:
    "invalid" (forged or mangled), "expired", or a reason of the link's own kind, such as
    "used" or "gone"."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def sign(value, purpose):
    return signing.dumps(value, salt=purpose, compress=True)


def unsign(token, purpose, max_age=None):
    """The value signed for `purpose`, or InvalidLinkError("invalid" or "expired")."""
    try:
        return signing.loads(token, salt=purpose, max_age=max_age)
    except signing.SignatureExpired as error:
        raise InvalidLinkError("expired") from error
    except signing.BadSignature as error:
        raise InvalidLinkError("invalid") from error

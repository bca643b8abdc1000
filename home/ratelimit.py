"""Hourly allowances for requests that cost something: sending an email above all.

Counters live in the shared cache (safeonline/redis_cache.py keeps counting in process memory
while Redis is down). Every form that makes the site send email counts twice: against
the client's IP address, which gets a clear "try again later", and against the recipient's
address, which is quietly spared further emails while the visitor sees the usual answer, so the
limit reveals nothing about who has an account."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

TOO_MANY_REQUESTS = (
    "There have been too many requests from your connection in the last hour. "
    "Please try again later."
)


def count_against(scope, who, limit):
    """Add one to `who`'s count for this hour in `scope`; True once it passes `limit`."""
    hour = timezone.now().strftime("%Y%m%d%H")
    key = f"rate:{scope}:{who}:{hour}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > limit


def over_limit(request, scope, limit):
    """Count this request against the client IP address's hourly allowance for `scope`."""
    return count_against(scope, request.META.get("REMOTE_ADDR", ""), limit)


def recipient_over_limit(scope, address, limit):
    """Count one email to `address` against its hourly allowance for `scope`. The address is
    hashed, so cache keys carry no personal data."""
    digest = hashlib.sha256(address.strip().lower().encode()).hexdigest()
    return count_against(f"{scope}-to", digest, limit)


class LimitedPerIPMixin:
    """For a class-based form view whose POST sends an email: past the IP address's hourly
    allowance, the form comes back with a clear message and status 429, and nothing is sent."""

    rate_limit_scope = ""
    rate_limit_setting = ""

    def post(self, request, *args, **kwargs):
        limit = getattr(settings, self.rate_limit_setting)
        if over_limit(request, self.rate_limit_scope, limit):
            form = self.get_form()
            form.add_error(None, TOO_MANY_REQUESTS)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

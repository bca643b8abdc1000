from django.core.cache import cache
from django.utils import timezone


def over_limit(request, scope, limit, identity=None):
    """Count this request against an hourly allowance for `scope`.

    The allowance belongs to the client's IP address, or to `identity` (such as an account name)
    when one is given, so an attacker cannot spread guesses at one account over many addresses."""
    hour = timezone.now().strftime("%Y%m%d%H")
    who = identity if identity is not None else request.META.get("REMOTE_ADDR", "")
    key = f"rate:{scope}:{who}:{hour}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > limit

from django.core.cache import cache
from django.utils import timezone


def over_limit(request, scope, limit):
    """Count this request against its IP address's hourly allowance for `scope`."""
    hour = timezone.now().strftime("%Y%m%d%H")
    key = f"rate:{scope}:{request.META.get('REMOTE_ADDR', '')}:{hour}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > limit

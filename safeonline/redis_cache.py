"""The shared Redis cache.

Django's Redis cache builds a new redis.Redis client, with its table of ~170 response callbacks,
on every cache call; that cost more than the network round trip. This backend keeps one client
per connection pool.

The cache only saves work, so a Redis outage must not take pages down with it: while Redis
cannot be reached, reads miss, writes are dropped, and the site renders from the database.
Counters are the exception: `add` and `incr`, which the rate limits (home/ratelimit.py) count
with, go on in this process's memory, so sign-in and sign-up limits hold per process rather
than lapse. A warning is logged at most once a minute per process."""

import logging
import time
from contextlib import contextmanager

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError, TimeoutError

logger = logging.getLogger(__name__)
OUTAGE_WARNING_SECONDS = 60


class ReusedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        if pool not in self._clients:
            self._clients[pool] = self._client(connection_pool=pool)
        return self._clients[pool]


class ReusedClientRedisCache(RedisCache):
    # Django builds a cache object per thread; the counters and the last warning's time belong
    # to the process, so that threaded servers count and warn once for all their threads.
    _outage_counters = LocMemCache(
        "safeonline-outage-counters", {"OPTIONS": {"MAX_ENTRIES": 10_000}}
    )
    _outage_reported_at = None

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    @contextmanager
    def _unless_unreachable(self):
        """Run the block; if Redis cannot be reached, carry on after it (the caller then
        returns what a cold cache would)."""
        try:
            yield
        except (ConnectionError, TimeoutError) as error:
            now = time.monotonic()
            reported = self._outage_reported_at
            if reported is None or now - reported >= OUTAGE_WARNING_SECONDS:
                type(self)._outage_reported_at = now
                logger.warning("Redis cache unreachable, serving without it: %s", error)

    def get(self, key, default=None, version=None):
        with self._unless_unreachable():
            return super().get(key, default, version)
        return default

    def get_many(self, keys, version=None):
        with self._unless_unreachable():
            return super().get_many(keys, version)
        return {}

    def has_key(self, key, version=None):
        with self._unless_unreachable():
            return super().has_key(key, version)
        return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._unless_unreachable():
            return super().add(key, value, timeout, version)
        return self._outage_counters.add(key, value, self.get_backend_timeout(timeout), version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        with self._unless_unreachable():
            super().set(key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        with self._unless_unreachable():
            return super().set_many(data, timeout, version)
        return list(data)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        with self._unless_unreachable():
            return super().touch(key, timeout, version)
        return False

    def incr(self, key, delta=1, version=None):
        with self._unless_unreachable():
            return super().incr(key, delta, version)
        return self._outage_counters.incr(key, delta, version)

    def delete(self, key, version=None):
        with self._unless_unreachable():
            return super().delete(key, version)
        return False

    def delete_many(self, keys, version=None):
        with self._unless_unreachable():
            super().delete_many(keys, version)

    def clear(self):
        with self._unless_unreachable():
            return super().clear()
        return False

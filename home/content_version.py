"""Caching keyed by a site-wide content version.

Any publish, unpublish, move or delete of a page, and any change to the reference data pages
show (programmes, countries, organisations, images, topics, settings), replaces the version, so
every cached fragment and object is rebuilt on its next request. The date is part of the
version too, so date-dependent lists such as upcoming events roll over at midnight. The version
lives in the shared cache, so every web process sees a change at once when REDIS_URL is set."""

import time

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils import timezone
from wagtail.models import PageViewRestriction

VERSION_KEY = "content-version"
RESTRICTED_PATHS_KEY = "restricted-page-paths"
RESTRICTED_PATHS_SECONDS = 60


def dated(version):
    return f"{version}-{timezone.localdate():%Y%m%d}"


def is_shared_version(version):
    """Whether a dated version came from the shared cache: while Redis is unreachable there is
    none, and every process makes do with "None-<date>", which no change would ever replace."""
    return version is not None and not version.startswith(f"{None}-")


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return dated(version)


def bump_content_version():
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def request_keys(request):
    """Cache keys for the objects a page request looks up by its address: its route."""
    hostname = split_domain_port(request._get_raw_host())[0]
    where = f"{hostname}:{request.get_port()}"
    return {"route": f"route:{where}:{request.path_info}"}


def load_request_entries(request):
    """Fetch the content version and this request's cached route in one round trip.

    Entries are stored as (version, value) and only count while the version is current."""
    keys = request_keys(request)
    found = cache.get_many([VERSION_KEY, *keys.values()])
    if VERSION_KEY not in found:
        request.content_version = content_version()
    else:
        request.content_version = dated(found[VERSION_KEY])
    request.cached_entries = {
        name: entry[1]
        for name, key in keys.items()
        if (entry := found.get(key)) and entry[0] == request.content_version
    }


def store_request_entry(request, name, value, timeout):
    cache.set(request_keys(request)[name], (request.content_version, value), timeout)


def cached_while_current(request, key, load):
    """load(), cached until the content changes (or computed fresh when caching is off)."""
    version = getattr(request, "content_version", None)
    if version is None:
        return load()
    entry = cache.get(key)
    if entry and entry[0] == version:
        return entry[1]
    value = load()
    cache.set(key, (version, value), settings.FRAGMENT_CACHE_SECONDS)
    return value


def restricted_paths():
    """Tree paths of every privacy-restricted section, usually none.

    Cached under the content version, which every privacy change replaces, so every process
    sharing the cache sees a change on its next call. An entry also lasts at most
    RESTRICTED_PATHS_SECONDS, in case a change could not reach the cache (Redis was down). Email
    never relies on this list: it reads restrictions from the database (SitePageQuerySet)."""
    found = cache.get_many([VERSION_KEY, RESTRICTED_PATHS_KEY])
    version = found.get(VERSION_KEY)
    entry = found.get(RESTRICTED_PATHS_KEY)
    if version is not None and entry and entry[0] == version:
        return entry[1]
    paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    cache.set(RESTRICTED_PATHS_KEY, (version, paths), timeout=RESTRICTED_PATHS_SECONDS)
    return paths


def cached_under_content_version(key, load, timeout):
    """load(), shared through the cache by every process until the content version changes.

    For values needed outside a page request as well (the API, tasks), where no version has
    been loaded with the request. The version is read before load() runs, so a change made
    meanwhile is never stored under the new version."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    entry = found.get(key)
    if version is not None and entry and entry[0] == version:
        return entry[1]
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    value = load()
    cache.set(key, (version, value), timeout)
    return value

"""Caching keyed by a site-wide content version, rebuilt once after a change while the
previous value is served (stale-while-revalidate), except where privacy is concerned.

The version. Any publish, unpublish, move or delete of a page, and any change to the reference
data pages show (programmes, countries, organisations, images, topics, settings), replaces the
version, so every cached fragment and object is rebuilt on its next request. The date is part of
the version too, so date-dependent lists such as upcoming events roll over at midnight. The
version lives in the shared cache, so every web process sees a change at once when REDIS_URL is
set. A change made inside a transaction replaces the version at once and again when the
transaction commits: a request that read the database between the two, and so saw the state
before the change, cannot leave what it read cached as current.

The privacy version. Changes that can take something away from a visitor (unpublishing,
deleting or moving a page, a privacy restriction, a collection, an image's or document's
collection, the sites' routing) replace a second version as well
(`bump_content_version(affects_privacy=True)`, home/signals.py). Publishing a page or editing
reference data adds or rewords what the public may already see, and leaves it alone: words
removed by publishing a new revision can still reach requests that arrive during the rebuild;
unpublishing withdraws a page at once.

Rebuilding once. Cached values are stored under a stable key as an Entry that names the
versions it was built under. A request that finds an entry built under an older content version
takes a short lock on it (`cache.add`, which expires after REBUILD_LOCK_SECONDS, so a renderer
that crashed never holds it for long) and rebuilds it; requests that arrive meanwhile serve the
previous value instead of rendering it too. The previous value is served only if
- it was built under the current privacy version: after anything was made private,
  unpublished, moved or deleted, no value from before is ever served again, so a page made
  private never renders from, and no listing ever shows it in, a fragment from before; and
- the content changed at most STALE_SECONDS ago; after that every request that finds an old
  entry renders it itself, as it would without this module (date roll-overs at midnight count as
  old, and are rendered by each request that needs them until one has stored them); and
- it was rendered at most STALE_AGE_SECONDS ago, so that what a visitor is shown is never
  older than that, even while staff publish again and again.
So a previous value (which may predate more than one change) reaches only requests that
arrive while another request is rebuilding that entry, at most REBUILD_LOCK_SECONDS per
attempt, or while this process is over its rebuild budget (below), within STALE_SECONDS of
the latest change, and never across a privacy change.

A budget for rebuilding. On a site whose visitors spread over thousands of addresses, nearly
every request in the minute after a publish is the first for its entry, so one render per entry
is still one render per request: a herd of distinct renders that queues every request behind
it. Each process therefore gives at most REBUILD_SHARE of its time, over time, to rebuilding
entries it could serve stale (a bucket of rendering time that fills at that rate up to
REBUILD_BURST_SECONDS, and that each such rebuild empties by as long as it took); while the
bucket is empty it serves their previous values and leaves the rebuilds to later requests. A
quiet process always has time in its bucket, so a change shows on the next request; a busy one
catches up entry by entry, the most requested first, while it keeps answering quickly. Entries
with nothing to serve instead (new addresses, or after a privacy change) are always rendered.

What is never served stale. Whether a page is public is decided outside the rebuilt values: the
request's site and the page its path routes to (`load_request_entries`) and the list of
restricted sections (`restricted_paths`) count only while the content version is current, and
are looked up again by every request that finds them outdated. They are single small queries,
so a herd on them costs little. Email reads restrictions from the database and uses no cache.

Why a version rather than narrower invalidation: a published page appears in its section's
listings, the home page, topic pages, search, menus, related pages and counts, so knowing which
fragments it touches would mean a second description of every template (related pages alone
put the newest pages on most detail pages); rebuilding once per entry after any change costs
one render per entry that is asked for again, and nothing for the rest; the rebuild budget
spreads those renders out, so that they never queue the site's other requests
(tests/bench/storm.py measures it).
The restricted sections could be keyed on the privacy version alone, but reloading them on
every change is a single indexed query per process.

Why not a library: dogpile.cache serves stale values under a lock the same way, but brings a
Redis client of its own beside Django's cache (bypassing safeonline/redis_cache.py's outage
handling) and invalidates regions per process; django-cacheback refreshes values in Celery
jobs, which cannot render a template fragment from its request's context. Django's cache with
`add` as the lock does what is needed."""

import time
from contextlib import contextmanager
from typing import Any, NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction

VERSION_KEY = "content-version"
ENTRY_FORMAT = "entry/3"  # leads every stored Entry; see Entry
PRIVACY_VERSION_KEY = "privacy-version"
RESTRICTED_PATHS_KEY = "restricted-page-paths"
RESTRICTED_PATHS_SECONDS = 60
REBUILD_LOCK_SECONDS = 10
STALE_SECONDS = 60
STALE_AGE_SECONDS = 600
REBUILD_SHARE = 0.2
REBUILD_BURST_SECONDS = 0.5


class Versions(NamedTuple):
    content: str  # the content version with the date, as content_version() gives it
    privacy: int
    changed_at: float  # when the content last changed, in seconds since the epoch


class Entry(NamedTuple):
    # Stored as a plain tuple led by ENTRY_FORMAT (see store): during a rolling deploy,
    # processes of the previous release read (content version, value) pairs under some of the
    # same keys, comparing the first item with a version; they can unpickle a tuple, and a
    # string that is no version never matches, so they rebuild rather than read a wrong value.
    privacy_version: int
    version: str
    built_at: float  # in seconds since the epoch
    value: Any


def dated(version):
    return f"{version}-{timezone.localdate():%Y%m%d}"


def raw_versions(found):
    """The content and privacy versions in a get_many() answer, set afresh if the cache had
    lost them. While the cache cannot be reached, each call gets new versions, so nothing
    counts as current."""
    content, privacy = found.get(VERSION_KEY), found.get(PRIVACY_VERSION_KEY)
    if content is None or privacy is None:
        now = time.time_ns()
        cache.add(VERSION_KEY, now, timeout=None)
        cache.add(PRIVACY_VERSION_KEY, now, timeout=None)
        found = cache.get_many([VERSION_KEY, PRIVACY_VERSION_KEY])
        content, privacy = found.get(VERSION_KEY, now), found.get(PRIVACY_VERSION_KEY, now)
    return content, privacy


def versions_from(found):
    content, privacy = raw_versions(found)
    return Versions(dated(content), privacy, content / 1e9)


def read_versions(*keys):
    """The current versions and the cached entries under `keys`, in one round trip."""
    found = cache.get_many([VERSION_KEY, PRIVACY_VERSION_KEY, *keys])
    return versions_from(found), found


def is_shared_version(version):
    """Whether a dated version came from the shared cache: while Redis is unreachable there is
    none, and every process makes do with "None-<date>", which no change would ever replace."""
    return version is not None and not version.startswith(f"{None}-")


def content_version():
    return read_versions()[0].content


def bump_content_version(affects_privacy=False):
    """Replace the content version (and the privacy version, for a change that can hide
    something), now and again when the current transaction commits."""

    def bump():
        now = time.time_ns()
        if affects_privacy:
            cache.set_many({VERSION_KEY: now, PRIVACY_VERSION_KEY: now}, timeout=None)
        else:
            cache.set(VERSION_KEY, now, timeout=None)

    bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump)


def request_keys(request):
    """Cache keys for the objects a page request looks up by its address: its route."""
    hostname = split_domain_port(request._get_raw_host())[0]
    where = f"{hostname}:{request.get_port()}"
    return {"route": f"route:{where}:{request.path_info}"}


def load_request_entries(request):
    """Fetch the versions and this request's cached objects in one round trip.

    These objects decide which page a path shows, so they count only while the content
    version is current and are never served stale."""
    keys = request_keys(request)
    request.versions, found = read_versions(*keys.values())
    request.content_version = request.versions.content
    request.cached_entries = {
        name: entry.value
        for name, key in keys.items()
        if (entry := as_entry(found.get(key))) and entry.version == request.content_version
    }


def store_request_entry(request, name, value, timeout):
    store(request_keys(request)[name], request_versions(request), value, timeout)


def request_versions(request):
    """The versions this request works under, read once per request."""
    if not hasattr(request, "versions"):
        request.versions = read_versions()[0]
        request.content_version = request.versions.content
    return request.versions


def current_value(key, entry, versions, load, timeout):
    """The cached entry's value if it was built under the current content version; otherwise
    load()'s, stored for the next request, or the previous value while another request is
    rebuilding it (see the module's docstring for when that may be served)."""
    if isinstance(entry, Entry) and entry.version == versions.content:
        return entry.value
    if may_serve_stale(entry, versions):
        if not rebuild_budget.has_time():
            return entry.value
        lock = f"{key}:rebuilding:{versions.content}"
        if not cache.add(lock, True, REBUILD_LOCK_SECONDS):
            return entry.value
        try:
            with rebuild_budget.spending():
                return rebuilt(key, versions, load, timeout)
        finally:
            cache.delete(lock)
    return rebuilt(key, versions, load, timeout)


class RebuildBudget:
    """The rendering time this process may still give to rebuilding entries it could serve
    stale: a bucket that fills at REBUILD_SHARE seconds per second, up to REBUILD_BURST_SECONDS
    (see the module's docstring). Threads of one process share it; a race between two of them
    at worst lets one extra rebuild through."""

    clock = staticmethod(time.monotonic)

    def __init__(self):
        self.reset()

    def reset(self):
        self.seconds = REBUILD_BURST_SECONDS
        self.checked_at = self.clock()

    def has_time(self):
        now = self.clock()
        filled = self.seconds + (now - self.checked_at) * REBUILD_SHARE
        self.seconds = min(REBUILD_BURST_SECONDS, filled)
        self.checked_at = now
        return self.seconds > 0

    @contextmanager
    def spending(self):
        started = self.clock()
        try:
            yield
        finally:
            self.seconds -= self.clock() - started


rebuild_budget = RebuildBudget()


def may_serve_stale(entry, versions):
    now = time.time()
    return (
        isinstance(entry, Entry)
        and entry.privacy_version == versions.privacy
        and now - versions.changed_at <= STALE_SECONDS
        and now - entry.built_at <= STALE_AGE_SECONDS
    )


def rebuilt(key, versions, load, timeout):
    """load(), stored under the versions read before it ran: a change made meanwhile leaves
    the value outdated rather than current."""
    value = load()
    store(key, versions, value, timeout)
    return value


def store(key, versions, value, timeout):
    entry = Entry(versions.privacy, versions.content, time.time(), value)
    cache.set(key, (ENTRY_FORMAT, *entry), timeout)


def as_entry(cached):
    """An Entry from what store() wrote; None for anything else (a previous release's pair)."""
    if isinstance(cached, tuple) and len(cached) == 1 + len(Entry._fields):
        tag, *fields = cached
        if tag == ENTRY_FORMAT:
            return Entry(*fields)
    return None


def in_language(key):
    """A cache key for what is rendered in the active language."""
    return f"{key}:{get_language()}"


def cached_while_current(request, key, load):
    """load(), cached until the content changes (computed fresh when caching is off)."""
    if not settings.FRAGMENT_CACHE_SECONDS:
        return load()
    versions = request_versions(request)
    key = in_language(key)
    entry = as_entry(cache.get(key))
    return current_value(key, entry, versions, load, settings.FRAGMENT_CACHE_SECONDS)


def cached_under_content_version(key, load, timeout):
    """load(), shared through the cache by every process until the content version changes.

    For values needed outside a page request as well (the API, tasks), where no version has
    been loaded with the request."""
    key = in_language(key)
    versions, found = read_versions(key)
    return current_value(key, as_entry(found.get(key)), versions, load, timeout)


def restricted_paths():
    """Tree paths of every privacy-restricted section, usually none.

    Cached under the content version, which every privacy change replaces, so every process
    sharing the cache sees a change on its next call; never served stale. An entry also lasts
    at most RESTRICTED_PATHS_SECONDS, in case a change could not reach the cache (Redis was
    down). Email never relies on this list: it reads restrictions from the database
    (SitePageQuerySet)."""
    found = cache.get_many([VERSION_KEY, PRIVACY_VERSION_KEY, RESTRICTED_PATHS_KEY])
    version = found.get(VERSION_KEY)
    entry = found.get(RESTRICTED_PATHS_KEY)
    if version is not None and entry and entry[0] == version:
        return entry[1]
    version = raw_versions(found)[0]
    paths = restricted_paths_in_database()
    cache.set(RESTRICTED_PATHS_KEY, (version, paths), timeout=RESTRICTED_PATHS_SECONDS)
    return paths


def restricted_paths_in_database():
    """Tree paths of the restricted pages and of their aliases in the other languages' trees:
    Wagtail serves an alias, and whatever lies below one, under its source's restrictions, so
    the French place of a private section is private too."""
    restricted = PageViewRestriction.objects.values("page_id")
    sections = Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
    return list(sections.values_list("path", flat=True))

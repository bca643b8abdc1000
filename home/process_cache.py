"""What every page needs and only the content changes, remembered by each web process.

The site, its settings, the menu, the home page's sections, the restricted sections and the
figures are the same for every request until the content version (home.content_version)
changes. CachedSiteMiddleware reads the version once per request, with or without fragment
caching, and opens a request scope; within it, remember() keeps values in this process's memory
for as long as the version stays the same. A publish, an unpublish or a privacy change in any
process replaces the shared version, so every process drops what it remembered on its next
request.

Two safety nets:
- Without a shared version (Redis unreachable) nothing is remembered: every value is loaded
  afresh, from the database.
- Nothing is kept longer than PROCESS_MEMO_SECONDS (a setting; 0 turns remembering off), in
  case a version change could not reach the cache (Redis was down when staff published).

Values are remembered per language: menus and sections hold page titles in the reader's language.

Values are read by many requests at once: keep plain data, or model instances no request
changes; hand out copies of instances that Wagtail annotates per request (remember_copy)."""

import copy
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.utils.translation import get_language

from home.content_version import is_shared_version

_request_version = ContextVar("request_content_version", default=None)


class _Memo:
    """The values remembered under one content version."""

    def __init__(self, version):
        self.version = version
        self.expires = time.monotonic() + settings.PROCESS_MEMO_SECONDS
        self.values = {}

    def is_current(self, version):
        return self.version == version and time.monotonic() < self.expires


# More distinct keys than any site needs (keys made from hostile input stop being stored).
MAX_ENTRIES = 1000

_memo = _Memo(None)
_lock = threading.Lock()


@contextmanager
def request_scope(version):
    """Let remember() keep values under this request's content version while it is served."""
    remembering = settings.PROCESS_MEMO_SECONDS and is_shared_version(version)
    token = _request_version.set(version if remembering else None)
    try:
        yield
    finally:
        _request_version.reset(token)


def _current_memo(version):
    global _memo  # noqa: PLW0603 -- one memo per process, replaced when the version changes
    memo = _memo
    if memo.is_current(version):
        return memo
    with _lock:
        if not _memo.is_current(version):
            _memo = _Memo(version)
        return _memo


def remember(key, load):
    """load(), computed once per process while the content version stays the same; computed
    every time outside a request scope or without a shared version.

    The version was read at the start of the request, before load() runs, so what is stored
    under it is never older than it."""
    version = _request_version.get()
    if version is None:
        return load()
    values = _current_memo(version).values
    key = (get_language(), key)
    try:
        return values[key]
    except KeyError:
        value = load()
        if len(values) < MAX_ENTRIES:
            values[key] = value
        return value


def remember_copy(key, load):
    """A shallow copy of the remembered model instance (or None), for callers that set
    attributes on it per request, as Wagtail does on site settings and served pages."""
    value = remember(key, load)
    return copy.copy(value) if value is not None else None


def forget_everything():
    """Drop what this process remembers (tests that change data without publishing)."""
    global _memo  # noqa: PLW0603
    with _lock:
        _memo = _Memo(None)

"""Whether the media view may serve an uploaded image file to a request, and how it may be cached.

Home serves the files under MEDIA_ROOT but knows nothing of who uploaded what. An app built on
it that keeps some files private answers through the `before_serve_media` Wagtail hook (register
it in the app's wagtail_hooks.py): a function of (request, path), the path relative to
MEDIA_ROOT, that returns None when the file is none of its business, PRIVATE when the file is
restricted and this request may see it, or HIDDEN when, for this request, the file is not there.
"""

import enum

from wagtail import hooks

HOOK_NAME = "before_serve_media"


class MediaAccess(enum.Enum):
    PUBLIC = "public"  # anyone may see it, and any cache may keep it
    PRIVATE = "private"  # this request may see it; no cache may keep it
    HIDDEN = "hidden"  # not found, as far as this request is concerned


def media_access(request, path):
    """The strictest answer any registered hook gives; PUBLIC when none has a say."""
    answers = {check(request, path) for check in hooks.get_hooks(HOOK_NAME)}
    for access in (MediaAccess.HIDDEN, MediaAccess.PRIVATE):
        if access in answers:
            return access
    return MediaAccess.PUBLIC

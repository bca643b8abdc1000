"""The site in three languages: English at /, French at /fr/ and Spanish at /es/.

Pages are translated in the admin with wagtail-localize. Every other locale is kept in step
with the English tree (a LocaleSynchronization per locale, home/migrations/0010): until a page is
translated, its place in the French or Spanish tree is taken by an alias of the English page,
which follows every English publish. So a reader of /fr/ moves through French addresses only,
reads English where nothing is translated yet (with a note saying so), and switching language
never lands on a missing page.

Listings, search, feeds and email read the pages of one tree: the reader's
(`SitePageQuerySet.public`, through reading_locale_id()), so nothing is listed twice.
"""

import threading

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.models import Locale, Page

_locale_ids = {}
_lock = threading.Lock()


def locale_ids():
    """{language code: Locale id}, read once per process (locales are added rarely, and every
    process drops its copy when one is saved here; another process keeps an added language's
    pages in the default tree until it restarts)."""
    if not _locale_ids:
        with _lock:
            if not _locale_ids:
                _locale_ids.update(Locale.objects.values_list("language_code", "pk"))
    return _locale_ids


@receiver([post_save, post_delete], sender=Locale)
def forget_locale_ids(sender, **kwargs):
    with _lock:
        _locale_ids.clear()


def default_language():
    return settings.LANGUAGE_CODE


def reading_language():
    """The language of the current request or email, as a code in settings.LANGUAGES."""
    return translation.get_supported_language_variant(
        translation.get_language() or default_language()
    )


def reading_locale_id():
    """The Locale whose tree the current reader reads: their language's, else the default's."""
    ids = locale_ids()
    return ids.get(reading_language()) or ids.get(default_language())


def is_fallback(page):
    """Whether `page` stands in for an English page not yet translated into its language: an
    alias in another locale's tree, showing the English content."""
    return bool(page.alias_of_id) and page.locale_id != locale_ids().get(default_language())


def reader_version(page, language_code):
    """(the page a reader of `language_code` should be sent to, whether its content is in that
    language) for a page of the default tree: its live translation, else its alias in that
    language's tree (English content at an address in that language), else the page itself."""
    return reader_versions([page], language_code)[page.pk]


def reader_versions(pages, language_code):
    """reader_version() for each of `pages`, by page id, in one query."""
    language_code = translation.get_supported_language_variant(language_code)
    locale_id = locale_ids().get(language_code)
    if language_code == default_language() or locale_id is None:
        return {page.pk: (page, language_code == default_language()) for page in pages}
    found = {
        version.translation_key: version
        for version in Page.objects.filter(
            translation_key__in=[page.translation_key for page in pages],
            locale_id=locale_id,
            live=True,
        ).specific()
    }
    versions = {}
    for page in pages:
        version = found.get(page.translation_key)
        versions[page.pk] = (version, not is_fallback(version)) if version else (page, False)
    return versions


def add_missing_aliases(page):
    """Give a page its place in every locale synchronised from its own, where it has none.

    wagtail-localize does this for pages created in the admin; pages first published another
    way (a grantee's update, approved) get theirs when they go live."""
    from wagtail_localize.models import LocaleSynchronization

    for sync in LocaleSynchronization.objects.filter(sync_from_id=page.locale_id):
        if not Page.objects.filter(
            translation_key=page.translation_key, locale_id=sync.locale_id
        ).exists():
            page.copy_for_translation(sync.locale, copy_parents=True, alias=True)


def language_name(language_code):
    """The language's own name for itself ("Français"), as settings.LANGUAGES gives it."""
    return dict(settings.LANGUAGES).get(language_code, language_code)

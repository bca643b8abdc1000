from django.db.models import Q
from wagtail.models import Page, PageQuerySet

from home.content_version import restricted_paths, restricted_paths_in_database
from home.listing import card_rendition_prefetch
from home.locales import reading_locale_id
from home.process_cache import remember


def restricted_section_paths():
    """Tree paths of every privacy-restricted section (home.content_version.restricted_paths),
    remembered by this process while the content version stays the same: every privacy change
    replaces the version."""
    return remember("restricted-paths", restricted_paths)


class SitePageQuerySet(PageQuerySet):
    """Wagtail's page queryset, with the privacy filter built from a cached list of restricted
    sections instead of a query on every call.

    `.live().public()` is the one live-and-public filter for pages, listings, feeds, search, the
    API and email. Email asks for `.public(cached=False)`: once sent, it cannot be taken back,
    so it reads the restrictions from the database rather than trusting any cache.

    It also keeps to the reader's page tree (home/locales.py): the French tree under /fr/, the
    English one elsewhere and in tasks, so that a page and its translations or aliases are
    never listed or counted together."""

    def private_q(self, cached=True):
        """Pages in a restricted section, in any language's tree; `cached=False` reads the
        restrictions from the database."""
        paths = restricted_section_paths() if cached else restricted_paths_in_database()
        q = Q()
        for path in paths:
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])

    def public(self, cached=True):
        return self.exclude(self.private_q(cached)).filter(locale_id=reading_locale_id())


class DatedPageQuerySet(SitePageQuerySet):
    """Pages with a `date` field, listed newest first with their card images."""

    def listing(self):
        return (
            self.live()
            .public()
            .select_related("image")
            .prefetch_related(card_rendition_prefetch())
            .order_by("-date", "-pk")
        )


def site_pages():
    """All pages, as a queryset with the cached privacy filter."""
    return SitePageQuerySet(Page)

from django.db.models import Q
from wagtail.models import Page, PageQuerySet

from home.cache import restricted_paths


class SitePageQuerySet(PageQuerySet):
    """Wagtail's page queryset, with the privacy filter built from a cached list of restricted
    sections instead of a query on every call."""

    def private_q(self):
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


def site_pages():
    """All pages, as a queryset with the cached privacy filter."""
    return SitePageQuerySet(Page)

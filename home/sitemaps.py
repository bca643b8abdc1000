from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from taggit.models import Tag

from home.querysets import site_pages


class TopicSitemap(Sitemap):
    def __init__(self, request=None):
        self.request = request

    def items(self):
        public = site_pages().live().public()
        return (
            Tag.objects.filter(home_pagetag_items__content_object__in=public)
            .annotate(updated=Max("home_pagetag_items__content_object__last_published_at"))
            .order_by("slug")
        )

    def location(self, tag):
        return f"/topics/{tag.slug}/"

    def lastmod(self, tag):
        return tag.updated

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from taggit.models import Tag


class TopicSitemap(Sitemap):
    def __init__(self, request=None):
        self.request = request

    def items(self):
        return (
            Tag.objects.filter(home_pagetag_items__content_object__live=True)
            .annotate(updated=Max("home_pagetag_items__content_object__last_published_at"))
            .order_by("slug")
        )

    def location(self, tag):
        return f"/topics/{tag.slug}/"

    def lastmod(self, tag):
        return tag.updated

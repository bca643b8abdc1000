from django.contrib.sitemaps import Sitemap

from research.models import Country


class CountrySitemap(Sitemap):
    def __init__(self, request=None):
        self.request = request

    def items(self):
        return Country.objects.with_public_projects().order_by("slug")

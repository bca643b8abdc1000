from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from taggit.models import Tag
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from home.locales import default_language
from home.querysets import site_pages
from home.templatetags.locale_tags import language_tag


class PageSitemap(WagtailSitemap):
    """Wagtail's sitemap of the pages of the English tree (the default site's root and below;
    aliases, which show the English page at another address, are never listed), each with its
    live translations as hreflang alternates (and itself, in English and as x-default)."""

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        pages = list(self.paginator.page(page).object_list)
        translations = self.translations(pages)
        for item in pages:
            alternates = translations.get(item.translation_key, [])
            for url_info in item.get_sitemap_urls(self.request):
                if alternates:
                    url_info["alternates"] = [
                        {"lang_code": code, "location": url_info["location"]}
                        for code in (language_tag(default_language()), "x-default")
                    ] + alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def translations(self, pages):
        """{translation_key: [alternate]} for the live, real translations of `pages`: one
        query, whatever the number of pages."""
        found = {}
        translated = (
            Page.objects.filter(
                translation_key__in=[page.translation_key for page in pages],
                alias_of__isnull=True,
                live=True,
            )
            .exclude(locale__language_code=default_language())
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for translation in translated:
            found.setdefault(translation.translation_key, []).append(
                {
                    "lang_code": language_tag(translation.locale.language_code),
                    "location": translation.get_full_url(self.request),
                }
            )
        return found


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

"""The reader's language on every page: <html lang>, the language switcher, hreflang alternates
and the note on a page shown in English at a French or Spanish address (home/locales.py)."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Site

from home.locales import default_language, is_fallback, language_name, reading_language
from home.process_cache import remember

register = template.Library()

# Said in the reader's own language, about that language: one sentence per language rather than
# a language name slotted into a sentence, which French and Spanish inflect differently.
FALLBACK_NOTES = {
    "fr": _("This page has not been translated into French yet; it is shown in English."),
    "es": _("This page has not been translated into Spanish yet; it is shown in English."),
}


@dataclass(frozen=True)
class LanguageVersion:
    """Where a reader of `code` goes from the page being read."""

    code: str
    url: str
    full_url: str
    found: bool  # the same page or view in that language, rather than that language's home page
    translated: bool  # written in that language, rather than an alias showing the English page

    @property
    def name(self):
        return language_name(self.code)

    @property
    def tag(self):
        return language_tag(self.code)


@register.filter
def language_tag(code):
    """A language code as HTML's lang and hreflang attributes write it: "en-gb" -> "en-GB"."""
    language, _separator, region = code.partition("-")
    return f"{language}-{region.upper()}" if region else language


def language_home(code):
    with translation.override(code):
        return reverse("wagtail_serve", args=("",))


def page_versions(request, page):
    """{language code: LanguageVersion} for a Wagtail page: each language's live page with the
    same translation_key (a translation or an alias), or that language's home page where the
    page has no place in its tree. One query, remembered until content changes."""

    def load():
        found = {
            version.locale.language_code: version
            for version in Page.objects.filter(
                translation_key=page.translation_key, live=True
            ).select_related("locale")
        }
        versions = {}
        for code, _name in settings.LANGUAGES:
            version = found.get(code)
            if version is None:
                url = language_home(code)
                full_url = request.build_absolute_uri(url)
                versions[code] = LanguageVersion(code, url, full_url, found=False, translated=False)
            else:
                versions[code] = LanguageVersion(
                    code,
                    version.get_url(request),
                    version.get_full_url(request),
                    found=True,
                    translated=version.alias_of_id is None,
                )
        return versions

    site = Site.find_for_request(request)
    return remember(("page-languages", site.pk if site else None, page.translation_key), load)


def view_versions(request):
    """{language code: LanguageVersion} for any other view: the same address under each
    language's prefix, with its query string. An address Wagtail would serve but that holds no
    page (a page not found) leads to each language's home page instead."""
    path = request.get_full_path()
    try:
        lost = resolve(request.path_info).url_name == "wagtail_serve"
    except Resolver404:
        lost = True
    versions = {}
    for code, _name in settings.LANGUAGES:
        url = language_home(code) if lost else translate_url(path, code)
        full_url = request.build_absolute_uri(url)
        versions[code] = LanguageVersion(code, url, full_url, found=not lost, translated=not lost)
    return versions


def served_page(context):
    """The Wagtail page this response shows, if it is one (views that only pass a page along,
    such as the portfolio charts, are not)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return None
    match = getattr(request, "resolver_match", None)
    return page if match is not None and match.url_name == "wagtail_serve" else None


def language_versions(context):
    """The reader's way to the same content in each language, worked out once per response."""
    request = context["request"]
    if not hasattr(request, "language_versions"):
        page = served_page(context)
        request.language_versions = (
            page_versions(request, page) if page is not None else view_versions(request)
        )
    return request.language_versions


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    if context.get("request") is None:
        return {"languages": []}
    current = reading_language()
    query = context["request"].META.get("QUERY_STRING")
    page = served_page(context)
    languages = []
    for code, version in language_versions(context).items():
        url = version.url
        if page is not None and query and version.found:
            url = f"{url}?{query}"  # the same filters and page of a listing
        languages.append({"version": version, "url": url, "current": code == current})
    return {"languages": languages}


@register.inclusion_tag("components/language_alternates.html", takes_context=True)
def language_alternates(context):
    """<link rel="alternate" hreflang> for each language the page is really written in, and
    x-default (English); none where the page is written in one language only."""
    if context.get("request") is None:
        return {}
    versions = language_versions(context)
    alternates = [version for version in versions.values() if version.translated]
    if len(alternates) < 2:
        return {}
    return {"alternates": alternates, "x_default": versions[default_language()].full_url}


@register.simple_tag(takes_context=True)
def canonical_page_url(context):
    """The page's own full URL; the English page's for a page shown in English at a French or
    Spanish address, so that search engines index the English text once."""
    page = context["page"]
    if served_page(context) is page and is_fallback(page):
        return language_versions(context)[default_language()].full_url
    return page.get_full_url(context.get("request"))


@register.simple_tag(takes_context=True)
def fallback_note(context):
    """The sentence saying that this page is shown in English, on a page that stands in for an
    untranslated one; empty elsewhere."""
    page = served_page(context)
    if page is None or not is_fallback(page):
        return ""
    return FALLBACK_NOTES.get(reading_language(), "")

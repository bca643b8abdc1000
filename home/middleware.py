import copy

from django.conf import settings
from django.http import HttpResponseBadRequest
from django.http.request import split_domain_port
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import cc_delim_re
from wagtail.models import Site

from home.content_version import content_version, load_request_entries
from home.models.pages import with_detail_relations
from home.process_cache import remember, remember_copy, request_scope


class CachedSiteMiddleware:
    """Read the content version once per request and serve the request in its scope, so that
    what only content changes is remembered per process (home.process_cache), whether or not
    fragments are cached: the request's Wagtail site with its specific home page, and the site
    root paths every page URL is built from.

    Wagtail otherwise looks up the site, then its root page, then the specific home page, and
    reads the root paths from the cache, on every request. With fragment caching on, the same
    cache round trip brings the page this path routed to last time (used by HomePage.route)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE_SECONDS:
            load_request_entries(request)
            version = request.content_version
        else:
            version = content_version()
        with request_scope(version):
            request._wagtail_site = self.site_for(request)
            request._wagtail_cached_site_root_paths = remember(
                "site-root-paths", Site.get_site_root_paths
            )
            return self.get_response(request)

    def site_for(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        site = remember_copy(("site", hostname, request.get_port()), lambda: find_site(request))
        if site is not None:
            site.root_page = copy.copy(site.root_page)  # served, and annotated, per request
        return site


def find_site(request):
    """The site, with its home page in the reader's language."""
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = with_detail_relations(site.root_page.localized)
    return site


class ContentSecurityPolicyMiddleware:
    """Send CONTENT_SECURITY_POLICY with every page outside the Wagtail admin (whose own
    scripts are inline). The site's templates load scripts and styles only from files."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = "; ".join(
            f"{directive} {' '.join(sources)}"
            for directive, sources in settings.CONTENT_SECURITY_POLICY.items()
        )
        self.exempt = tuple(settings.CONTENT_SECURITY_POLICY_EXEMPT_PATHS)

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and not request.path.startswith(self.exempt):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response


class TextCompressionMiddleware(GZipMiddleware):
    """Gzip pages, feeds and JSON for clients that accept it; leave images and documents, which
    are compressed already, as they are. Django's GZipMiddleware pads each response with random
    bytes, which defeats BREACH-style guessing of the CSRF token in a compressed page."""

    COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/rss+xml")

    def process_response(self, request, response):
        if not response.get("Content-Type", "").startswith(self.COMPRESSIBLE):
            return response
        return super().process_response(request, response)


class RejectNulMiddleware:
    """A NUL character in an address or its query string is never meant, and PostgreSQL refuses
    it in any text it is given; rather than have every view take care, such a request gets a bad
    request (400) here. A cookie holding one (a forged session key) is dropped, as if it had
    never been sent, before the session middleware looks it up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.COOKIES = {
            name: value
            for name, value in request.COOKIES.items()
            if "\x00" not in name and "\x00" not in value
        }
        if "\x00" in request.path or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in request.GET.lists()
        ):
            return HttpResponseBadRequest(
                "This address contains a NUL character.", content_type="text/plain"
            )
        return self.get_response(request)


class LanguageFromAddressMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware for a site whose addresses alone give the language: /fr/ and
    /es/ for French and Spanish, English everywhere else, whatever the browser asks for. So no
    response varies with Accept-Language, and a CDN keeps one copy of each address."""

    def process_response(self, request, response):
        response = super().process_response(request, response)
        if response.has_header("Vary"):
            kept = [
                header
                for header in cc_delim_re.split(response["Vary"])
                if header.lower() != "accept-language"
            ]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response

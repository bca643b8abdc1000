from django.conf import settings
from django.http import HttpResponseBadRequest
from django.middleware.gzip import GZipMiddleware
from wagtail.models import Site

from home.content_version import load_request_entries, store_request_entry


class CachedSiteMiddleware:
    """Resolve the request's Wagtail site, with its specific home page, from the shared cache.

    Wagtail otherwise looks up the site, then its root page, then the specific home page, on
    every request. One cache round trip also brings the content version and the page this
    path routed to last time (used by HomePage.route)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE_SECONDS:
            load_request_entries(request)
            request._wagtail_site = self.site_for(request)
        return self.get_response(request)

    def site_for(self, request):
        if "site" in request.cached_entries:
            return request.cached_entries["site"]
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        store_request_entry(request, "site", site, settings.FRAGMENT_CACHE_SECONDS)
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

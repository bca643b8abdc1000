"""What browsers, proxies and CDNs may keep, decided in one place for every response.

- **Personal responses are `private, no-store`.** A request that carries a cookie the site reads
  to tell people apart (the session, which a signed-in person and a visitor who passed a page's
  password both have, or pending messages) is answered for that person alone, and so is any
  response that sets a cookie. That second rule covers every page with a form that posts: the
  form holds a CSRF token tied to the visitor's own CSRF cookie, which Django sets again with the
  page. Such a page shared through a CDN would hand one visitor's token (and cookie) to the
  next, and a visitor served a copy without its cookie could not send the form. Pages with forms
  (sign-up, contact, sign-in, link requests) are few and little read; every other page stays
  shareable, since reading the site sets no cookie (the footer's sign-up box posts nowhere: it
  passes the address to the sign-up page by GET). The CSRF cookie alone changes nothing a page
  shows, so a visitor who holds one still gets shareable pages.
- **Anonymous pages are `public, s-maxage=…`**: a 200 answer to a GET or HEAD, whose view set no
  Cache-Control of its own, may be kept by a shared cache for CDN_CACHE_SECONDS, or for
  CDN_QUERY_CACHE_SECONDS when the address has a query string (filters, searches, page numbers:
  too many to purge one by one when something is published). Browsers get no max-age: they keep
  the page and ask again each time, cheaply (below). The Vary header stays as Django built it:
  `Cookie` wherever the page read the session (it would differ for a signed-in person, who must
  not be served the shared copy), `Accept-Encoding` wherever it is compressed. Files streamed
  from disk (documents, exports) are left as their views send them: their privacy can change
  without a publish, which is what purges follow (home.frontend_cache).
- **Conditional GETs answer 304 without rendering.** A shareable page carries an ETag, a hash of
  its content. The ETag is remembered in the shared cache for that address together with the
  content version (home.content_version) read before the page was rendered. A later request
  for the same address that sends the ETag back is answered 304 straight from that entry while
  the content version is unchanged, without running the view; after a change the page is
  rendered again, and still answered 304 if its content came out the same. Only ETags the site
  issued for a shared page are ever honoured this way, and only to requests without personal
  cookies: a signed-in person's request is always rendered for them. While the shared cache
  cannot be reached (or holds no content version), nothing is remembered or answered early.
"""

import hashlib

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
)

from home.content_version import VERSION_KEY, dated

SAFE_METHODS = ("GET", "HEAD")
# Headers a remembered validator keeps for the 304 answers given in its name.
VALIDATOR_HEADERS = ("Cache-Control", "Vary", "Last-Modified")
# Request headers whose value may change what a shareable address shows (the API negotiates
# its format); each combination is remembered apart.
VALIDATOR_KEYED_ON = ("HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE")
# A remembered validator is dropped sooner by a content change; this only bounds its life.
VALIDATOR_SECONDS = 24 * 60 * 60


def personal_cookies():
    """Cookies the site reads to tell people apart."""
    return (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)


def cache_directives(response):
    return {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def is_personal(request):
    return any(name in request.COOKIES for name in personal_cookies())


def may_share(request):
    """May the answer to this request be the same for everyone who sends it?"""
    return request.method in SAFE_METHODS and not is_personal(request)


def shared_seconds(request):
    return settings.CDN_QUERY_CACHE_SECONDS if request.GET else settings.CDN_CACHE_SECONDS


def weak_etag(content):
    """Weak, since the compressed bytes differ from one response to the next (GZip pads them)
    while what they say is the same."""
    return f'W/"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'


def validator_key(request):
    parts = [request.build_absolute_uri(), *(request.META.get(h, "") for h in VALIDATOR_KEYED_ON)]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"http-validator:{digest}"


class HttpCacheMiddleware:
    """Cache-Control, ETag and early 304 answers, as the module docstring says. It sits above
    the session, CSRF and messages middleware, so it sees every cookie they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_share(request):
            return self.keep_private(request, self.get_response(request))
        key = validator_key(request)
        found = cache.get_many([VERSION_KEY, key])  # one round trip to the shared cache
        version = dated(found[VERSION_KEY]) if VERSION_KEY in found else None
        validator = found.get(key) if version is not None else None
        if validator and validator[0] == version:
            answer = get_conditional_response(request, etag=validator[1])
            if answer is not None and answer.status_code == 304:
                for name, value in {"ETag": validator[1], **validator[2]}.items():
                    answer.headers[name] = value
                return answer
        return self.share(request, self.get_response(request), key, version, validator)

    def keep_private(self, request, response):
        if "public" not in cache_directives(response):
            add_never_cache_headers(response)
        return response

    def share(self, request, response, key, version, validator):
        """Mark a shareable answer as such, and remember its ETag under the content version
        read before it was rendered, unless that is remembered already."""
        if response.cookies:  # a per-visitor token or a fresh session: for this visitor only
            add_never_cache_headers(response)
            return response
        if response.status_code != 200 or response.streaming or "Cache-Control" in response:
            return response
        patch_cache_control(response, public=True, s_maxage=shared_seconds(request))
        response.headers["ETag"] = weak_etag(response.content)
        headers = {name: response[name] for name in VALIDATOR_HEADERS if name in response}
        entry = (version, response["ETag"], headers)
        if version is not None and entry != validator:
            cache.set(key, entry, VALIDATOR_SECONDS)
        return get_conditional_response(request, etag=response["ETag"], response=response)

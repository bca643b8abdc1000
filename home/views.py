import hashlib
import posixpath
from dataclasses import dataclass, replace

from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.static import serve
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Site
from wagtail.search.utils import normalise_query_string

from home.content import content_kinds
from home.content_version import cached_under_content_version, cached_while_current
from home.listing import Cards, cards_for, in_order, lazy, paginate
from home.media_access import MediaAccess, media_access
from home.process_cache import remember
from home.querysets import site_pages
from home.search import clean_query, highlight, highlight_title, parse_query
from home.search_backend import paginate_results
from home.search_hints import corrected_spelling, quick_links, suggested_topics
from home.search_log import record_search

PROMOTED_WORDINGS_KEY = "search-promoted-wordings"


def topic_pages(tag):
    return (
        site_pages()
        .live()
        .public()
        .filter(tagged_items__tag=tag)
        .order_by("-first_published_at", "-pk")
    )


def topic_index(request):
    topics = (
        Tag.objects.annotate(
            page_count=Count(
                "home_pagetag_items",
                filter=Q(
                    home_pagetag_items__content_object__in=site_pages().live().public().values("pk")
                ),
            )
        )
        .filter(page_count__gt=0)
        .prefetch_related("digest_themes")
        .order_by("name")
    )
    return TemplateResponse(request, "home/topic_index.html", {"topics": topics})


def topic_detail(request, slug):
    def load():
        return get_object_or_404(Tag.objects.prefetch_related("digest_themes"), slug=slug)

    # a topic and its themes are reference data: remembered by each process until they change
    tag = remember(("topic", slug), lambda: cached_while_current(request, f"topic:{slug}", load))
    # the first digest theme that covers the topic, offered on its page (newsletter.DigestTheme)
    theme = next(iter(tag.digest_themes.all()), None)
    pages = topic_pages(tag)
    # how many pages a topic has changes only with the content: remembered by each process
    cards = Cards(pages, count=lambda: remember(("topic-count", tag.pk), pages.count))
    results = lazy(lambda: paginate(request, cards))
    return TemplateResponse(
        request,
        "home/topic_detail.html",
        {"tag": tag, "theme": theme, "results": results},
    )


def search(request):
    query = clean_query(request.GET.get("q"))
    types = {kind.search_slug: kind.model for kind in content_kinds()}
    chosen_type = request.GET.get("type") if request.GET.get("type") in types else ""
    context = {
        "query": query,
        "chosen_type": chosen_type,
        "type_choices": [(slug, model._meta.verbose_name_plural) for slug, model in types.items()],
        "results": None,
    }
    first_page = request.GET.get("page", "1") == "1"
    if query:
        parsed = parse_query(query)
        found = lazy(find, request, parsed, types.get(chosen_type))
        context.update(
            results=lazy(lambda: found.results),
            broadened=lazy(lambda: found.broadened),
            quick_links=lazy(quick_links, parsed),
            promotions=lazy(promoted_pages, query) if first_page else [],
            hints=lazy(hints_for_nothing_found, parsed),
        )
        if not chosen_type and first_page:
            total = cached_while_current(
                request, search_cache_key("total", query), lambda: found.results.paginator.count
            )
            record_search(query, found_nothing=not total)
    return TemplateResponse(request, "home/search.html", context)


def search_cache_key(name, query):
    return f"search-{name}:" + hashlib.sha256(query.encode()).hexdigest()


@dataclass(frozen=True)
class Result:
    page: object
    title: str  # with the matches marked
    excerpt: str


@dataclass(frozen=True)
class Found:
    results: object  # the requested page of Results
    broadened: bool  # no page had every word: these have any of them


def find(request, parsed, page_type=None):
    """The requested page of results. When no page has every word of a query of several, the
    pages with any of them, said so, rather than nothing."""
    results = search_results(request, parsed, page_type)
    if results.paginator.count or parsed.operator == "or" or not parsed.has_several_parts:
        return Found(results, broadened=False)
    broader = replace(parsed, operator="or")
    return Found(search_results(request, broader, page_type), broadened=True)


def search_results(request, parsed, page_type=None):
    """The requested page of results, each with its title and an excerpt marked.

    Only this site's pages, in the reader's language: the site's home page is the one in that
    language (home.middleware.find_site); the tree's root is no page of the site, and has no
    card to show."""
    pages = site_pages().live().public().in_site(Site.find_for_request(request))
    if page_type:
        pages = pages.type(page_type)
    found = pages.only("pk", "content_type").search(parsed.backend_query())
    results = paginate_results(request, found)
    rows = [(page.pk, page.content_type_id) for page in results.object_list]
    results.object_list = [
        Result(page, highlight_title(page.title, parsed), highlight(page.listing_summary, parsed))
        for page in cards_for(rows)
    ]
    return results


def promoted_pages(query):
    """The live, public pages staff picked for this query (Promoted search results)."""
    wording = normalise_query_string(query)
    if wording not in promoted_wordings():
        return []
    picks = SearchPromotion.objects.filter(
        query__query_string=wording,
        page__in=site_pages().live().public().values("pk"),
    ).order_by("sort_order", "pk")
    ids = list(picks.values_list("page_id", flat=True))
    return in_order(Cards(site_pages().filter(pk__in=ids)), ids) if ids else []


def promoted_wordings():
    """The wordings staff picked results for, so that other searches ask nothing more. Read
    again whenever a pick changes (it replaces the content version: home/signals.py)."""

    def load():
        return frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))

    def shared():
        return cached_under_content_version(
            PROMOTED_WORDINGS_KEY, load, settings.FRAGMENT_CACHE_SECONDS or 60
        )

    return remember(PROMOTED_WORDINGS_KEY, shared)  # by each web process, too


def hints_for_nothing_found(parsed):
    return {
        "spelling": corrected_spelling(parsed),
        "topics": suggested_topics(parsed),
    }


def page_not_found(request, exception):
    """The friendly 404 page; never cached, so made-up addresses cannot fill the cache."""
    return render(request, "404.html", {"uncached": True}, status=404)


# Wagtail keeps original images and their renditions in these folders of MEDIA_ROOT. Documents
# live in another folder, and stay out of reach here, so collection privacy cannot be bypassed.
IMAGE_FOLDERS = ("original_images/", "images/")


def media(request, path):
    """An uploaded image, for sites where no proxy or bucket serves MEDIA_URL (SERVE_MEDIA).

    Apps keep some files private through home.media_access: those are not found by requests
    that may not see them, and are never stored by a browser or shared cache, so that one
    person's private file is never handed to the next. A not-found answer is not stored either,
    as the file may become public later under the same address."""
    path = posixpath.normpath(path)  # so that "images/../documents/…" is seen for what it is
    if not path.startswith(IMAGE_FOLDERS):
        raise Http404
    access = media_access(request, path)
    if access is MediaAccess.HIDDEN:
        response = page_not_found(request, Http404())
        add_never_cache_headers(response)
        return response
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if access is MediaAccess.PRIVATE:
        add_never_cache_headers(response)
    else:
        patch_cache_control(response, public=True, max_age=settings.MEDIA_MAX_AGE)
    return response


@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

"""Purging a CDN or caching proxy when what public addresses show changes, through Wagtail's
frontend cache backends (WAGTAILFRONTENDCACHE, built from FRONTEND_CACHE_BACKEND in settings).

What a publish or unpublish changes, purged together in one batch:
- the page's own addresses (Wagtail's `get_cached_paths`, so a routable page's sub-paths too);
- its live ancestors, which list it: its section's index and the home page;
- for a tagged page, the topic index and its topics' pages and feeds;
- the site's feeds and the sitemap.
Each language's tree has its own pages (home/locales.py), published together with the English
one, so each is purged at its own addresses, its topics under its own language prefix.
A page that moves, or whose slug changes, is purged at its former address and under its former
parent too; a privacy restriction added, changed or removed purges the section it covers, so a
page made private leaves the CDN at once.

Not purged, and so kept by a CDN for at most CDN_CACHE_SECONDS: other pages that show the page
in passing (related content, country pages, the menu), pages below a moved section, and changes
to snippets, images and settings, which reach too many addresses to list. Addresses with a query
string (filtered listings, searches, page numbers, the API) cannot be listed either, and are
kept for CDN_QUERY_CACHE_SECONDS only (home/http_cache.py).

The addresses are worked out while the page is at hand and purged by a Celery task handed over
once the change commits (home/outbox.py): a CDN's API can take seconds to answer, or none, and
publishing should not wait for it, nor a purge run before the change it announces is visible.
That is also why Wagtail's own `wagtail.contrib.frontend_cache` app, whose signal handlers purge
a page at once and only that page, is not installed: its backends and `PurgeBatch` are used here.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from home import outbox
from home.models import TaggedPage

SITE_WIDE_LISTINGS = ("rss", "atom", "sitemap")


def site_url(page):
    site = page.get_site()
    return site.root_url if site else None


def listing_urls(page):
    """Addresses besides the page's own and its ancestors' that list it."""
    root = site_url(page)
    if root is None:
        return []
    names = [(name, []) for name in SITE_WIDE_LISTINGS]
    specific = page.specific_deferred
    language = page.locale.language_code
    if isinstance(specific, TaggedPage):
        names.append(("topic_index", []))
        for slug in specific.tags.values_list("slug", flat=True):
            names += [("topic", [slug]), ("topic_rss", [slug]), ("topic_atom", [slug])]
    with translation.override(language):
        return [root + url for name, args in names if (url := address_of(name, args))]


def address_of(name, args):
    """The view's address, or None for a topic whose slug no address can carry (a tag made
    outside the admin): it has no page to purge, and publishing must not fail over it."""
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def purge_batch_for(page):
    batch = PurgeBatch()
    batch.add_page(page)
    batch.add_pages(page.get_ancestors().filter(depth__gt=1).live())
    batch.add_urls(listing_urls(page))
    return batch


def purge_later(batch):
    """Purge the batch's addresses from a worker once the current transaction commits. (The
    receivers below build no batch at all while no frontend cache is configured.)"""
    if batch.urls:
        outbox.enqueue("home.tasks.purge_frontend_cache", sorted(batch.urls))


def purge(urls):
    """What the task runs: Wagtail's backends, each purging the addresses of its hosts."""
    purge_urls_from_cache(urls)


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE:
        purge_later(purge_batch_for(instance))


@receiver(page_slug_changed)
def slug_changed(sender, instance, instance_before, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = purge_batch_for(instance)
    batch.add_page(instance_before)
    purge_later(batch)


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = purge_batch_for(instance)
    batch.add_urls(former_urls(url_path_before))
    batch.add_pages([parent_page_before, *parent_page_before.get_ancestors().filter(depth__gt=1)])
    purge_later(batch)


def former_urls(url_path):
    """The address a page had at `url_path` on each site whose tree held it."""
    return [
        root.root_url + "/" + url_path.removeprefix(root.root_path)
        for root in Site.get_site_root_paths()
        if url_path.startswith(root.root_path)
    ]


@receiver([post_save, post_delete], sender=PageViewRestriction)
def restriction_changed(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    section = Page.objects.filter(pk=instance.page_id).first()
    if section is None:  # deleted with its section, which was purged as it was unpublished
        return
    batch = purge_batch_for(section)
    batch.add_pages(section.get_descendants().live())
    purge_later(batch)

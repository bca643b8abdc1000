import datetime
import functools
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.cache.utils import make_template_fragment_key
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import Filter
from wagtail.models import Site

from home.content_version import cached_while_current
from home.listing import CARD_IMAGE_SPEC, SMALL_CARD_IMAGE_SPEC
from home.models import StandardPage
from home.models.tags import topic_name as display_topic_name
from home.process_cache import remember
from home.querysets import site_pages

register = template.Library()

IMAGE_SPECS = {
    "card": CARD_IMAGE_SPEC,
    "hero": "fill-1600x700|format-webp|webpquality-75",
    "content": "max-1200x900|format-webp|webpquality-80",
    "social": "fill-1200x630|format-jpeg|jpegquality-80",
}

# Narrower renditions offered beside the full one, so that phones and three-column card grids
# download what they show, and how wide each size is drawn: the detail column is at most 42rem
# wide; cards fill a phone's width, then sit two and, from 59rem, three to a row (.card-grid).
SMALL_IMAGE_SPECS = {
    "card": SMALL_CARD_IMAGE_SPEC,
    "hero": "fill-800x350|format-webp|webpquality-75",
    "content": "max-800x600|format-webp|webpquality-80",
}
IMAGE_SIZES = {
    "card": (
        "(max-width: 40rem) calc(100vw - 2.5rem), (max-width: 59rem) calc(50vw - 2.25rem), 24rem"
    ),
    "hero": "100vw",
    "content": "(max-width: 44rem) 100vw, 42rem",
}


@functools.cache
def image_filter(spec):
    """One Wagtail filter per spec for the process: parsing a spec into its operations costs
    more than finding the rendition."""
    return Filter(spec=spec)


@dataclass(frozen=True)
class ResponsiveImage:
    rendition: object
    srcset: str = ""
    sizes: str = ""


def responsive_image(image, size):
    """The rendition of an image at `size`, with a srcset and sizes where a narrower file
    exists. The <img> and the preload link of a page's first image both come from here, so the
    file a browser preloads is the one the <img> then asks for."""
    specs = [IMAGE_SPECS[size], *([SMALL_IMAGE_SPECS[size]] if size in SMALL_IMAGE_SPECS else [])]
    renditions = image.get_renditions(*map(image_filter, specs))  # one query for all of them
    widths = {r.width: r.url for r in sorted(renditions.values(), key=lambda r: r.width)}
    if len(widths) < 2:
        return ResponsiveImage(renditions[specs[0]])
    srcset = ", ".join(f"{url} {width}w" for width, url in widths.items())
    return ResponsiveImage(renditions[specs[0]], srcset, IMAGE_SIZES[size])


@register.simple_tag
def credited_image(image, size="content", css_class="", loading="lazy"):
    """An image with its alt text and its credit line, which must travel with it everywhere.
    An eagerly loaded image is the page's largest, so the browser fetches it first; a page
    with one also preloads it ({% preload_image %} in its `preload` block).

    Written here rather than in an included template: a card grid draws a dozen of these, and
    an inclusion tag spent two and a half times as long on each."""
    if not image:
        return ""
    picture = responsive_image(image, size)
    rendition = picture.rendition
    return format_html(
        '<figure class="credited-image credited-image--{} {}">\n'
        '  <img src="{}"{} width="{}" height="{}" alt="{}" loading="{}"{}>\n'
        '  <figcaption class="credited-image__credit">{}</figcaption>\n'
        "</figure>",
        size,
        css_class,
        rendition.url,
        format_html(' srcset="{}" sizes="{}"', picture.srcset, picture.sizes)
        if picture.srcset
        else "",
        rendition.width,
        rendition.height,
        image.alt_text,
        loading,
        mark_safe(' fetchpriority="high"' if loading == "eager" else ' decoding="async"'),  # noqa: S308
        image.credit,
    )


@register.simple_tag
def example_badge():
    """The mark on content that illustrates rather than reports (home.models.base)."""
    return format_html(
        '<span class="example-badge" title="{}">{}</span>',
        _("Illustrative content: it describes no real grant, person or event"),
        _("Example"),
    )


@register.simple_tag(takes_context=True)
def card(context, page, marked_title="", excerpt=""):
    """A page as a card in a grid: its image, kind, date, title and summary. Search results
    pass the title and excerpt with the matched words marked.

    Written here rather than in an included template, which spent a third more time on each
    card: a grid can hold a hundred (a country's projects)."""
    when = ""
    if page.listing_date:
        hours = format_html(" · {}", page.listing_time) if page.listing_time else ""
        when = format_html(" {}{}", time_element(page.listing_date), hours)
    summary = excerpt or Truncator(page.listing_summary or "").words(32, truncate=" …")
    return format_html(
        '<article class="card{}">\n  {}\n  <div class="card__body">\n'
        '    <p class="card__meta">{}<span class="card__type">{}</span>{}</p>\n'
        '    <h3 class="card__title"><a href="{}">{}</a></h3>\n'
        "    {}\n  </div>\n</article>",
        "" if page.image else " card--text",
        credited_image(page.image, "card", "card__image"),
        # only the page types that carry examples have the field
        format_html("{} ", example_badge()) if getattr(page, "is_example", False) else "",
        page.type_label,
        when,
        page.get_url(request=context.get("request")),
        marked_title or page.title,
        format_html('<p class="card__summary">{}</p>', summary) if summary else "",
    )


@register.simple_tag
def preload_image(image, size):
    """{% preload_image page.image "hero" %} in a page's `preload` block: the image the page
    draws first and largest (its LCP element) is fetched from the <head>, beside the
    stylesheet, rather than once the body reaches it."""
    if not image:
        return ""
    picture = responsive_image(image, size)
    if not picture.srcset:
        return format_html(
            '<link rel="preload" as="image" href="{}" fetchpriority="high">',
            picture.rendition.url,
        )
    return format_html(
        '<link rel="preload" as="image" href="{}" imagesrcset="{}" imagesizes="{}"'
        ' fetchpriority="high">',
        picture.rendition.url,
        picture.srcset,
        picture.sizes,
    )


@register.simple_tag
def image_url(image, size):
    return image.get_rendition(image_filter(IMAGE_SPECS[size])).full_url if image else ""


# How a day reads on cards and page headers, in the reader's language: 5 Mar 2024, 5 March 2024.
DATE_STYLES = {"short": _("j M Y"), "long": _("j F Y")}


@register.filter
def time_element(value, style="short"):
    """{{ page.date|time_element }}: the day as a <time> element, its machine-readable date
    beside the words ("long" spells the month out); empty without a date."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = template_localtime(value).date()
    return day_markup(value, style, get_language())


@functools.lru_cache(maxsize=4096)
def day_markup(day, style, language):
    """A day reads the same on every page: each process writes it once per style and
    language."""
    with translation.override(language):
        words = formats.date_format(day, DATE_STYLES[style])
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), words)


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    url_path: str  # the page's place in the tree, to tell whether the reader is in its section


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    page = context.get("page")
    current_path = getattr(page, "url_path", "")
    items = remember(("main-menu", site.pk), lambda: menu_items(site, request)) if site else []
    return {"items": [(item, current_path.startswith(item.url_path)) for item in items]}


def menu_items(site, request):
    """The main menu's pages with their addresses, which only a change of content moves."""
    pages = site_pages().child_of(site.root_page).live().public().in_menu()
    return [MenuItem(page.title, page.get_url(request), page.url_path) for page in pages]


@register.simple_tag(takes_context=True)
def trust_links(context):
    """{% trust_links as trust %}: the privacy notice, cookie statement and accessibility
    statement to link to, by slug (home.trust); looked up again only when content changes."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return StandardPage.trust_links()
    return remember(("trust-links", site.pk), lambda: StandardPage.trust_links(request))


@register.filter
def topic_name(name):
    """{{ tag.name|topic_name }}: a topic as readers see it (home.models.tags.topic_name)."""
    return display_topic_name(name)


# Dollar amounts for headlines, each language writing its own abbreviation and sign.
USD_SHORT = (
    (1_000_000_000, 1, _("$%(amount)sB")),
    (1_000_000, 1, _("$%(amount)sM")),
    (1_000, 0, _("$%(amount)sK")),
)


@register.filter
def usd_short(amount):
    """Dollar amounts for headlines: $682K, $23.4M, $1.2B (682 k$, 23,4 M$ in French)."""
    amount = int(amount or 0)
    for limit, decimals, text in USD_SHORT:
        if amount >= limit:
            value = round(amount / limit, decimals)
            places = decimals if value != int(value) else 0
            return text % {"amount": formats.number_format(value, places)}
    return usd(amount)


def usd(amount):
    """A whole number of dollars with the reader's digit grouping: $150,000 (150 000 $)."""
    return _("$%(amount)s") % {
        "amount": formats.number_format(int(amount or 0), force_grouping=True)
    }


@dataclass(frozen=True)
class ListingWords:
    """How a listing names what it lists: its heading, its filter form and its count."""

    heading: str
    filter_label: str
    count: str  # ngettext_lazy with a %(count)s placeholder, chosen by its "count"
    matching: str  # the same, once filters are applied


LISTING_WORDS = {
    "project": ListingWords(
        _("Projects"),
        _("Filter projects"),
        ngettext_lazy("%(count)s project.", "%(count)s projects.", "count"),
        ngettext_lazy(
            "%(count)s project matches your filters.",
            "%(count)s projects match your filters.",
            "count",
        ),
    ),
    "insight brief": ListingWords(
        _("Insight briefs"),
        _("Filter insight briefs"),
        ngettext_lazy("%(count)s insight brief.", "%(count)s insight briefs.", "count"),
        ngettext_lazy(
            "%(count)s insight brief matches your filters.",
            "%(count)s insight briefs match your filters.",
            "count",
        ),
    ),
    "story": ListingWords(
        _("Stories"),
        _("Filter stories"),
        ngettext_lazy("%(count)s story.", "%(count)s stories.", "count"),
        ngettext_lazy(
            "%(count)s story matches your filters.",
            "%(count)s stories match your filters.",
            "count",
        ),
    ),
    "event": ListingWords(
        _("Events"),
        _("Filter events"),
        ngettext_lazy("%(count)s event.", "%(count)s events.", "count"),
        ngettext_lazy(
            "%(count)s event matches your filters.",
            "%(count)s events match your filters.",
            "count",
        ),
    ),
    "upcoming event": ListingWords(
        _("Upcoming events"),
        _("Filter upcoming events"),
        ngettext_lazy("%(count)s upcoming event.", "%(count)s upcoming events.", "count"),
        ngettext_lazy(
            "%(count)s upcoming event matches your filters.",
            "%(count)s upcoming events match your filters.",
            "count",
        ),
    ),
    "past event": ListingWords(
        _("Past events"),
        _("Filter past events"),
        ngettext_lazy("%(count)s past event.", "%(count)s past events.", "count"),
        ngettext_lazy(
            "%(count)s past event matches your filters.",
            "%(count)s past events match your filters.",
            "count",
        ),
    ),
}


@register.simple_tag
def listing_words(label_one, label, count, filtered):
    """{% listing_words "project" "projects" count form.is_filtered as words %}: the
    heading, filter form label and count sentence of a listing ("12 projects match your
    filters."), as whole sentences in the reader's language."""
    words = LISTING_WORDS.get(label_one)
    count = count or 0
    if words is None:  # a listing this table does not name yet: in English
        sentence = f"{count} {label_one if count == 1 else label}"
        if filtered:
            sentence += f" {'matches' if count == 1 else 'match'} your filters"
        return {
            "heading": capfirst(label),
            "filter_label": f"Filter {label}",
            "count": f"{sentence}.",
        }
    sentence = words.matching if filtered else words.count
    return {
        "heading": words.heading,
        "filter_label": words.filter_label,
        "count": sentence % {"count": count},
    }


class SharedFragmentNode(template.Node):
    """Markup that is the same on every page of a site, such as the footer: each process draws
    it once per language while the content version stays the same (home.process_cache), so a
    page rendered from scratch after a publish does not draw it again. Drawn afresh in
    previews."""

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = Site.find_for_request(request)
        key = ("shared-fragment", self.name, site.pk if site else None)
        return remember(key, lambda: self.nodelist.render(context))


@register.tag
def shared_fragment(parser, token):
    """{% shared_fragment "name" %}...{% endshared_fragment %}: markup every page shows alike,
    drawn once per process until content changes. Nothing in it may depend on the page or
    the visitor."""
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("shared_fragment takes a name and nothing else.")
    return SharedFragmentNode(nodelist, bits[1].strip("\"'"))


class FragmentCacheNode(template.Node):
    """A cached fragment that is rebuilt once whenever published content changes, while other
    requests serve the previous one (home.content_version); bypassed in previews and when
    FRAGMENT_CACHE_SECONDS is 0. Keys are made the way Django's {% cache %} makes them; its
    node (and Wagtail's, which adds the preview rule) stores and reads with plain get and set,
    with no way to serve the previous value during a rebuild."""

    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        request = context.get("request")
        if (
            not settings.FRAGMENT_CACHE_SECONDS
            or request is None
            or getattr(request, "is_preview", False)
            or context.get("uncached")
        ):
            return self.nodelist.render(context)
        key = make_template_fragment_key(self.name, [var.resolve(context) for var in self.vary_on])
        return cached_while_current(request, key, lambda: self.nodelist.render(context))


@register.tag
def fragment(parser, token):
    """{% fragment "name" value ... %}...{% endfragment %}: cache the enclosed markup per name
    and values until content changes."""
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("fragment needs a name.")
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return FragmentCacheNode(nodelist, bits[1].strip("\"'"), vary_on)

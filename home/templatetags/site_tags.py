import functools
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.cache.utils import make_template_fragment_key
from django.utils.html import format_html
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


@register.inclusion_tag("components/image.html")
def credited_image(image, size="content", css_class="", loading="lazy"):
    """An image with its alt text and its credit line, which must travel with it everywhere.
    An eagerly loaded image is the page's largest, so the browser fetches it first; a page
    with one also preloads it ({% preload_image %} in its `preload` block)."""
    context = {"image": image, "css_class": css_class, "loading": loading, "size": size}
    if not image:
        return {**context, "picture": None}
    return {**context, "picture": responsive_image(image, size)}


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


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    page = context.get("page")
    current_path = getattr(page, "url_path", "")
    pages = remember(("main-menu", site.pk), lambda: menu_pages(site)) if site else []
    return {"items": [(item, current_path.startswith(item.url_path)) for item in pages]}


def menu_pages(site):
    return list(site_pages().child_of(site.root_page.localized).live().public().in_menu())


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


@register.filter
def usd_short(amount):
    """Dollar amounts for headlines: $682K, $23.4M, $1.2B."""
    amount = int(amount or 0)
    for limit, suffix, decimals in ((1_000_000_000, "B", 1), (1_000_000, "M", 1), (1_000, "K", 0)):
        if amount >= limit:
            value = f"{amount / limit:.{decimals}f}".removesuffix(".0")
            return f"${value}{suffix}"
    return f"${amount}"


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

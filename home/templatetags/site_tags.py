from django import template
from wagtail.models import Site

from home.listing import CARD_IMAGE_SPEC

register = template.Library()

IMAGE_SPECS = {
    "card": CARD_IMAGE_SPEC,
    "hero": "fill-1600x700|format-webp|webpquality-75",
    "content": "max-1200x900|format-webp|webpquality-80",
    "social": "fill-1200x630|format-jpeg|jpegquality-80",
}


@register.inclusion_tag("components/image.html")
def credited_image(image, size="content", css_class="", loading="lazy"):
    """An image with its alt text and its credit line, which must travel with it everywhere."""
    rendition = image.get_rendition(IMAGE_SPECS[size]) if image else None
    return {
        "image": image,
        "rendition": rendition,
        "css_class": css_class,
        "loading": loading,
        "size": size,
    }


@register.simple_tag
def image_url(image, size):
    return image.get_rendition(IMAGE_SPECS[size]).full_url if image else ""


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    page = context.get("page")
    current_path = getattr(page, "url_path", "")
    pages = site.root_page.get_children().live().in_menu() if site else []
    return {"items": [(item, current_path.startswith(item.url_path)) for item in pages]}


@register.filter
def usd_short(amount):
    """Dollar amounts for headlines: $682K, $23.4M, $1.2B."""
    amount = int(amount or 0)
    for limit, suffix, decimals in ((1_000_000_000, "B", 1), (1_000_000, "M", 1), (1_000, "K", 0)):
        if amount >= limit:
            value = f"{amount / limit:.{decimals}f}".removesuffix(".0")
            return f"${value}{suffix}"
    return f"${amount}"

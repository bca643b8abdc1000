"""Building blocks for every listing on the site: cards with their images fetched in bulk,
pagination that survives bad page numbers, and filter values kept in the URL."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "fill-640x360|format-webp|webpquality-75"
SMALL_CARD_IMAGE_SPEC = "fill-400x225|format-webp|webpquality-75"  # for three cards to a row
PAGE_SIZE = 12


def card_rendition_prefetch(lookup="image"):
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec__in=[CARD_IMAGE_SPEC, SMALL_CARD_IMAGE_SPEC])
    )
    return Prefetch(f"{lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")


def card_queryset(pages):
    """Specific pages of any type, each with its card image and rendition in a constant number
    of queries (one per page type, plus images and renditions)."""
    return (
        pages.specific()
        .select_related("image", for_specific_subqueries=True)
        .prefetch_related(card_rendition_prefetch(), for_specific_subqueries=True)
    )


def in_order(objects, ids):
    by_id = {obj.pk: obj for obj in objects}
    return [by_id[pk] for pk in ids if pk in by_id]


def paginate(request, items, per_page=PAGE_SIZE):
    """The requested page of items; out-of-range or malformed numbers give the nearest page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def filtered_page(request, form, listing):
    """The requested page of a filtered listing, computed only when the template needs it.
    `listing` is a function returning the unfiltered queryset."""
    return lazy(lambda: paginate(request, form.filter(listing())))


def lazy(function, *args):
    """Defer work until a template uses the value, so a cached fragment costs no queries."""
    return SimpleLazyObject(lambda: function(*args))


def live_projects(relation):
    """The projects of a page's many-to-many relation that visitors may see, with their
    programmes."""
    return list(visible_pages(relation).select_related("programme"))


def visible_pages(relation):
    """The live, public pages of a page's many-to-many relation, for the page and the API alike:
    a draft or private page linked from a public one stays out of sight.

    Matched by id against the model's own live().public(), not filtered with it: in previews the
    relation is held in memory, where only plain field lookups work."""
    visible = relation.model.objects.live().public().values_list("id", flat=True)
    return relation.filter(id__in=visible)

"""Building blocks for every listing on the site: cards with their images fetched in bulk,
pagination that survives bad page numbers, and filter values kept in the URL."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model

CARD_IMAGE_SPEC = "fill-640x360|format-webp|webpquality-75"
PAGE_SIZE = 12


def card_rendition_prefetch(lookup="image"):
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=CARD_IMAGE_SPEC)
    return Prefetch(f"{lookup}__renditions", queryset=renditions, to_attr="prefetched_renditions")


def card_queryset(pages):
    """Specific pages of any type, each with its card image and rendition in a constant number
    of queries (one per page type, plus images and renditions)."""
    return (
        pages.specific()
        .select_related("image", for_specific_subqueries=True)
        .prefetch_related(card_rendition_prefetch(), for_specific_subqueries=True)
    )


class Cards:
    """Pages of any type as cards (components/card.html): each page of its specific type with
    only the columns its card shows (the model's `card_fields`), its image and the image's card
    rendition. A list for templates and paginators alike: counting is one query, and any slice
    costs one query for the pages' types, one per type and one for all the renditions."""

    def __init__(self, pages):
        self.pages = pages

    def count(self):
        return self.pages.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if isinstance(index, slice):
            return load_cards(self.pages[index])
        return load_cards(self.pages[index : index + 1])[0]

    def __iter__(self):
        return iter(load_cards(self.pages))


def load_cards(pages):
    rows = list(pages.values_list("pk", "content_type_id"))
    ids_by_type = defaultdict(list)
    for pk, content_type_id in rows:
        ids_by_type[content_type_id].append(pk)
    found = {}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        found.update(
            model.objects.filter(pk__in=ids)
            .only(*model.card_fields)
            .select_related("image")
            .in_bulk()
        )
    attach_card_renditions([page.image for page in found.values() if page.image_id])
    return [found[pk] for pk, _ in rows if pk in found]


def attach_card_renditions(images):
    """Give each image its card rendition, as card_rendition_prefetch() does, in one query for
    all of them."""
    if not images:
        return
    renditions = defaultdict(list)
    rendition_model = get_image_model().get_rendition_model()
    for rendition in rendition_model.objects.filter(
        image_id__in={image.pk for image in images}, filter_spec=CARD_IMAGE_SPEC
    ):
        renditions[rendition.image_id].append(rendition)
    for image in images:
        image.prefetched_renditions = renditions[image.pk]


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

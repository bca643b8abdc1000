"""Building blocks for every listing on the site: cards with their images fetched in bulk,
pagination that survives bad page numbers, and filter values kept in the URL."""

import functools

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from wagtail.images import get_image_model
from wagtail.models import Page

CARD_IMAGE_SPEC = "fill-640x360|format-webp|webpquality-75"
SMALL_CARD_IMAGE_SPEC = "fill-400x225|format-webp|webpquality-75"  # for three cards to a row
CARD_IMAGE_SPECS = [CARD_IMAGE_SPEC, SMALL_CARD_IMAGE_SPEC]
PAGE_SIZE = 12


def card_rendition_prefetch(lookup="image"):
    renditions = (
        get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD_IMAGE_SPECS)
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


class Cards:
    """Pages of any type as cards ({% card %} in site_tags): each page of its specific type with
    only the columns its card shows (the model's `card_fields`), its image and the image's card
    rendition. A list for templates and paginators alike: counting is one query, and any slice
    costs three, whatever the page types (see cards_for)."""

    def __init__(self, pages, count=None):
        self.pages = pages
        self.counted = count  # a function that gives the count, where it is known more cheaply

    def count(self):
        return self.counted() if self.counted else self.pages.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        rows = self.pages.values_list("pk", "content_type_id")
        if isinstance(index, slice):
            return cards_for(rows[index])
        return cards_for(rows[index : index + 1])[0]

    def __iter__(self):
        return iter(cards_for(self.pages.values_list("pk", "content_type_id")))


def cards_for(rows):
    """The cards of pages given as (id, content type id) rows, in their order: one query for
    the columns the cards show, from the pages joined to the tables of the types among them,
    one for their images with the card renditions. Joining only the types present keeps the
    query small enough for PostgreSQL to plan quickly; each card is built as its own type from
    its columns, without a generic page beside it."""
    rows = list(rows)
    models = {type_id: ContentType.objects.get_for_id(type_id).model_class() for _, type_id in rows}
    lookups = {lookup for model in models.values() for _, lookup in card_columns(model)}
    pages = Page.objects.filter(pk__in=[pk for pk, _ in rows]).order_by()  # `rows` gives the order
    found = {values["id"]: values for values in pages.values(*lookups)}
    cards = [card_from(models[type_id], found[pk]) for pk, type_id in rows if pk in found]
    attach_card_images([card for card in cards if getattr(card, "image_id", None)])
    return cards


@functools.cache
def card_page_types():
    """{page type: how a Page reaches its row of that type} for every type with cards. Each is
    a direct child of Page (the site's page bases are abstract)."""
    return {
        relation.related_model: relation.get_accessor_name()
        for relation in Page._meta.related_objects
        if relation.parent_link and hasattr(relation.related_model, "card_fields")
    }


@functools.cache
def card_columns(model):
    """(attribute, lookup from Page) for each column a card of this page type shows, in the
    order of the model's fields; a type without cards gets the columns of a plain page."""
    join = card_page_types().get(model)
    names = {"id", "content_type", *(model.card_fields if join else ())}
    page_fields = {field.attname for field in Page._meta.concrete_fields}
    columns = []
    for field in (model if join else Page)._meta.concrete_fields:
        if field.name in names or field.attname in names or field.primary_key:
            on_page = field.attname in page_fields
            lookup = field.attname if on_page else f"{join}__{field.attname}"
            columns.append((field.attname, "id" if field.primary_key else lookup))
    return tuple(columns)


def card_from(model, values):
    """A page of `model` from the columns cards_for() read; a page of a type without cards is
    fetched as Wagtail would."""
    columns = card_columns(model)
    names = [name for name, _ in columns]
    if model not in card_page_types():
        return Page.from_db(
            DEFAULT_DB_ALIAS, names, [values[lookup] for _, lookup in columns]
        ).specific
    return model.from_db(DEFAULT_DB_ALIAS, names, [values[lookup] for _, lookup in columns])


def attach_card_images(cards):
    """Give each card its image with the image's card renditions (as card_rendition_prefetch()
    does): one query for all the cards, reading the images with their renditions, and one more
    for any image still without one."""
    if not cards:
        return
    image_ids = {card.image_id for card in cards}
    images = {}
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(image_id__in=image_ids, filter_spec__in=CARD_IMAGE_SPECS)
        .select_related("image")
    )
    for rendition in renditions:
        image = images.setdefault(rendition.image_id, rendition.image)
        image.prefetched_renditions = [*getattr(image, "prefetched_renditions", []), rendition]
    if missing := image_ids - images.keys():
        for image in get_image_model().objects.filter(pk__in=missing):
            image.prefetched_renditions = []
            images[image.pk] = image
    for card in cards:
        card.image = images.get(card.image_id)


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

    Each in the reader's tree (home/locales.py): pages link the English pages, whichever tree
    they are in, so a French brief lists the French places of its projects. The relation is
    read by its pages' translation keys, which works in previews too, where it is held in
    memory and only plain field lookups work."""
    keys = relation.values_list("translation_key", flat=True)
    return relation.model.objects.live().public().filter(translation_key__in=keys)

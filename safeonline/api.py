"""The read-only open-data API: one endpoint per public content type.

Wagtail's API passes most query parameters to the database as they come. Here each value is
read first, the way the database will read it, and one it cannot take is a bad request (400),
or in an address a page that is not there (404), never a database error (500)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from rest_framework.filters import BaseFilterBackend
from taggit.managers import TaggableManager
from wagtail.api.v2 import filters
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError, parse_boolean
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError
from wagtail.search.query import PlainText

from home.content import content_kinds
from home.querysets import site_pages
from home.search import search_query

# Django checks a plain integer lookup against its column's range, but not an id compared through
# a relation (a page type's pk is its link to Page), nor an offset: past the largest integer
# SQLite and PostgreSQL hold, SQLite raises on the one and both databases on the other.
LARGEST_INTEGER = 2**63 - 1
INTEGER_PARAMETERS = {"id", "offset", "child_of", "ancestor_of", "descendant_of", "translation_of"}
TREE_ROOT = "root"  # what child_of, descendant_of and translation_of also accept


def is_database_integer(text):
    return text.isascii() and text.isdigit() and int(text) <= LARGEST_INTEGER


def check_parameters(request):
    """Refuse integer parameters that are not whole numbers the database can hold (NUL
    characters never get this far: home.middleware.RejectNulMiddleware)."""
    for name, values in request.GET.lists():
        for text in values:
            if name in INTEGER_PARAMETERS and text != TREE_ROOT and not is_database_integer(text):
                raise BadRequestError(f"{name} must be a whole number up to {LARGEST_INTEGER}")


def field_value(field, text):
    """text as the value field holds, by the field's own reading and validators (which know
    the column's integer range); ids of related rows are read by the column they match."""
    if isinstance(field, models.BooleanField):
        try:
            return parse_boolean(text)
        except ValueError as error:
            raise BadRequestError(f"{field.name} must be true or false") from error
    column = field
    while column.is_relation:
        column = column.target_field
    try:
        value = column.to_python(text)
        column.run_validators(value)
    except ValidationError as error:
        raise BadRequestError(f"{field.name}: {' '.join(error.messages)}") from error
    return value


class FieldsFilter(BaseFilterBackend):
    """?<field>=<value> on the fields the endpoint shows, as Wagtail's FieldsFilter does, with
    each value read by its field first. A related page the site does not show (a draft, a
    private page) matches nothing, so the API cannot confirm that it is linked."""

    def filter_queryset(self, request, queryset, view):
        names = set(view.get_available_fields(queryset.model, db_fields_only=True))
        names.discard("locale")  # LocaleFilter's
        for name, text in request.GET.items():
            if name in names:
                queryset = filter_by_field(queryset, queryset.model._meta.get_field(name), text)
        return queryset


def filter_by_field(queryset, field, text):
    if isinstance(field, StreamField):
        raise BadRequestError(f"cannot filter by {field.name}")
    if isinstance(field, TaggableManager):
        return filter_by_tags(queryset, text)
    value = field_value(field, text)
    if field.is_relation and issubclass(field.related_model, Page):
        visible = site_pages().live().public().filter(pk=value).values("pk")
        return queryset.filter(**{f"{field.name}__in": visible})
    return queryset.filter(**{field.name: value})


def filter_by_tags(queryset, names):
    """Pages with every tag named. Through PageTag's own link to Page: taggit's lookup joins a
    page type's table on an id column only Page's table has."""
    for name in names.split(","):
        queryset = queryset.filter(tagged_items__tag__name=name)
    return queryset


class SearchFilter(BaseFilterBackend):
    """?search=, read as the site's search box reads a query (home.search.search_query), so no
    text reaches a database's full-text syntax as syntax."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator", PlainText.DEFAULT_OPERATOR).lower()
        if operator not in PlainText.OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        if "tags" in request.GET:
            raise BadRequestError("filtering by tag with a search query is not supported")
        query = search_query(request.GET["search"], operator)
        try:
            return queryset.search(query, order_by_relevance="order" not in request.GET)
        except FilterFieldError as error:
            raise BadRequestError(f"cannot filter by {error.field_name} while searching") from error
        except OrderByFieldError as error:
            raise BadRequestError(f"cannot order by {error.field_name} while searching") from error


class ContentTypeAPIViewSet(PagesAPIViewSet):
    """Live, public pages of exactly one type (the `type` parameter cannot widen it)."""

    filter_backends = [
        FieldsFilter,
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        filters.OrderingFilter,
        filters.TranslationOfFilter,
        filters.LocaleFilter,
        SearchFilter,  # last, as in Wagtail: search results cannot be filtered further
    ]

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_parameters(request)

    def get_queryset(self):
        """Open data: what anyone may see, whoever asks. Wagtail's base queryset lets a
        signed-in account through "logged-in users" restrictions; live().public() does not."""
        in_site = self.get_base_queryset().values_list("pk", flat=True)
        return self.model.objects.live().public().filter(pk__in=in_site)

    def get_object(self):
        if self.kwargs["pk"] > LARGEST_INTEGER:
            raise Http404("not found")
        return super().get_object()


def endpoint(model):
    return type(f"{model.__name__}APIViewSet", (ContentTypeAPIViewSet,), {"model": model})


ENDPOINTS = {kind.plural: kind.model for kind in content_kinds() if kind.in_api}

api_router = WagtailAPIRouter("wagtailapi")
for name, model in ENDPOINTS.items():
    api_router.register_endpoint(name, endpoint(model))

"""The content page types, found from the models rather than listed by hand."""

from django.apps import apps
from django.utils.text import slugify


def content_page_models():
    """Every concrete page type that takes part in the shared topic vocabulary."""
    from home.models import TaggedPage

    return [
        model
        for model in apps.get_models()
        if issubclass(model, TaggedPage) and not model._meta.abstract
    ]


def content_type_slug(model):
    return slugify(model._meta.verbose_name_plural)


def content_types_by_slug():
    return {content_type_slug(model): model for model in content_page_models()}

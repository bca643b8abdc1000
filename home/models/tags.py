"""One tag vocabulary (taggit's Tag) shared by every page type through a single table, so that a
topic page or a "related by tags" query covers all content types in one query."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class PageTag(TaggedItemBase):
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "page tag"

"""One tag vocabulary (taggit's Tag) shared by every page type through a single table, so that a
topic page or a "related by tags" query covers all content types in one query."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


def topic_name(name):
    """How a topic is shown wherever people read it. Tags are stored as typed, in lower case but
    for names and acronyms ("generative AI", "help-seeking"), so that "Grooming" and "grooming"
    are one topic; they are shown in sentence case ("Generative AI", "Help-seeking"). A name
    whose second letter is a capital ("eSafety") is a brand, and is shown as typed."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].upper() + name[1:]


class PageTag(TaggedItemBase):
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = "page tag"

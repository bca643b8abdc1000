from django import forms
from django.db import models
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel


class DigestTheme(models.Model):
    """A set of topics from the shared vocabulary that staff offer members as one digest theme.
    Content carrying any of its topics goes into the theme's digests."""

    name = models.CharField(max_length=80, unique=True)
    description = models.CharField(max_length=240, help_text="One line shown on the sign-up form.")
    topics = models.ManyToManyField(
        Tag,
        related_name="digest_themes",
        help_text="Content carrying any of these topics goes into the theme's digests. A topic "
        "may belong to several themes.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def topic_names(self):
        return ", ".join(sorted(topic.name for topic in self.topics.all()))

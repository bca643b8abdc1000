from django import forms
from django.db import models
from django.utils.translation import get_language
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel, FieldRowPanel


class DigestTheme(models.Model):
    """A set of topics from the shared vocabulary that staff offer members as one digest theme.
    Content carrying any of its topics goes into the theme's digests."""

    name = models.CharField(max_length=80, unique=True)
    name_fr = models.CharField("name in French", max_length=80, blank=True)
    name_es = models.CharField("name in Spanish", max_length=80, blank=True)
    description = models.CharField(max_length=240, help_text="One line shown on the sign-up form.")
    description_fr = models.CharField("description in French", max_length=240, blank=True)
    description_es = models.CharField("description in Spanish", max_length=240, blank=True)
    topics = models.ManyToManyField(
        Tag,
        related_name="digest_themes",
        help_text="Content carrying any of these topics goes into the theme's digests. A topic "
        "may belong to several themes.",
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_fr"), FieldPanel("name_es")]),
        FieldPanel("description"),
        FieldPanel("description_fr"),
        FieldPanel("description_es"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def in_active_language(self, field):
        """The field in the active language (`name_fr` for French), or in English where staff
        have not translated it."""
        language = (get_language() or "").split("-")[0]
        return getattr(self, f"{field}_{language}", "") or getattr(self, field)

    @property
    def display_name(self):
        """The name members read, in the active language."""
        return self.in_active_language("name")

    @property
    def display_description(self):
        return self.in_active_language("description")

    @property
    def topic_names(self):
        return ", ".join(sorted(topic.name for topic in self.topics.all()))

from django.db import models
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel


class DigestTheme(models.Model):
    """A topic from the shared vocabulary that staff offer members as a digest theme."""

    tag = models.OneToOneField(
        Tag,
        on_delete=models.CASCADE,
        related_name="digest_theme",
        help_text="Content carrying this tag goes into the theme's digests.",
    )
    name = models.CharField(max_length=80, unique=True)
    description = models.CharField(max_length=240, help_text="One line shown on the sign-up form.")
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("tag"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

from functools import cached_property

from django.db import models
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """An image that always carries a credit line, shown wherever the image is rendered."""

    credit = models.CharField(
        max_length=255,
        help_text='Shown with the image wherever it appears, e.g. "© UNICEF/Jane Doe".',
    )

    admin_form_fields = (*Image.admin_form_fields, "credit")

    @property
    def alt_text(self):
        return self.default_alt_text


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    @cached_property
    def url(self):
        """Asked for by the <img>, its srcset and a page's preload link: the storage builds it
        once per rendition."""
        return self.file.url

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("url", None)  # cached renditions build it from the reading process's storage
        return state

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

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

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

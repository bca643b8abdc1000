"""The reference data research pages show: changing it changes what pages render."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from home.content_version import bump_content_version
from research.models import Country, Organisation, Programme

CHANGES = [post_save, post_delete]


@receiver(CHANGES, sender=Programme)
@receiver(CHANGES, sender=Country)
@receiver(CHANGES, sender=Organisation)
def reference_data_changed(sender, **kwargs):
    bump_content_version()

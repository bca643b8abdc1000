"""Whatever changes what pages show replaces the content version (home.content_version): a page
published, unpublished, moved or deleted, a change of privacy, or reference data that pages
show. Each app names its own reference data in its signals.py, the way this one does."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from home.content_version import bump_content_version
from home.models import CustomImage, FundFigures, SiteSettings, SynonymGroup

CHANGES = [post_save, post_delete]


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
def page_changed(sender, **kwargs):
    bump_content_version()


@receiver(CHANGES, sender=CustomImage)
@receiver(CHANGES, sender=SiteSettings)
@receiver(CHANGES, sender=FundFigures)
@receiver(CHANGES, sender=Tag)
@receiver(CHANGES, sender=Site)
@receiver(CHANGES, sender=get_document_model())
# what a search finds and shows first
@receiver(CHANGES, sender=SynonymGroup)
@receiver(CHANGES, sender=SearchPromotion)
# privacy: restricted sections are cached under the content version
@receiver(CHANGES, sender=PageViewRestriction)
@receiver(CHANGES, sender=CollectionViewRestriction)
def reference_data_changed(sender, **kwargs):
    bump_content_version()

"""Whatever changes what pages show replaces the content version (home.content_version): a page
published, unpublished, moved or deleted, a change of privacy, or reference data that pages
show. Changes that can take something away from visitors replace the privacy version as well,
so that nothing cached before them is served again while it is rebuilt. Each app names its own
reference data in its signals.py, the way this one does."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from home.content_version import bump_content_version
from home.locales import add_missing_aliases
from home.models import CustomImage, FundFigures, SiteSettings, SynonymGroup, TopicName

CHANGES = [post_save, post_delete]


@receiver(page_published)
def content_published(sender, **kwargs):
    """A publish adds or rewords what the public sees; previous fragments may be served while
    they are rebuilt."""
    bump_content_version()


@receiver(page_published)
def keep_languages_in_step(sender, instance, alias=False, **kwargs):
    if not alias:
        add_missing_aliases(instance)


# wagtail-localize fills a locale's tree when its synchronisation is saved, also when the row
# is only being loaded (fixtures, a test database restored), before the pages it would copy.
post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@receiver(post_save, sender=LocaleSynchronization)
def fill_synchronised_tree(sender, instance, raw=False, **kwargs):
    if not raw:
        instance.sync_trees()


@receiver(page_unpublished)
@receiver(post_page_move)  # into or out of a private section, and every URL below it
@receiver(post_delete, sender=Page)
@receiver(CHANGES, sender=PageViewRestriction)
@receiver(CHANGES, sender=CollectionViewRestriction)
@receiver(CHANGES, sender=Collection)  # a collection's name decides its privacy
@receiver(CHANGES, sender=Site)  # which pages a host name routes to
def visibility_changed(sender, **kwargs):
    bump_content_version(affects_privacy=True)


# Size and hash that Wagtail measures and saves on first use change nothing anyone sees.
MEASURED_FIELDS = {"file_size", "file_hash"}


@receiver(CHANGES, sender=CustomImage)
@receiver(CHANGES, sender=get_document_model())
def file_changed(sender, update_fields=None, **kwargs):
    """An image's or document's collection decides who may fetch it (community/uploads.py)."""
    if update_fields and set(update_fields) <= MEASURED_FIELDS:
        return
    bump_content_version(affects_privacy=True)


@receiver(CHANGES, sender=SiteSettings)
@receiver(CHANGES, sender=FundFigures)
@receiver(CHANGES, sender=Tag)
@receiver(CHANGES, sender=TopicName)
# what a search finds and shows first
@receiver(CHANGES, sender=SynonymGroup)
@receiver(CHANGES, sender=SearchPromotion)
def reference_data_changed(sender, **kwargs):
    bump_content_version()

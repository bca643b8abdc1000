from django.apps import apps
from django.db import connections
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    workflow_approved,
    workflow_rejected,
)

from community import uploads
from community.access import is_grantee
from home import outbox


def queue_review_outcome(state, outcome, comment=""):
    if is_grantee(state.requested_by):
        outbox.enqueue("community.tasks.send_review_outcome", state.pk, outcome, comment)


@receiver(workflow_approved)
def tell_grantee_published(sender, instance, **kwargs):
    task_state = instance.task_states.exclude(comment="").order_by("-finished_at").first()
    queue_review_outcome(instance, "published", task_state.comment if task_state else "")


@receiver(workflow_rejected)
def tell_grantee_changes_requested(sender, instance, **kwargs):
    queue_review_outcome(instance, "changes_requested", instance.current_task_state.get_comment())


@receiver(page_published)
def make_published_uploads_public(sender, instance, **kwargs):
    uploads.publish_uploads_of(instance)


@receiver(page_unpublished)
def make_withdrawn_uploads_private(sender, instance, **kwargs):
    """Also runs when a live page is deleted: Wagtail unpublishes it first."""
    uploads.withdraw_uploads_of(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def recheck_uploads_after_a_privacy_change(sender, **kwargs):
    """A section made private (or public, or a page moved across) changes which grantee files
    are public; a task rechecks them all, so the staff member's request does not wait."""
    outbox.enqueue("community.tasks.recheck_grantee_uploads")


@receiver(post_migrate, sender=apps.get_app_config("community"))
def secure_earlier_uploads(sender, using="default", **kwargs):
    """After migrate: see uploads.secure_earlier_uploads. A partial migrate may leave the image
    and document tables still to come."""
    tables = set(connections[using].introspection.table_names())
    needed = {get_image_model()._meta.db_table, get_document_model()._meta.db_table}
    if needed <= tables:
        uploads.secure_earlier_uploads()

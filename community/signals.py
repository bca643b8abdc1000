from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, workflow_approved, workflow_rejected

from community import uploads
from community.access import is_grantee
from home import outbox


def queue_review_outcome(state, outcome, comment=""):
    from community.tasks import send_review_outcome

    if is_grantee(state.requested_by):
        outbox.enqueue(send_review_outcome, state.pk, outcome, comment)


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

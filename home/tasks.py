from celery import shared_task

from home import contact, outbox


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_contact_notification(submission_id, address=None):
    contact.send_contact_notification(submission_id, address)


@shared_task
def flush_outbox():
    """Run by beat every minute: hand over task calls the broker could not take."""
    return outbox.flush()

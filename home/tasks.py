"""Celery tasks of the site shell, and the one retry policy every email task shares."""

from celery import shared_task

from home import contact, frontend_cache, outbox, retention

# A task that sends email retries when the mail server cannot be reached (OSError covers refused
# connections and timeouts), waiting 1, 2, 4 … seconds between tries, six times at the most.
EMAIL_RETRIES = {"autoretry_for": (OSError,), "retry_backoff": True, "max_retries": 6}


@shared_task(**EMAIL_RETRIES)
def send_contact_notification(submission_id, address=None):
    contact.send_contact_notification(submission_id, address)


@shared_task
def flush_outbox():
    """Run by beat every minute: hand over task calls the broker could not take."""
    return outbox.flush()


@shared_task
def purge_expired_personal_data():
    """Run by beat once a day: delete what the privacy notice says is kept no longer."""
    return retention.purge_expired_personal_data()


@shared_task
def purge_frontend_cache(urls):
    """Queued when a publish, move or privacy change alters what these addresses show."""
    frontend_cache.purge(urls)

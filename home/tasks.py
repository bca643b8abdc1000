from celery import shared_task

from home import contact


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_contact_notification(submission_id):
    contact.send_contact_notification(submission_id)

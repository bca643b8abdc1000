"""Task calls that survive a broker outage.

A form that emails someone (a sign-up's confirmation link, a contact message, an invitation)
saves its change and then queues a Celery task. Were Redis down at that moment, the task would
be lost after the change was committed, and the visitor would see a server error. Instead the
call is saved as an OutboxTask in the same transaction and handed to the broker once that
commits; if the broker cannot take it, the row stays and beat's flush hands it over later."""

import logging
from datetime import timedelta

from celery import current_app
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import KombuError

from home.models import OutboxTask

logger = logging.getLogger(__name__)

# A row younger than this may still be on its way to the broker from the request that saved it.
FLUSH_GRACE = timedelta(minutes=1)
FLUSH_BATCH = 500


def enqueue(task, *args):
    """Run `task(*args)` in a worker once the current transaction commits."""
    entry = OutboxTask.objects.create(task=task.name, args=list(args))
    transaction.on_commit(lambda: hand_over(entry))
    return entry


def hand_over(entry):
    """Publish the call and forget it; if the broker is unreachable, keep it for a retry."""
    try:
        # Celery's default publishing retries reconnect a connection that went stale when the
        # broker restarted, and give up on one that is down within a second.
        current_app.tasks[entry.task].apply_async(entry.args)
    except (KombuError, OSError) as error:
        logger.warning("Broker unreachable, %s kept for a later try: %s", entry, error)
        OutboxTask.objects.filter(pk=entry.pk).update(
            attempts=entry.attempts + 1, last_error=str(error)[:1000]
        )
        return False
    OutboxTask.objects.filter(pk=entry.pk).delete()
    return True


def flush(grace=FLUSH_GRACE):
    """Hand over the calls the broker could not take. Stops at the first failure (the broker
    is still down) and returns how many went."""
    sent = 0
    while True:
        with transaction.atomic():
            batch = list(
                OutboxTask.objects.select_for_update(skip_locked=True)
                .filter(created_at__lte=timezone.now() - grace)
                .order_by("pk")[:FLUSH_BATCH]
            )
            for entry in batch:
                if not hand_over(entry):
                    return sent
                sent += 1
        if len(batch) < FLUSH_BATCH:
            return sent

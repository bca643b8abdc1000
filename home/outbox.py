"""Task calls that survive a broker outage.

A form that emails someone (a sign-up's confirmation link, a contact message, an invitation)
saves its change and then queues a Celery task. Were Redis down at that moment, the task would
be lost after the change was committed, and the visitor would see a server error. Instead the
call is saved as an OutboxTask in the same transaction and handed to the broker once that
commits; if the broker cannot take it, the row stays and beat's flush hands it over later.

Delivery is at least once: a process that dies between publishing a call and deleting its row
leaves the row, and flush publishes the call again."""

import logging
from datetime import timedelta

from celery import current_app
from celery.exceptions import NotRegistered
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string
from kombu.exceptions import KombuError

from home.models.outbox import OutboxTask

logger = logging.getLogger(__name__)

# A row younger than this may still be on its way to the broker from the request that saved it.
FLUSH_GRACE = timedelta(minutes=1)
BROKER_ERRORS = (KombuError, OSError)


def enqueue(task_name, *args):
    """Run the task named `task_name` (its dotted path, such as "newsletter.tasks.send_notice")
    with `args` in a worker once the current transaction commits.

    By name, so that the services queuing work never import the tasks that call them back; the
    name is checked here, so a misspelt one fails where it is written."""
    task(task_name)
    entry = OutboxTask.objects.create(task=task_name, args=list(args))
    # The change is committed by then: whatever goes wrong, the row is kept for flush and the
    # request carries on. Tasks that run eagerly (the tests) still raise what they raise.
    transaction.on_commit(lambda: hand_over(entry), robust=not running_eagerly())
    return entry


def hand_over(entry):
    """Publish the call and forget it; if the broker is unreachable, keep it for a later try."""
    try:
        publish(entry)
    except BROKER_ERRORS as error:
        if running_eagerly():
            raise  # the task itself failed
        keep(entry, error)
        logger.warning("Broker unreachable, %s kept for a later try: %s", entry, error)
        return False
    return True


def flush(grace=FLUSH_GRACE):
    """Hand over the calls kept back, oldest first, each in its own transaction. Stops at the
    first broker error (it is still down). A call that fails otherwise, such as one whose task
    a deploy renamed, is logged, marked with its error and passed over. Returns how many went."""
    cutoff = timezone.now() - grace
    sent, after = 0, 0
    while True:
        with transaction.atomic():
            entry = (
                OutboxTask.objects.select_for_update(skip_locked=True)
                .filter(created_at__lte=cutoff, pk__gt=after)
                .order_by("pk")
                .first()
            )
            if entry is None:
                return sent
            after = entry.pk
            try:
                if not hand_over(entry):
                    return sent
            except Exception as error:
                if running_eagerly():
                    raise
                logger.exception("Queued task %s cannot be handed over", entry)
                keep(entry, error)
                continue
            sent += 1


def task(name):
    """The Celery task at a dotted path; NotRegistered if there is none."""
    try:
        found = import_string(name)
    except ImportError as error:
        raise NotRegistered(name) from error
    if getattr(found, "name", None) != name:
        raise NotRegistered(name)
    return found


def publish(entry):
    # Celery's default publishing retries reconnect a connection that went stale when the
    # broker restarted, and give up on one that is down within a second.
    task(entry.task).apply_async(entry.args)
    OutboxTask.objects.filter(pk=entry.pk).delete()


def keep(entry, error):
    OutboxTask.objects.filter(pk=entry.pk).update(
        attempts=F("attempts") + 1, last_error=f"{type(error).__name__}: {error}"[:1000]
    )


def running_eagerly():
    return current_app.conf.task_always_eager

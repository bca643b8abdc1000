"""Which mailings are due: digest editions, from the day and time staff set in the newsletter
settings, and insight alerts, queued when a brief is first published."""

from datetime import datetime, timedelta

from django.utils import timezone

from home import outbox
from home.dates import add_months
from newsletter.models import Mailing, NewsletterSettings, Subscriber

CATCH_UP = timedelta(days=1)  # after downtime, send an edition at most this late
ALERT_GRACE = timedelta(minutes=2)  # how long an alert's own planning task normally takes


def latest_send(cadence, now, settings):
    """The most recent scheduled send moment at or before now, in the schedule's time zone."""
    local_now = now.astimezone(settings.tzinfo)
    moment = datetime.combine(local_now.date(), settings.send_time, tzinfo=settings.tzinfo)
    if cadence == Subscriber.Cadence.WEEKLY:
        moment -= timedelta(days=(local_now.weekday() - settings.weekly_day) % 7)
        return moment if moment <= local_now else moment - timedelta(days=7)
    moment = moment.replace(day=settings.monthly_day)
    return moment if moment <= local_now else add_months(moment, -1)


def period_before(cadence, end):
    return end - timedelta(days=7) if cadence == Subscriber.Cadence.WEEKLY else add_months(end, -1)


def period_after(cadence, start):
    return (
        start + timedelta(days=7) if cadence == Subscriber.Cadence.WEEKLY else add_months(start, 1)
    )


def due_editions(now=None):
    """Create (once) the edition of each cadence that is due now, and the next one as a draft
    staff can add an introduction to. Returns the due editions not yet planned."""
    now = now or timezone.now()
    settings = NewsletterSettings.load()
    due = []
    for cadence in Subscriber.Cadence.values:
        end = latest_send(cadence, now, settings)
        upcoming = period_after(cadence, end)
        Mailing.objects.get_or_create(
            kind=Mailing.Kind.DIGEST,
            cadence=cadence,
            period_end=upcoming,
            defaults={"period_start": end},
        )
        if now - end > CATCH_UP:
            continue
        edition, _ = Mailing.objects.get_or_create(
            kind=Mailing.Kind.DIGEST,
            cadence=cadence,
            period_end=end,
            defaults={"period_start": period_before(cadence, end)},
        )
        if edition.planned_at is None:
            due.append(edition)
    return due


def lost_alerts(now=None):
    """Insight alerts whose planning task never ran (a worker crash, a broker that lost its
    queue): unplanned after the grace period, and not yet older than the catch-up window."""
    now = now or timezone.now()
    return list(
        Mailing.objects.filter(
            kind=Mailing.Kind.ALERT,
            planned_at__isnull=True,
            created_at__lte=now - ALERT_GRACE,
            created_at__gte=now - CATCH_UP,
        )
    )


def due_mailings(now=None):
    """Everything to plan and send now: due digest editions and lost insight alerts."""
    return [*due_editions(now), *lost_alerts(now)]


def queue_insight_alert(brief):
    """The first publish of an insight brief queues one alert (later edits queue nothing)."""
    mailing, created = Mailing.objects.get_or_create(kind=Mailing.Kind.ALERT, brief=brief)
    if created:
        outbox.enqueue("newsletter.tasks.plan_and_send", mailing.pk)

"""When each project's next grantee update is due, and the reminders about it."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, Min, OuterRef, Subquery
from django.utils import timezone

from community.models import ProjectMembership, ReportingReminder
from home import outbox
from home.dates import add_months
from research.models import ProjectUpdatePage, ResearchProjectPage


@dataclass(frozen=True)
class Due:
    project: ResearchProjectPage
    last_update: date | None
    due_date: date

    @property
    def days_left(self):
        return (self.due_date - timezone.localdate()).days

    @property
    def overdue(self):
        return self.days_left < 0


def projects_with_cadence():
    """Projects in progress that expect regular updates, each with its latest published update."""
    latest = (
        ProjectUpdatePage.objects.live()
        .filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
        .order_by()
        .values("depth")
        .annotate(latest=Max("date"))
        .values("latest")
    )
    team_since = (
        ProjectMembership.objects.filter(project=OuterRef("pk"))
        .order_by()
        .values("project")
        .annotate(first=Min("granted_at"))
        .values("first")
    )
    return (
        ResearchProjectPage.objects.live()
        .filter(status=ResearchProjectPage.Status.ACTIVE, reporting_interval_months__gt=0)
        .annotate(last_update=Subquery(latest), team_since=Subquery(team_since))
        .order_by("title")
    )


def due_for(project):
    """An update is due one interval after the latest of: the last published update, the
    project's start, and the day its team first got portal access (a team that has just joined
    is not told it has been overdue for years)."""
    since = project.last_update or project.start_date
    if project.team_since:
        since = max(since, timezone.localdate(project.team_since))
    return Due(project, project.last_update, add_months(since, project.reporting_interval_months))


def schedule(within_days=None):
    """Every project with a cadence and its due date, soonest first; optionally only those due
    within `within_days` days or already overdue."""
    dues = [due_for(project) for project in projects_with_cadence()]
    if within_days is not None:
        dues = [due for due in dues if due.days_left <= within_days]
    return sorted(dues, key=lambda due: (due.due_date, due.project.title))


def due_dates(projects):
    """{project pk: Due} for those of `projects` that expect updates."""
    pks = [project.pk for project in projects]
    return {project.pk: due_for(project) for project in projects_with_cadence().filter(pk__in=pks)}


def send_reminders():
    """Remind each project's grantees once before an update is due and once when it is overdue.

    A row per (project, due date, kind) is claimed before mailing, so overlapping runs or a
    rerun after a crash never send the same reminder twice. Each member of the team gets an
    email of their own, queued with the claim: no one sees the others' addresses, and a retry
    for one address never mails the rest again."""
    sent = 0
    for due in schedule(within_days=settings.GRANTEE_REMINDER_DAYS):
        kind = ReportingReminder.Kind.OVERDUE if due.overdue else ReportingReminder.Kind.UPCOMING
        if not ProjectMembership.objects.active().filter(project=due.project).exists():
            continue
        try:
            with transaction.atomic():
                reminder = ReportingReminder.objects.create(
                    project=due.project, due_date=due.due_date, kind=kind
                )
                queue_reminder_copies(reminder)
        except IntegrityError:
            continue
        sent += 1
    return sent


def queue_reminder_copies(reminder):
    """One email task per active member of the project's team, in the caller's transaction."""
    team = ProjectMembership.objects.active().filter(project=reminder.project)
    for user_id in team.order_by("user_id").values_list("user_id", flat=True):
        outbox.enqueue("community.tasks.send_reminder", reminder.pk, user_id)

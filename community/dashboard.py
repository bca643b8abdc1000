"""What the portal's dashboard shows for each of a grantee's projects, in a fixed number of
queries however many projects, updates and reviews there are."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page

from community import access, reporting, submissions
from community.models import ProjectMembership
from research.models import ProjectUpdatePage, ResearchProjectPage

UNDER_REVIEW = (submissions.Status.IN_REVIEW, submissions.Status.CHANGES_REQUESTED)


@dataclass
class ProjectRow:
    project: ResearchProjectPage
    due: reporting.Due | None
    latest: ProjectUpdatePage | None
    updates: list
    proposal: submissions.Submission | None


def parent_path(page):
    return page.path[: -Page.steplen]


def project_rows(user):
    projects = list(access.projects_for(user))
    if not projects:
        return []
    by_path = {project.path: project for project in projects}
    under_projects = Q(depth=projects[0].depth + 1) & reduce(
        or_, (Q(path__startswith=path) for path in by_path)
    )
    team = set(
        ProjectMembership.objects.filter(project__in=projects).values_list("project_id", "user_id")
    )

    latest = {}
    for update in (
        ProjectUpdatePage.objects.live()
        .filter(under_projects)
        .only("title", "date", "path", "url_path", "depth")
        .order_by("-date", "-pk")
    ):
        latest.setdefault(parent_path(update), update)

    submitted = [
        update
        for update in ProjectUpdatePage.objects.filter(under_projects).order_by(
            "-latest_revision_created_at", "-pk"
        )
        if (by_path[parent_path(update)].pk, update.owner_id) in team
    ]
    states = submissions.submissions([*projects, *submitted])
    project_states, update_states = states[: len(projects)], states[len(projects) :]
    dues = reporting.due_dates(projects)

    rows = []
    for project, proposal in zip(projects, project_states, strict=True):
        rows.append(
            ProjectRow(
                project=project,
                due=dues.get(project.pk),
                latest=latest.get(project.path),
                updates=[s for s in update_states if parent_path(s.page) == project.path],
                proposal=proposal if proposal.status in UNDER_REVIEW else None,
            )
        )
    return rows

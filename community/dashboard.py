"""What the portal's dashboard shows for each of a grantee's projects, in a fixed number of
queries however many projects, updates and reviews there are."""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import Page

from community import access, reporting, submissions
from community.models import ProjectMembership
from home.locales import reader_versions, reading_language
from research.models import ProjectUpdatePage, ResearchProjectPage

UNDER_REVIEW = (submissions.Status.IN_REVIEW, submissions.Status.CHANGES_REQUESTED)


@dataclass
class ProjectRow:
    """`project` is the page the portal works on; `public_page` and `latest` are what a reader
    of the dashboard's language finds on the site: their translations, or their places in
    that language's tree."""

    project: ResearchProjectPage
    public_page: ResearchProjectPage
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
        .only("title", "date", "path", "url_path", "depth", "translation_key")
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
    versions = reader_versions([*projects, *latest.values()], reading_language())

    rows = []
    for project, proposal in zip(projects, project_states, strict=True):
        latest_update = latest.get(project.path)
        rows.append(
            ProjectRow(
                project=project,
                public_page=versions[project.pk][0],
                due=dues.get(project.pk),
                latest=versions[latest_update.pk][0] if latest_update else None,
                updates=[s for s in update_states if parent_path(s.page) == project.path],
                proposal=proposal if proposal.status in UNDER_REVIEW else None,
            )
        )
    return rows

"""The dashboard shows each project's state, in queries that do not grow with content, in
every language."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from community import submissions
from community.models import ProjectMembership
from home.locales import add_missing_aliases
from tests import factories as f


@pytest.fixture
def grantee(db):
    return get_user_model().objects.create_user("g@uni.example", "g@uni.example", "pw-123456-x")


def team_project(research_index, grantee, title):
    project = f.ResearchProjectPageFactory(parent=research_index, title=title, status="active")
    add_missing_aliases(project)  # its places in the French and Spanish trees, as on publish
    joined = timezone.make_aware(datetime.datetime(2020, 1, 1, 9))
    ProjectMembership.objects.create(user=grantee, project=project, granted_at=joined)
    return project


def draft(project, grantee, title):
    fields = {
        "title": title,
        "date": datetime.date(2026, 5, 1),
        "summary": "Progress.",
        "body": "<p>Details.</p>",
        "image": None,
        "tags": [],
        "documents": [],
    }
    return submissions.save_update(project, grantee, fields)


def grow(projects, grantee, count):
    for project in projects:
        add_missing_aliases(f.ProjectUpdatePageFactory(parent=project))
        for number in range(count):
            page = draft(project, grantee, f"{project.title} draft {number}")
            if number % 2:
                submissions.submit_for_review(page, grantee)


def dashboard_queries(client, language):
    with translation.override(language):
        url = reverse("community:dashboard")
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


@pytest.mark.parametrize("language", ["en-gb", "fr"])
def test_dashboard_queries_do_not_grow_with_projects_updates_or_reviews(
    client, research_index, grantee, language
):
    client.force_login(grantee)
    first = [team_project(research_index, grantee, "Alpha")]
    grow(first, grantee, 1)
    small, _ = dashboard_queries(client, language)

    more = [team_project(research_index, grantee, name) for name in ("Beta", "Gamma")]
    grow(first + more, grantee, 4)
    large, html = dashboard_queries(client, language)

    assert "Gamma draft 3" in html
    assert large == small, f"{small} queries for 1 project, {large} for 3 with 15 drafts"


def test_dashboard_shows_status_due_date_and_latest_published_update(
    client, research_index, grantee
):
    project = team_project(research_index, grantee, "Alpha")
    f.ProjectUpdatePageFactory(parent=project, title="Old news", date=datetime.date(2026, 1, 1))
    f.ProjectUpdatePageFactory(parent=project, title="Latest news", date=datetime.date(2026, 9, 1))
    submissions.submit_for_review(draft(project, grantee, "Waiting"), grantee)
    draft(project, grantee, "Unfinished")
    client.force_login(grantee)

    html = client.get(reverse("community:dashboard")).content.decode()

    assert "Latest news" in html
    assert "Old news" not in html
    assert "1 December 2026" in html  # quarterly after 1 September
    assert html.count("status--in_review") == 1
    assert html.count("status--draft") == 1


def test_dashboard_in_french_links_to_the_french_places_of_the_project_and_its_update(
    client, research_index, grantee
):
    project = team_project(research_index, grantee, "Alpha")
    update = f.ProjectUpdatePageFactory(parent=project, title="Latest news")
    add_missing_aliases(update)
    client.force_login(grantee)

    html = client.get("/fr/portal/").content.decode()

    assert f'href="/fr{project.url}"' in html
    assert f'href="/fr{update.url}"' in html
    assert f'href="{project.url}"' not in html

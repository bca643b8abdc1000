"""Staff preview unpublished changes: every page type renders from a revision, where related
projects, tags and inline rows live in memory rather than in the database."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(research_index, insight_index, story_index, event_index, home_page):
    project = f.ResearchProjectPageFactory(
        parent=research_index, countries=[f.CountryFactory()], tags=["grooming"]
    )
    brief = f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"])
    brief.projects.add(project)
    story = f.GranteeStoryPageFactory(parent=story_index, tags=["grooming"])
    story.related_projects.add(project)
    event = f.EventPageFactory(parent=event_index, tags=["grooming"])
    event.related_projects.add(project)
    return [
        home_page,
        research_index,
        project,
        f.ProjectUpdatePageFactory(parent=project),
        insight_index,
        brief,
        story_index,
        story,
        event_index,
        event,
        f.StandardPageFactory(parent=home_page),
    ]


def test_every_page_type_previews_from_an_unsaved_revision(pages):
    for page in pages:
        page.title = f"{page.title} (edited)"
        page.save_revision()
        draft = page.get_latest_revision_as_object()
        response = draft.make_preview_request(extra_request_attrs={"user": AnonymousUser()})
        assert response.status_code == 200, page.specific_class.__name__
        assert "(edited)" in response.content.decode(), page.specific_class.__name__

import pytest
from wagtail.models import Site

from tests import factories


@pytest.fixture
def home_page(db):
    """The site's HomePage, created by the home app's data migration."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def research_index(home_page):
    return factories.ResearchIndexPageFactory(parent=home_page)


@pytest.fixture
def insight_index(home_page):
    return factories.InsightIndexPageFactory(parent=home_page)


@pytest.fixture
def story_index(home_page):
    return factories.StoryIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return factories.EventIndexPageFactory(parent=home_page)

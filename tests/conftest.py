import pytest
from django.core.cache import cache
from wagtail.models import Site

from tests import factories


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached values (content version, restricted sections) never outlive the test's data."""
    cache.clear()


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

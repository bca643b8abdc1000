import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Site

from home.models import ContactPage
from tests import factories


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A transactional test (live server, real workers) ends by emptying the database. Once its
    teardown is over, put the data migrations' rows (site, home page, groups) back, as its
    serialized rollback put them there, so the next test in this process finds them."""
    yield
    marker = item.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction") or nextitem is None:
        return
    from django.db import connection
    from pytest_django.plugin import blocking_manager_key

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents:
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached values (content version, restricted sections) never outlive the test's data, and
    no test starts with its process's rebuild budget spent by another."""
    from home.content_version import rebuild_budget

    cache.clear()
    rebuild_budget.reset()


@pytest.fixture(autouse=True)
def english_to_begin_with():
    """A request under /fr/ leaves French active in its thread, as a worker's next request
    would find it: each test starts in English, as each request starts in its own language."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


@pytest.fixture
def contact_page(home_page):
    """A published contact form (name, email, message) that emails staff."""
    return factories.ContactPageFactory(
        parent=home_page,
        to_address="partnerships@example.org",
        from_address="website@example.org",
        subject="Website enquiry",
    )


@pytest.fixture
def page_of_each_type(research_index, insight_index, story_index, event_index, home_page):
    """One published page of every type, linked by a tag and related projects as on the site."""
    project = factories.ResearchProjectPageFactory(
        parent=research_index, countries=[factories.CountryFactory()], tags=["grooming"]
    )
    brief = factories.InsightBriefPageFactory(parent=insight_index, tags=["grooming"])
    brief.projects.add(project)
    story = factories.GranteeStoryPageFactory(parent=story_index, tags=["grooming"])
    story.related_projects.add(project)
    event = factories.EventPageFactory(parent=event_index, tags=["grooming"])
    event.related_projects.add(project)
    contact = ContactPage(title="Contact", slug="contact", to_address="staff@example.org")
    home_page.add_child(instance=contact)
    return [
        home_page,
        research_index,
        project,
        factories.ProjectUpdatePageFactory(parent=project),
        insight_index,
        brief,
        story_index,
        story,
        event_index,
        event,
        factories.StandardPageFactory(parent=home_page),
        contact,
    ]


def large_image():
    return factories.ImageFactory(file__width=2000, file__height=1200)


@pytest.fixture
def pages_with_images(home_page, research_index, insight_index, story_index, event_index):
    """A site whose every page shows pictures: a hero, lead images, images in bodies, and cards
    with images on the home page, the listings, a topic and in related content."""
    body = [("image", {"image": large_image(), "caption": "In the body"})]
    project = factories.ResearchProjectPageFactory(
        parent=research_index, image=large_image(), body=body, tags=["grooming"]
    )
    factories.ResearchProjectPageFactory(
        parent=research_index, image=large_image(), tags=["grooming"]
    )
    brief = factories.InsightBriefPageFactory(
        parent=insight_index, image=large_image(), tags=["grooming"]
    )
    brief.projects.add(project)
    story = factories.GranteeStoryPageFactory(
        parent=story_index, image=large_image(), tags=["grooming"]
    )
    story.related_projects.add(project)
    event = factories.EventPageFactory(parent=event_index, image=large_image(), tags=["grooming"])
    event.related_projects.add(project)
    home_page.image = large_image()
    home_page.featured_items.create(page=project)
    home_page.save()
    return {
        "home": home_page.url,
        "listing": research_index.url,
        "project": project.url,
        "story": story.url,
        "event": event.url,
        "topic": "/topics/grooming/",
    }

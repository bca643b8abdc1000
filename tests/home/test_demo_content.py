"""The demo content command builds a credible site from its own data, and is idempotent."""

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Page

from community.models import EventPage, GranteeStoryPage
from newsletter.coverage import uncovered_topics
from newsletter.models import DigestTheme
from research.models import InsightBriefPage, ProjectUpdatePage, ResearchProjectPage


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Loaded once for this module inside a transaction that is rolled back afterwards, so the
    demo's countries, tags and programmes never meet other tests' factories."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


def content_counts():
    return {
        model.__name__: model.objects.live().count()
        for model in (
            ResearchProjectPage,
            ProjectUpdatePage,
            InsightBriefPage,
            GranteeStoryPage,
            EventPage,
        )
    }


@pytest.mark.django_db
def test_demo_site_has_the_promised_content(demo_site):
    counts = content_counts()
    assert counts["ResearchProjectPage"] >= 25
    assert counts["InsightBriefPage"] >= 6
    assert counts["GranteeStoryPage"] >= 6
    assert counts["ProjectUpdatePage"] > 0
    assert counts["EventPage"] > 0
    assert EventPage.objects.upcoming().exists()
    assert DigestTheme.objects.count() > 0
    assert all(image.credit for image in get_image_model().objects.all())


@pytest.mark.django_db
def test_the_demo_digest_themes_cover_every_topic_in_use(demo_site):
    assert uncovered_topics() == []


@pytest.mark.django_db
def test_loading_twice_adds_nothing(demo_site):
    before = (content_counts(), Page.objects.count(), get_image_model().objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (content_counts(), Page.objects.count(), get_image_model().objects.count()) == before


@pytest.mark.django_db
def test_if_empty_leaves_a_site_with_content_alone(demo_site, capsys):
    call_command("load_demo_content", "--if-empty")
    assert "already has content" in capsys.readouterr().out


@pytest.mark.django_db
def test_every_demo_page_renders(demo_site, client):
    failures = [
        (page.url, status)
        for page in Page.objects.live().filter(depth__gt=1).specific()
        if (status := client.get(page.url).status_code) != 200
    ]
    assert failures == []

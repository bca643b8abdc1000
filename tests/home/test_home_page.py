"""The home page shows each section's latest items, asked of the section pages it finds below
it, and the figures computed from the published projects, labelled as such."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_each_section_shows_its_latest_three_with_a_link_to_the_rest(
    client, home_page, insight_index, story_index, event_index
):
    for day in range(1, 5):
        f.InsightBriefPageFactory(
            parent=insight_index, title=f"Brief {day}", date=datetime.date(2026, 1, day)
        )
        f.GranteeStoryPageFactory(
            parent=story_index, title=f"Story {day}", date=datetime.date(2026, 2, day)
        )
        f.EventPageFactory(
            parent=event_index,
            title=f"Event {day}",
            start_date=timezone.localdate() + datetime.timedelta(days=day),
        )
    f.EventPageFactory(parent=event_index, title="Past event", start_date=datetime.date(2020, 1, 1))

    html = client.get("/").content.decode()

    for heading, link in [
        ("Latest insights", insight_index.url),
        ("Stories", story_index.url),
        ("Upcoming events", event_index.url),
    ]:
        assert heading in html
        assert f'class="section__more" href="{link}"' in html
    titles = [f"{kind} {day}" for kind in ("Brief", "Story", "Event") for day in range(1, 5)]
    shown = {title for title in [*titles, "Past event"] if title in html}
    newest_and_next = {"Brief 4", "Brief 3", "Brief 2", "Story 4", "Story 3", "Story 2"}
    assert shown == newest_and_next | {"Event 1", "Event 2", "Event 3"}


def test_a_section_page_that_is_not_published_is_not_linked(client, home_page, insight_index):
    f.InsightBriefPageFactory(parent=insight_index, title="A brief")
    Page.objects.filter(pk=insight_index.pk).update(live=False)

    html = client.get("/").content.decode()

    assert "Latest insights" in html
    assert "A brief" in html
    assert "All insight briefs" not in html


def test_the_impact_figures_add_up_the_published_projects(client, home_page, research_index):
    country = f.CountryFactory()
    f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=400_000, countries=[country]
    )
    f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=600_000, countries=[country]
    )
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=5_000_000, live=False)

    html = " ".join(client.get("/").content.decode().split())

    assert "2 projects in 1 country are published on this site" in html
    assert "2 of them have a published grant amount, $1M in total" in html

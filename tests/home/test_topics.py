import datetime
import re

import pytest
from wagtail.models import PageViewRestriction

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged(research_index, insight_index, story_index, event_index):
    project = f.ResearchProjectPageFactory(parent=research_index, tags=["grooming", "detection"])
    return {
        "project": project,
        "update": f.ProjectUpdatePageFactory(parent=project, tags=["grooming"]),
        "brief": f.InsightBriefPageFactory(parent=insight_index, tags=["grooming", "detection"]),
        "story": f.GranteeStoryPageFactory(parent=story_index, tags=["grooming"]),
        "event": f.EventPageFactory(parent=event_index, tags=["grooming"]),
        "unrelated": f.GranteeStoryPageFactory(parent=story_index, tags=["policy"]),
        "draft": f.GranteeStoryPageFactory(parent=story_index, tags=["grooming"], live=False),
    }


def test_topic_page_lists_every_content_type_with_the_tag(client, tagged):
    response = client.get("/topics/grooming/")

    listed = {page.pk for page in response.context["results"]}
    expected = {tagged[name].pk for name in ("project", "update", "brief", "story", "event")}
    assert listed == expected
    # Tags are stored in lower case; as a page's heading the topic reads as a title.
    assert '<h1 class="page-header__title">Grooming</h1>' in response.content.decode()


def test_unknown_topic_is_not_found(client, tagged):
    assert client.get("/topics/no-such-topic/").status_code == 404


def test_topic_index_counts_live_pages_only(client, tagged):
    topics = {topic.slug: topic.page_count for topic in client.get("/topics/").context["topics"]}
    assert topics["grooming"] == 5


def test_digest_theme_description_shows_on_its_topic_page(client, tagged):
    from taggit.models import Tag

    f.DigestThemeFactory(
        topics=[Tag.objects.get(slug="grooming")], description="Spotting it early."
    )
    assert "Spotting it early." in client.get("/topics/grooming/").content.decode()


def test_related_content_ranks_by_shared_tags(tagged):
    related = tagged["project"].related_pages(limit=3)

    assert related[0].pk == tagged["brief"].pk  # shares both tags
    assert tagged["unrelated"].pk not in {page.pk for page in related}
    assert tagged["draft"].pk not in {page.pk for page in related}


def test_related_content_lists_the_latest_first_among_pages_sharing_as_many_tags(tagged):
    related = tagged["project"].related_pages(limit=4)

    # the brief shares both tags; the rest share one, and were first published in this order
    ones = [tagged[name].pk for name in ("event", "story", "update")]
    assert [page.pk for page in related] == [tagged["brief"].pk, *ones]


def test_related_content_leaves_out_restricted_sections(tagged, insight_index):
    PageViewRestriction.objects.create(
        page=tagged["brief"], restriction_type=PageViewRestriction.LOGIN
    )

    assert tagged["brief"].pk not in {page.pk for page in tagged["project"].related_pages()}


def test_detail_pages_show_related_content(client, tagged):
    html = client.get(tagged["story"].url).content.decode()
    assert "Related on the same topics" in html
    assert tagged["brief"].title in html


def test_the_topic_index_counts_only_public_pages(client, insight_index):
    f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"])
    hidden = f.InsightBriefPageFactory(parent=insight_index, tags=["grooming", "internal-only"])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)

    topics = {topic.slug: topic.page_count for topic in client.get("/topics/").context["topics"]}

    assert topics == {"grooming": 1}


def test_a_card_shows_a_page_its_own_way_and_escapes_what_staff_typed(client, insight_index):
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        tags=["grooming"],
        title='Signals & <script>alert("title")</script>',
        summary="<img src=x onerror=alert(1)> " + "word " * 40,
        date=datetime.date(2024, 3, 5),
        is_example=True,
    )

    html = client.get("/topics/grooming/").content.decode()

    [card] = re.findall(r'<article class="card[^"]*">.*?</article>', html, re.DOTALL)
    assert "<script>" not in card
    assert "<img src=x" not in card
    assert f'<a href="{brief.url}">Signals &amp; &lt;script&gt;alert(&quot;title&quot;)' in card
    assert '<time datetime="2024-03-05">5 Mar 2024</time>' in card
    assert 'class="example-badge"' in card
    # the summary is cut after 32 words (the tag counts as three)
    assert re.search(
        r'<p class="card__summary">&lt;img src=x onerror=alert\(1\)&gt;( word){29} …</p>', card
    )

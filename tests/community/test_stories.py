import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_story_shows_hero_image_credit_and_attributed_quote(client, story_index, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index, title="DRAGON")
    image = f.ImageFactory(credit="© UNICEF/Jane Example", description="Young people in a workshop")
    story = f.GranteeStoryPageFactory(
        parent=story_index,
        image=image,
        body=[
            (
                "quote",
                {"quote": "Evidence changes practice.", "name": "A. Researcher", "role": "Lead"},
            )
        ],
    )
    story.related_projects.add(project)
    story.save()

    html = client.get(story.url).content.decode()

    assert "© UNICEF/Jane Example" in html
    assert 'alt="Young people in a workshop"' in html
    assert "Evidence changes practice." in html
    assert "A. Researcher" in html
    assert "DRAGON" in html


def test_story_listing_filters_by_topic(client, story_index):
    f.GranteeStoryPageFactory(parent=story_index, title="On grooming", tags=["grooming"])
    f.GranteeStoryPageFactory(parent=story_index, title="On wellbeing", tags=["wellbeing"])

    response = client.get("/stories/?topic=wellbeing")

    assert [story.title for story in response.context["stories"]] == ["On wellbeing"]

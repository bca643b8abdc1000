"""Illustrative content is marked as an example on its page, on its card and in the admin."""

import re

import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db

NOTE = 'class="example-note"'
BADGE = 'class="example-badge"'


@pytest.fixture
def example_project(research_index):
    return f.ResearchProjectPageFactory(
        parent=research_index, title="Example helpline chat", is_example=True
    )


@pytest.fixture
def real_project(research_index):
    return f.ResearchProjectPageFactory(parent=research_index, title="Invisible Risks")


def test_an_example_project_says_so_on_its_page_and_its_card(
    client, research_index, example_project, real_project
):
    assert NOTE in client.get(example_project.url).content.decode()
    assert NOTE not in client.get(real_project.url).content.decode()
    listing = client.get(research_index.url).content.decode()
    assert listing.count(BADGE) == 1
    assert listing.index(BADGE) < listing.index("Example helpline chat")


def test_an_example_update_and_brief_say_so_on_their_pages(client, example_project, insight_index):
    update = f.ProjectUpdatePageFactory(parent=example_project, is_example=True)
    brief = f.InsightBriefPageFactory(parent=insight_index, is_example=True)

    for page in (update, brief):
        assert NOTE in client.get(page.url).content.decode()


def test_an_example_event_says_so_on_its_page_and_in_the_listing(client, event_index):
    example = f.EventPageFactory(parent=event_index, title="An example meetup", is_example=True)
    f.EventPageFactory(parent=event_index, title="A real convening")

    assert NOTE in client.get(example.url).content.decode()
    listing = client.get(event_index.url + "?when=all").content.decode()
    assert listing.count(BADGE) == 1
    assert listing.index(BADGE) < listing.index("An example meetup")


def test_example_stories_carry_the_badge_on_their_cards(client, story_index):
    f.GranteeStoryPageFactory(parent=story_index, title="An example story", is_example=True)
    f.GranteeStoryPageFactory(parent=story_index, title="A real story")

    html = client.get(story_index.url).content.decode()

    assert html.count(BADGE) == 1


def admin_rows(html):
    """Each row of an admin listing as its cells' text, whitespace collapsed."""
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in rows
    ]


def test_the_admin_lists_examples_in_a_column_and_filters_by_them(
    admin_client, example_project, real_project
):
    every = admin_rows(admin_client.get("/admin/projects/").content.decode())
    examples = admin_rows(admin_client.get("/admin/projects/?is_example=true").content.decode())

    marked = {row[0]: "Example" in row[1:] for row in every if row}
    assert marked == {"Example helpline chat": True, "Invisible Risks": False}
    assert [row[0] for row in examples if row] == ["Example helpline chat"]


def test_the_admin_page_tree_marks_examples(admin_client, research_index, example_project):
    html = admin_client.get(f"/admin/pages/{research_index.pk}/").content.decode()

    assert "Example helpline chat (example)" in html

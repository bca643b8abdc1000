"""Stories put people first: who tells the story and who is in it, by name, role and
organisation, each with a typographic mark (their initials) and no stock face."""

import re

import pytest

from community.models import GranteeStoryPage
from community.people import Person
from research.models import ProjectContact
from tests import factories as f


def quote(name, role=""):
    return ("quote", {"quote": "Words they published.", "name": name, "role": role})


def people_section(html):
    return re.search(r'<section class="people".*?</section>', html, re.S).group(0)


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("Amanda Third", "AT"),
        ("Lina María Saldarriaga", "LS"),
        ("Anna van der Berg", "AB"),
        ("Marija", "M"),
        ("A hotline analyst", ""),
        ("Tech industry participant", ""),
    ],
)
def test_a_person_is_marked_by_their_initials_and_a_description_by_none(name, initials):
    assert Person(name).initials == initials


def test_a_team_is_marked_by_its_organisation():
    team = Person(
        "Disrupting Harm team", organisation="ECPAT International, INTERPOL", is_team=True
    )
    assert team.initials == "EI"


def test_role_and_organisation_read_as_one_line_without_repeating():
    assert Person("X", "Lead researcher", "Universidad de los Andes").description == (
        "Lead researcher, Universidad de los Andes"
    )
    assert (
        Person("X", "Director, Safe Online", "Safe Online").description == "Director, Safe Online"
    )


@pytest.mark.django_db
def test_a_story_opens_with_the_people_quoted_and_the_project_contacts(
    client, story_index, research_index
):
    project = f.ResearchProjectPageFactory(parent=research_index)
    ProjectContact.objects.create(
        project=project, name="Ana Lima", role="Principal investigator", organisation="Uni Example"
    )
    story = f.GranteeStoryPageFactory(
        parent=story_index,
        body=[quote("Amanda Third", "Young & Resilient Research Centre"), quote("A parent")],
    )
    story.related_projects.add(project)
    story.save()

    html = client.get(story.url).content.decode()
    people = people_section(html)

    assert html.index('class="people"') < html.index("Words they published.")
    for text in (
        "Amanda Third",
        "Young &amp; Resilient Research Centre",
        "Ana Lima",
        "Principal investigator, Uni Example",
        "A parent",
    ):
        assert text in people
    assert ">AT</span>" in people
    assert ">AL</span>" in people
    assert "<img" not in people


@pytest.mark.django_db
def test_a_grantee_story_is_told_by_the_organisation_leading_its_project(
    client, story_index, research_index
):
    organisation = f.OrganisationFactory(name="Kilima Research Group")
    project = f.ResearchProjectPageFactory(parent=research_index, lead_organisation=organisation)
    story = f.GranteeStoryPageFactory(parent=story_index, told_by=GranteeStoryPage.ToldBy.GRANTEE)
    story.related_projects.add(project)
    story.save()

    people = people_section(client.get(story.url).content.decode())

    assert "Told by" in people
    assert "Kilima Research Group" in people
    assert ">KR</span>" in people


@pytest.mark.django_db
def test_a_story_by_the_funds_staff_is_told_by_the_fund(client, story_index, home_page):
    site = home_page.get_site()
    site.site_name = "Safe Online"
    site.save()
    story = f.GranteeStoryPageFactory(parent=story_index, told_by=GranteeStoryPage.ToldBy.STAFF)

    people = people_section(client.get(story.url).content.decode())

    assert "Safe Online" in people
    assert ">SO</span>" in people


@pytest.mark.django_db
def test_story_cards_name_the_people_quoted(client, story_index):
    f.GranteeStoryPageFactory(parent=story_index, body=[quote("Lina María Saldarriaga")])

    html = client.get("/stories/").content.decode()

    assert "Lina María Saldarriaga" in html
    assert ">LS</span>" in html

import datetime

import pytest
from django.core.exceptions import ValidationError

from research.impact import impact_figures
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_project_page_shows_updates_newest_first(client, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    f.ProjectUpdatePageFactory(
        parent=project, title="Fieldwork begins", date=datetime.date(2024, 1, 5)
    )
    f.ProjectUpdatePageFactory(
        parent=project, title="Findings shared", date=datetime.date(2024, 9, 1)
    )
    f.ProjectUpdatePageFactory(parent=project, title="Draft update", live=False)

    html = client.get(project.url).content.decode()

    assert html.index("Findings shared") < html.index("Fieldwork begins")
    assert "Draft update" not in html


def test_project_links_to_each_country_page(client, research_index):
    kenya = f.CountryFactory(name="Kenya", slug="kenya")
    project = f.ResearchProjectPageFactory(parent=research_index, countries=[kenya])

    html = client.get(project.url).content.decode()

    assert 'href="/countries/kenya/"' in html
    assert client.get("/countries/kenya/").status_code == 200


def test_project_cannot_end_before_it_starts(research_index):
    project = f.ResearchProjectPageFactory.build(
        start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2023, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        project.clean()
    assert "end_date" in error.value.message_dict


def test_impact_figures_are_computed_from_live_projects(research_index):
    kenya, peru = f.CountryFactory(), f.CountryFactory()
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=200_000, countries=[kenya])
    f.ResearchProjectPageFactory(
        parent=research_index, grant_amount_usd=300_000, countries=[kenya, peru]
    )
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=999_000, live=False)

    figures = impact_figures()

    assert (figures.funding_usd, figures.projects, figures.countries) == (500_000, 2, 2)


def test_home_page_shows_the_computed_figures(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=2_500_000)
    f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=1_000_000)

    html = client.get("/").content.decode()

    assert "$3.5M" in html


def test_country_without_published_work_is_not_found(client):
    f.CountryFactory(slug="atlantis")
    assert client.get("/countries/atlantis/").status_code == 404


def test_country_page_lists_its_projects_insights_and_stories(
    client, research_index, insight_index, story_index
):
    kenya = f.CountryFactory(name="Kenya", slug="kenya")
    project = f.ResearchProjectPageFactory(
        parent=research_index, title="Disrupting Harm in Kenya", countries=[kenya]
    )
    elsewhere = f.ResearchProjectPageFactory(parent=research_index, title="Work elsewhere")
    brief = f.InsightBriefPageFactory(parent=insight_index, title="What Kenyan children told us")
    brief.projects.add(project)
    brief.save()
    story = f.GranteeStoryPageFactory(parent=story_index, title="A helpline story")
    story.related_projects.add(project)
    story.save()

    html = client.get("/countries/kenya/").content.decode()

    assert "Disrupting Harm in Kenya" in html
    assert "What Kenyan children told us" in html
    assert "A helpline story" in html
    assert elsewhere.title not in html

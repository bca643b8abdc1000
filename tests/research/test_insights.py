import pytest

from research.models import Audience
from tests import factories as f

pytestmark = pytest.mark.django_db


def test_reading_time_counts_summary_findings_body_and_recommendations(insight_index):
    brief = f.InsightBriefPageFactory.build(
        summary="word " * 200,
        key_findings=[
            ("finding", {"headline": "word " * 100, "detail": "word " * 140, "figure": ""})
        ],
    )
    insight_index.add_child(instance=brief)
    assert brief.reading_minutes == 2  # 440 words at 220 a minute


def test_recommendations_for_an_audience_come_first(insight_index):
    brief = f.InsightBriefPageFactory(parent=insight_index)
    f.InsightRecommendationFactory(brief=brief, audience=Audience.RESEARCHERS, text="<p>R</p>")
    f.InsightRecommendationFactory(brief=brief, audience=Audience.TECH_INDUSTRY, text="<p>T</p>")

    ordered = brief.recommendations_for(Audience.TECH_INDUSTRY)

    assert [rec.audience for rec in ordered] == [Audience.TECH_INDUSTRY, Audience.RESEARCHERS]


def test_audience_filter_lists_briefs_with_recommendations_for_that_audience(client, insight_index):
    for_tech = f.InsightBriefPageFactory(parent=insight_index, title="For platforms")
    f.InsightRecommendationFactory(brief=for_tech, audience=Audience.TECH_INDUSTRY)
    for_policy = f.InsightBriefPageFactory(parent=insight_index, title="For ministries")
    f.InsightRecommendationFactory(brief=for_policy, audience=Audience.POLICY_MAKERS)

    response = client.get("/insights/?audience=tech-industry")

    assert [brief.title for brief in response.context["insights"]] == ["For platforms"]


def test_brief_page_shows_findings_and_the_projects_it_draws_on(
    client, insight_index, research_index
):
    project = f.ResearchProjectPageFactory(parent=research_index, title="N-Light")
    brief = f.InsightBriefPageFactory(
        parent=insight_index,
        key_findings=[("finding", {"headline": "Grooming follows patterns", "figure": "1 in 3"})],
    )
    brief.projects.add(project)
    brief.save()

    html = client.get(brief.url).content.decode()

    assert "Grooming follows patterns" in html
    assert "1 in 3" in html
    assert "N-Light" in html

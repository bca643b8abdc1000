import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_each_content_type_has_a_read_only_endpoint(
    client, research_index, insight_index, story_index, event_index
):
    pages = {
        "projects": f.ResearchProjectPageFactory(parent=research_index),
        "insights": f.InsightBriefPageFactory(parent=insight_index),
        "stories": f.GranteeStoryPageFactory(parent=story_index),
        "events": f.EventPageFactory(parent=event_index),
    }
    for endpoint, page in pages.items():
        items = client.get(f"/api/v2/{endpoint}/").json()["items"]
        assert [item["id"] for item in items] == [page.pk], endpoint
        assert client.post(f"/api/v2/{endpoint}/", {}).status_code == 405


def test_project_detail_carries_the_portfolio_fields(client, research_index):
    kenya = f.CountryFactory(name="Kenya", iso_code="KE")
    project = f.ResearchProjectPageFactory(
        parent=research_index, countries=[kenya], tags=["grooming"], grant_amount_usd=200_000
    )

    data = client.get(f"/api/v2/projects/{project.pk}/").json()

    assert data["programme"]["name"] == project.programme.name
    assert data["countries"] == [{"name": "Kenya", "iso_code": "KE", "slug": kenya.slug}]
    assert data["grant_amount_usd"] == 200_000
    assert data["tags"] == ["grooming"]


def test_drafts_are_not_exposed(client, research_index):
    draft = f.ResearchProjectPageFactory(parent=research_index, live=False)
    assert client.get("/api/v2/projects/").json()["items"] == []
    assert client.get(f"/api/v2/projects/{draft.pk}/").status_code == 404


def test_type_parameter_cannot_widen_an_endpoint(client, research_index, story_index):
    f.GranteeStoryPageFactory(parent=story_index)
    response = client.get("/api/v2/projects/?type=community.GranteeStoryPage")
    assert response.status_code == 200
    assert response.json()["items"] == []

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

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


@pytest.fixture
def citing_pages(research_index, insight_index, story_index, event_index):
    """A project, and a brief, a story and an event that each cite it."""
    project = f.ResearchProjectPageFactory(parent=research_index, title="Chat-log patterns")
    pages = {
        "insights": f.InsightBriefPageFactory(parent=insight_index),
        "stories": f.GranteeStoryPageFactory(parent=story_index),
        "events": f.EventPageFactory(parent=event_index),
    }
    pages["insights"].projects.add(project)
    pages["stories"].related_projects.add(project)
    pages["events"].related_projects.add(project)
    for page in pages.values():
        page.save()
    return project, pages


RELATION_FIELDS = {
    "insights": "projects",
    "stories": "related_projects",
    "events": "related_projects",
}


def cited_projects(client, endpoint, page):
    """The projects a page cites, in its detail and in the listing."""
    field = RELATION_FIELDS[endpoint]
    detail = client.get(f"/api/v2/{endpoint}/{page.pk}/").json()[field]
    listing = client.get(f"/api/v2/{endpoint}/?fields={field}").json()["items"]
    return detail, listing[0][field]


def test_pages_cite_their_published_projects(client, citing_pages):
    project, pages = citing_pages
    for endpoint, page in pages.items():
        reference = {"id": project.pk, "title": "Chat-log patterns"}
        assert cited_projects(client, endpoint, page) == ([reference], [reference]), endpoint


def test_an_unpublished_project_disappears_from_the_pages_that_cite_it(client, citing_pages):
    project, pages = citing_pages
    project.unpublish()
    for endpoint, page in pages.items():
        assert cited_projects(client, endpoint, page) == ([], []), endpoint


def test_a_private_project_disappears_from_the_pages_that_cite_it(client, citing_pages):
    project, pages = citing_pages
    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.LOGIN)
    for endpoint, page in pages.items():
        assert cited_projects(client, endpoint, page) == ([], []), endpoint


def test_filtering_by_a_project_the_site_does_not_show_matches_nothing(client, citing_pages):
    project, pages = citing_pages
    assert client.get(f"/api/v2/insights/?projects={project.pk}").json()["items"] != []
    project.unpublish()
    assert client.get(f"/api/v2/insights/?projects={project.pk}").json()["items"] == []


def test_filtering_by_tag_finds_the_tagged_pages(client, research_index):
    tagged = f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"])
    f.ResearchProjectPageFactory(parent=research_index, tags=["helplines"])
    items = client.get("/api/v2/projects/?tags=grooming").json()["items"]
    assert [item["id"] for item in items] == [tagged.pk]


def test_a_detail_address_with_a_huge_id_is_not_found(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index)
    assert client.get("/api/v2/projects/99999999999999999999/").status_code == 404


@pytest.mark.parametrize(
    "address",
    [
        "projects/?offset=9223372036854775808",
        "projects/?id=99999999999999999999",
        "projects/?programme=99999999999999999999",
        "insights/?projects=not-an-id",
        "projects/?start_date=not-a-date",
        "projects/?first_published_at=1e309",
        "stories/?body=1",
        "projects/?locale=%00",
    ],
)
def test_a_value_the_database_cannot_take_is_a_bad_request(client, page_of_each_type, address):
    assert client.get(f"/api/v2/{address}").status_code == 400


def test_the_largest_offset_the_database_can_take_finds_nothing(client, research_index):
    f.ResearchProjectPageFactory(parent=research_index)
    response = client.get("/api/v2/projects/?offset=9223372036854775807")
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize(
    "search", ['"online', 'grooming"', '"online grooming"', "(grooming", "online*", "-grooming"]
)
def test_search_with_full_text_syntax_finds_results_instead_of_failing(
    client, insight_index, search
):
    brief = f.InsightBriefPageFactory(
        parent=insight_index, summary="Online grooming moves between platforms."
    )
    response = client.get("/api/v2/insights/", {"search": search})
    assert [item["id"] for item in response.json()["items"]] == [brief.pk]


def test_search_with_a_nul_character_is_a_bad_request(client, insight_index):
    f.InsightBriefPageFactory(parent=insight_index)
    assert client.get("/api/v2/insights/?search=online%00").status_code == 400


def test_search_operator_must_be_and_or_or(client, insight_index):
    f.InsightBriefPageFactory(parent=insight_index)
    assert client.get("/api/v2/insights/?search=online&search_operator=xor").status_code == 400


def test_the_site_leaves_out_a_private_project_as_the_api_does(client, citing_pages):
    project, pages = citing_pages
    PageViewRestriction.objects.create(page=project, restriction_type=PageViewRestriction.LOGIN)
    for page in pages.values():
        assert "Chat-log patterns" not in client.get(page.url).content.decode(), page.title


def test_a_signed_in_account_sees_no_private_page_in_the_open_data(client, research_index):
    """Wagtail's API would let any signed-in account through a "logged-in users" restriction;
    open data is the same for everyone."""
    private = f.ResearchProjectPageFactory(parent=research_index, title="Internal project")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(get_user_model().objects.create_user(username="ana", password="x"))

    listing = client.get("/api/v2/projects/").json()["items"]

    assert private.pk not in [item["id"] for item in listing]
    assert client.get(f"/api/v2/projects/{private.pk}/").status_code == 404


@pytest.mark.parametrize(
    "address", ["/newsletter/subscribe/?theme=%00", "/search/?q=a%00b", "/topics/?x%00=1"]
)
def test_a_nul_character_in_any_query_string_is_a_bad_request(client, home_page, address):
    response = client.get(address)

    assert response.status_code == 400
    assert "NUL" in response.content.decode()

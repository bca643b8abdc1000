"""A visitor on a 390 px phone sees a project's status, grant and dates, and an event's time and
place, before the body; a grantee's portal form fields use the whole width of the screen. On a
1366 px screen the same facts head the side column, beside the body."""

import pytest

from tests import factories as f
from tests.e2e.helpers import grantee_on, sign_in_to_portal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
BODY = [{"type": "paragraph", "value": "<p>" + "What the team is finding. " * 80 + "</p>"}]


@pytest.fixture
def project(research_index):
    project = f.ResearchProjectPageFactory(
        parent=research_index, title="Safer chats", body=BODY, tags=["grooming"]
    )
    f.ProjectUpdatePageFactory(parent=project)
    return project


@pytest.fixture
def event(event_index):
    return f.EventPageFactory(parent=event_index, description=BODY, tags=["grooming"])


def box(page, selector):
    return page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("kind", ["project", "event"])
def test_on_a_phone_the_facts_come_before_the_body(new_context, request, kind):
    page = new_context().new_page()
    page.set_viewport_size(PHONE)
    page.goto(request.getfixturevalue(kind).url)

    facts, body = box(page, ".detail__facts"), box(page, ".detail__main")

    assert facts["y"] + facts["height"] <= body["y"]
    assert facts["y"] < PHONE["height"]  # on the first screen


@pytest.mark.parametrize("kind", ["project", "event"])
def test_on_a_desktop_the_facts_head_the_side_column(new_context, request, kind):
    page = new_context().new_page()
    page.set_viewport_size(DESKTOP)
    page.goto(request.getfixturevalue(kind).url)

    facts, body, more = (box(page, f".detail__{part}") for part in ("facts", "main", "more"))

    assert facts["x"] >= body["x"] + body["width"]
    assert abs(facts["y"] - body["y"]) < 2
    assert more["y"] >= facts["y"] + facts["height"]
    assert more["y"] < body["y"] + body["height"]  # right below the facts, not after the body


def test_portal_form_fields_use_the_whole_width_of_a_phone(new_context, project):
    grantee = grantee_on(project, "ana.lima@uni.example", "Ana Lima")
    page = new_context().new_page()
    page.set_viewport_size(PHONE)
    sign_in_to_portal(page, grantee)
    page.goto(f"/portal/projects/{project.pk}/updates/new/")

    main = box(page, "main .container")
    for field in ("#id_title", "#id_date", "#id_summary", "#id_body"):
        width = box(page, field)["width"]
        assert width >= main["width"] - 1, field
    assert main["width"] >= PHONE["width"] - 48  # only the page's own margins around it

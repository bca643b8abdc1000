"""Staff create, tag and publish every page type through the Wagtail admin, and the page tree
only allows each type where it belongs."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from community.models import EventIndexPage, EventPage, GranteeStoryPage, StoryIndexPage
from home.models import ContactPage, HomePage, StandardPage
from research.models import (
    InsightBriefPage,
    InsightIndexPage,
    ProjectUpdatePage,
    ResearchIndexPage,
    ResearchProjectPage,
)
from tests import factories as f

pytestmark = pytest.mark.django_db

NO_ROWS = inline_formset([])


def publish_through_admin(client, model, parent, fields):
    url = reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )
    choices = {name: value for name, value in fields.items() if isinstance(value, list)}
    nested = {name: value for name, value in fields.items() if name not in choices}
    data = {**nested_form_data({"slug": "new-page", "comments": NO_ROWS, **nested}), **choices}
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return model.objects.get(slug="new-page", alias_of=None)


def assert_published_with_tags(page, tags):
    assert page.live
    assert page.latest_revision is not None
    assert sorted(tag.name for tag in page.tags.all()) == sorted(tags)


def test_staff_publish_a_research_project(admin_client, research_index):
    programme, lead = f.ProgrammeFactory(), f.OrganisationFactory()
    kenya = f.CountryFactory()
    page = publish_through_admin(
        admin_client,
        ResearchProjectPage,
        research_index,
        {
            "title": "Invisible Risks",
            "summary": "Content moderators' coping strategies.",
            "programme": programme.pk,
            "lead_organisation": lead.pk,
            "countries": [kenya.pk],
            "grant_amount_usd": "180000",
            "start_date": "2021-11-01",
            "end_date": "2023-06-30",
            "date_precision": "months",
            "status": "completed",
            "reporting_interval_months": "3",
            "body": streamfield([("paragraph", rich_text("<p>What the team found.</p>"))]),
            "outputs": inline_formset(
                [{"title": "Final report", "kind": "report", "url": "https://example.org/r"}]
            ),
            "contacts": NO_ROWS,
            "tags": "content moderator wellbeing, trauma-informed response",
        },
    )
    assert_published_with_tags(page, ["content moderator wellbeing", "trauma-informed response"])
    assert list(page.countries.all()) == [kenya]
    assert page.outputs.get().title == "Final report"


def test_staff_publish_a_project_update(admin_client, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    page = publish_through_admin(
        admin_client,
        ProjectUpdatePage,
        project,
        {
            "title": "Survey complete",
            "date": "2024-03-01",
            "summary": "All interviews are done.",
            "body": rich_text("<p>Next: analysis.</p>"),
            "documents": NO_ROWS,
            "tags": "prevention",
        },
    )
    assert_published_with_tags(page, ["prevention"])


def test_staff_publish_an_insight_brief(admin_client, insight_index, research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    page = publish_through_admin(
        admin_client,
        InsightBriefPage,
        insight_index,
        {
            "title": "Children rarely tell anyone",
            "date": "2024-02-01",
            "summary": "Almost one in three told no one.",
            "key_findings": streamfield(
                [
                    (
                        "finding",
                        {"headline": "Almost 1 in 3 told no one", "detail": "", "figure": "1 in 3"},
                    )
                ]
            ),
            "recommendations": inline_formset(
                [{"audience": "tech-industry", "text": rich_text("<p>Make reporting easy.</p>")}]
            ),
            "body": streamfield([]),
            "projects": [project.pk],
            "tags": "help-seeking",
        },
    )
    assert_published_with_tags(page, ["help-seeking"])
    assert page.reading_minutes >= 1
    assert [audience.value for audience in page.audiences] == ["tech-industry"]


def test_staff_publish_a_grantee_story(admin_client, story_index):
    page = publish_through_admin(
        admin_client,
        GranteeStoryPage,
        story_index,
        {
            "title": "Listening to parents in Nepal",
            "date": "2024-01-10",
            "told_by": "grantee",
            "intro": "How a parents' programme began.",
            "body": streamfield(
                [
                    (
                        "quote",
                        {"quote": "Parents asked for help.", "name": "A facilitator", "role": ""},
                    )
                ]
            ),
            "tags": "prevention, grooming",
        },
    )
    assert_published_with_tags(page, ["prevention", "grooming"])
    assert page.type_label == "Grantee story"


def test_staff_publish_an_event(admin_client, event_index):
    page = publish_through_admin(
        admin_client,
        EventPage,
        event_index,
        {
            "title": "Research Fund convening",
            "summary": "Grantees meet industry.",
            "start_date": (datetime.date.today() + datetime.timedelta(days=60)).isoformat(),
            "start_time": "09:00",
            "end_time": "17:00",
            "time_zone": "Europe/London",
            "format": "in-person",
            "city": "London",
            "description": streamfield([]),
            "tags": "data and evidence, policy",
        },
    )
    assert_published_with_tags(page, ["data and evidence", "policy"])


def test_staff_publish_a_standard_page(admin_client, home_page):
    page = publish_through_admin(
        admin_client,
        StandardPage,
        home_page,
        {"title": "About", "intro": "Who we are.", "body": streamfield([])},
    )
    assert page.live


def contact_page_data(to_address, action):
    fields = inline_formset([{"label": "Message", "field_type": "multiline", "required": "on"}])
    return {
        **nested_form_data(
            {
                "title": "Partner with us",
                "slug": "partner",
                "comments": NO_ROWS,
                "form_fields": fields,
                "to_address": to_address,
            }
        ),
        action: action,
    }


def test_a_contact_page_goes_live_only_with_a_staff_address(admin_client, home_page):
    url = reverse("wagtailadmin_pages:add", args=["home", "contactpage", home_page.pk])

    refused = admin_client.post(url, contact_page_data("", "action-publish"))

    assert refused.status_code == 200
    assert "nobody is told" in refused.context["form"].errors["to_address"][0]
    assert not ContactPage.objects.exists()

    draft = admin_client.post(url, contact_page_data("", "action-save-draft"))
    assert draft.status_code == 302
    page = ContactPage.objects.get(slug="partner", alias_of=None)
    assert not page.live

    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    published = admin_client.post(edit, contact_page_data("team@example.org", "action-publish"))
    assert published.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.to_address == "team@example.org"


def test_invalid_page_re_renders_with_errors_and_keeps_input(admin_client, research_index):
    url = reverse(
        "wagtailadmin_pages:add", args=["research", "researchprojectpage", research_index.pk]
    )
    data = nested_form_data(
        {
            "title": "Half-finished project",
            "slug": "half",
            "summary": "",
            "comments": NO_ROWS,
            "outputs": NO_ROWS,
            "contacts": NO_ROWS,
            "body": streamfield([]),
        }
    )
    data["action-publish"] = "action-publish"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert response.context["form"].errors["summary"]
    assert "Half-finished project" in response.content.decode()
    assert not ResearchProjectPage.objects.filter(slug="half").exists()


@pytest.mark.parametrize(
    ("child", "allowed_parents"),
    [
        (ResearchIndexPage, {HomePage}),
        (ResearchProjectPage, {ResearchIndexPage}),
        (ProjectUpdatePage, {ResearchProjectPage}),
        (InsightIndexPage, {HomePage}),
        (InsightBriefPage, {InsightIndexPage}),
        (StoryIndexPage, {HomePage}),
        (GranteeStoryPage, {StoryIndexPage}),
        (EventIndexPage, {HomePage}),
        (EventPage, {EventIndexPage}),
        (StandardPage, {HomePage, StandardPage}),
        (ContactPage, {HomePage, StandardPage}),
    ],
)
def test_page_types_live_only_where_they_belong(child, allowed_parents):
    parents = {
        parent
        for parent in get_page_models()
        if parent is not Page and child in parent.allowed_subpage_models()
    }
    assert parents == allowed_parents


@pytest.mark.parametrize(
    "singleton", [HomePage, ResearchIndexPage, InsightIndexPage, StoryIndexPage, EventIndexPage]
)
def test_section_pages_are_singletons(singleton):
    assert singleton.max_count == 1


@pytest.mark.parametrize(
    "url",
    [
        "/admin/projects/?status=completed",
        "/admin/insight_briefs/",
        "/admin/grantee_stories/",
        "/admin/events/?format=online",
        "/admin/snippets/research/programme/",
        "/admin/snippets/research/country/?region=africa",
        "/admin/snippets/research/organisation/",
        "/admin/newsletter/themes/",
        "/admin/newsletter/subscribers/?status=active",
        "/admin/newsletter/mailings/",
    ],
)
def test_admin_listings_open_with_their_filters(admin_client, research_index, url):
    f.ResearchProjectPageFactory(parent=research_index, status="completed")
    f.DigestThemeFactory()
    assert admin_client.get(url).status_code == 200


def test_each_page_type_offers_one_image_field_and_saves_the_choice(
    admin_client, page_of_each_type
):
    assert {type(page) for page in page_of_each_type} == {
        model for model in get_page_models() if model is not Page
    }
    for page in page_of_each_type:
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        html = admin_client.get(edit_url).content.decode()
        # A second input with the same name would be submitted last and, left empty, win.
        assert html.count('name="image"') == 1, type(page).__name__

    brief, image = page_of_each_type[5], f.ImageFactory()
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[brief.pk]),
        {
            **nested_form_data(
                {
                    "title": brief.title,
                    "slug": brief.slug,
                    "date": "2024-02-01",
                    "summary": "Almost one in three told no one.",
                    "key_findings": streamfield([]),
                    "recommendations": NO_ROWS,
                    "body": streamfield([]),
                    "comments": NO_ROWS,
                    "image": image.pk,
                }
            ),
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    brief.refresh_from_db()
    assert brief.image == image

"""Who can reach what: grantees work on their own project through the portal and nowhere else,
staff work in the Wagtail admin, and nothing a grantee drafts is public before staff approve it.
The portal's answers are the same in every language it is served in (/portal/, /fr/portal/,
/es/portal/); the admin has one address for all."""

import pytest
from django.contrib.auth import authenticate
from django.core.files.base import ContentFile
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from community import access, submissions
from community.models import ProjectMembership
from research.models import ProjectUpdatePage
from tests import factories as f
from tests.community.helpers import PASSWORD, signed_in, update_fields
from tests.community.test_portal_journey import png_upload, update_data

pytestmark = pytest.mark.django_db

OK = "200 OK"
NOT_FOUND = "404 Not Found"
PORTAL_SIGN_IN = "redirect to the portal sign-in"
ADMIN_SIGN_IN = "redirect to the admin sign-in"

# Each target: the URL name, then which of the project's pages its arguments are.
PORTAL_URLS = {
    "portal:edit_project": ("community:edit_project", "project"),
    "portal:new_update": ("community:new_update", "project"),
    "portal:edit_update": ("community:edit_update", "project", "update"),
    "portal:preview_update": ("community:preview_update", "project", "update"),
}
ADMIN_URLS = {
    "admin:edit_project": ("wagtailadmin_pages:edit", "project"),
    "admin:edit_update": ("wagtailadmin_pages:edit", "update"),
    "admin:view_draft_update": ("wagtailadmin_pages:view_draft", "update"),
    "admin:preview_on_edit_update": ("wagtailadmin_pages:preview_on_edit", "update"),
}
SITE_URLS = {
    "portal:dashboard": ("community:dashboard",),
    "admin:home": ("wagtailadmin_home",),
    "admin:grantee_access": ("grantee_access:index",),
    "admin:grantee_invitations": ("grantee_invitations:index",),
    "admin:invite_grantee": ("grantee_invitations:add",),
    "admin:grantee_updates_report": ("grantee_reporting",),
}

# What each actor gets from each kind of URL. "portal A" are the portal URLs of project A (and
# of the draft update A's grantee wrote on it), "portal B" the same for project B.
EXPECTED = {
    "grantee_a": {
        "portal:dashboard": OK,
        "portal A": OK,
        "portal B": NOT_FOUND,
        "admin": ADMIN_SIGN_IN,
    },
    "grantee_b": {
        "portal:dashboard": OK,
        "portal A": NOT_FOUND,
        "portal B": OK,
        "admin": ADMIN_SIGN_IN,
    },
    "revoked_grantee": {
        "portal:dashboard": OK,
        "portal A": NOT_FOUND,
        "portal B": NOT_FOUND,
        "admin": ADMIN_SIGN_IN,
    },
    "anonymous": {
        "portal:dashboard": PORTAL_SIGN_IN,
        "portal A": PORTAL_SIGN_IN,
        "portal B": PORTAL_SIGN_IN,
        "admin": ADMIN_SIGN_IN,
    },
    # Staff have no project membership: they review and edit in the admin, not the portal.
    "staff": {"portal:dashboard": OK, "portal A": NOT_FOUND, "portal B": NOT_FOUND, "admin": OK},
}


@pytest.fixture(params=["en-gb", "fr", "es"])
def language(request):
    """Portal addresses reversed in this language: /portal/…, /fr/portal/… or /es/portal/…"""
    with translation.override(request.param):
        yield request.param


def cell(actor, target, letter, outcome):
    where = f"{target}[{letter}]" if letter else target
    return pytest.param(actor, target, letter, outcome, id=f"{actor}->{where}")


def matrix():
    for actor, outcomes in EXPECTED.items():
        yield cell(actor, "portal:dashboard", None, outcomes["portal:dashboard"])
        for letter in "AB":
            for target in PORTAL_URLS:
                yield cell(actor, target, letter, outcomes[f"portal {letter}"])
            for target in ADMIN_URLS:
                yield cell(actor, target, letter, outcomes["admin"])
        for target in SITE_URLS:
            if target.startswith("admin:"):
                yield cell(actor, target, None, outcomes["admin"])


@pytest.fixture
def actors(grantee_a, grantee_b, revoked_grantee, staff):
    return {
        "grantee_a": grantee_a,
        "grantee_b": grantee_b,
        "revoked_grantee": revoked_grantee,
        "anonymous": None,
        "staff": staff,
    }


@pytest.fixture
def url_of(project_a, project_b, draft_update_a, draft_update_b):
    pages = {
        "A": {"project": project_a, "update": draft_update_a},
        "B": {"project": project_b, "update": draft_update_b},
    }

    def url(target, letter):
        name, *arguments = {**PORTAL_URLS, **ADMIN_URLS, **SITE_URLS}[target]
        return reverse(name, args=[pages[letter][argument].pk for argument in arguments])

    return url


def observed(response):
    if response.status_code == 302:
        return response.status_code, response["Location"]
    return response.status_code, None


def expected(outcome, url):
    return {
        OK: (200, None),
        NOT_FOUND: (404, None),
        PORTAL_SIGN_IN: (302, f"{reverse('community:login')}?next={url}"),
        ADMIN_SIGN_IN: (302, f"/admin/login/?next={url}"),
    }[outcome]


@pytest.mark.parametrize(("actor", "target", "project", "outcome"), list(matrix()))
def test_each_actor_gets_the_expected_response_from_each_url(
    actors, url_of, language, actor, target, project, outcome
):
    url = url_of(target, project)
    if target.startswith("portal:") and language != "en-gb":
        assert url.startswith(f"/{language}/portal/")

    response = signed_in(actors[actor]).get(url)

    assert observed(response) == expected(outcome, url)


# Swapped IDs


def update_form_data(**overrides):
    return {
        "title": "Rewritten by someone else",
        "date": "2024-06-01",
        "summary": "Not what the team wrote.",
        "body": "",
        "action": "save",
        **overrides,
    }


@pytest.mark.usefixtures("language")
def test_another_projects_update_is_not_found_under_ones_own_project(
    project_a, grantee_a, draft_update_b
):
    url = reverse("community:edit_update", args=[project_a.pk, draft_update_b.pk])

    assert signed_in(grantee_a).get(url).status_code == 404


@pytest.mark.usefixtures("language")
def test_another_projects_update_cannot_be_previewed_under_ones_own_project(
    project_a, grantee_a, draft_update_b
):
    url = reverse("community:preview_update", args=[project_a.pk, draft_update_b.pk])

    assert signed_in(grantee_a).get(url).status_code == 404


@pytest.mark.usefixtures("language")
def test_ones_own_update_is_not_found_under_another_project(project_b, grantee_a, draft_update_a):
    url = reverse("community:edit_update", args=[project_b.pk, draft_update_a.pk])

    assert signed_in(grantee_a).get(url).status_code == 404


@pytest.mark.usefixtures("language")
def test_an_update_staff_wrote_is_not_editable_in_the_portal(project_a, grantee_a, staff):
    staff_update = f.ProjectUpdatePageFactory(parent=project_a, owner=staff)
    url = reverse("community:edit_update", args=[project_a.pk, staff_update.pk])

    assert signed_in(grantee_a).get(url).status_code == 404


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize(
    "through", ["own project id", "other project id"], ids=["own-project-id", "other-project-id"]
)
def test_posting_to_another_projects_update_is_not_found_and_changes_nothing(
    project_a, project_b, grantee_a, draft_update_b, through
):
    project = project_a if through == "own project id" else project_b
    revisions_before = draft_update_b.revisions.count()
    url = reverse("community:edit_update", args=[project.pk, draft_update_b.pk])

    response = signed_in(grantee_a).post(url, update_form_data())

    assert response.status_code == 404
    draft_update_b.refresh_from_db()
    assert draft_update_b.revisions.count() == revisions_before
    assert draft_update_b.get_latest_revision_as_object().title == "Bison draft findings"


@pytest.mark.usefixtures("language")
def test_posting_a_new_update_to_another_project_creates_nothing(project_b, grantee_a):
    url = reverse("community:new_update", args=[project_b.pk])

    response = signed_in(grantee_a).post(url, update_form_data(action="submit"))

    assert response.status_code == 404
    assert not ProjectUpdatePage.objects.child_of(project_b).exists()


@pytest.mark.usefixtures("language")
def test_proposing_edits_to_another_project_changes_nothing(project_b, grantee_a):
    revisions_before = project_b.revisions.count()
    url = reverse("community:edit_project", args=[project_b.pk])
    data = {
        "summary": "Hijacked summary",
        "website": "",
        "outputs-TOTAL_FORMS": "0",
        "outputs-INITIAL_FORMS": "0",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }

    response = signed_in(grantee_a).post(url, data)

    assert response.status_code == 404
    assert project_b.revisions.count() == revisions_before
    assert project_b.current_workflow_state is None


# Drafts never leak


@pytest.fixture
def published_update_a(project_a, grantee_a):
    return f.ProjectUpdatePageFactory(
        parent=project_a, owner=grantee_a, title="Aardvark published findings", tags=["grooming"]
    )


@pytest.fixture
def secret_draft(project_a, grantee_a, published_update_a):
    """A draft on a project that also has a published update, which every listing must show."""
    return submissions.save_update(
        project_a,
        grantee_a,
        update_fields(
            title="Aardvark secret findings",
            summary="Nobody outside the team should read this yet.",
            tags=["grooming"],
        ),
    )


def test_draft_update_is_not_on_the_public_project_page(client, project_a, secret_draft):
    html = client.get(project_a.url).content.decode()

    assert "Aardvark published findings" in html
    assert "Aardvark secret findings" not in html


def test_draft_update_is_not_among_related_pages_on_its_topic(client, project_a, secret_draft):
    on_same_topic = f.ProjectUpdatePageFactory(
        parent=project_a, title="Aardvark earlier findings", tags=["grooming"]
    )

    html = client.get(on_same_topic.url).content.decode()

    assert "Aardvark published findings" in html
    assert "Aardvark secret findings" not in html


def test_draft_update_has_no_public_page(client, project_a, secret_draft):
    assert client.get(f"{project_a.url}{secret_draft.slug}/").status_code == 404


def test_draft_update_submitted_for_review_is_not_on_the_public_project_page(
    client, project_a, grantee_a, secret_draft
):
    submissions.submit_for_review(secret_draft, grantee_a)

    html = client.get(project_a.url).content.decode()

    assert "Aardvark published findings" in html
    assert "Aardvark secret findings" not in html


def test_draft_update_is_not_in_search_results(client, secret_draft):
    html = client.get("/search/", {"q": "findings"}).content.decode()
    html = html.replace("<mark>", "").replace("</mark>", "")  # matches are marked in titles

    assert "Aardvark published findings" in html
    assert "Aardvark secret findings" not in html


def test_draft_update_is_not_on_its_topic_page(client, secret_draft):
    html = client.get("/topics/grooming/").content.decode()

    assert "Aardvark published findings" in html
    assert "Aardvark secret findings" not in html


def test_api_type_parameter_does_not_reach_draft_updates(client, project_a, secret_draft):
    response = client.get("/api/v2/projects/", {"type": "research.ProjectUpdatePage"})

    assert [item["id"] for item in response.json()["items"]] == [project_a.pk]


def test_draft_update_is_not_found_by_id_in_the_api(client, secret_draft):
    assert client.get(f"/api/v2/projects/{secret_draft.pk}/").status_code == 404


def test_draft_update_is_not_in_the_sitemap(client, published_update_a, secret_draft):
    xml = client.get("/sitemap.xml").content.decode()

    assert published_update_a.full_url in xml
    assert f"/{secret_draft.slug}/" not in xml


@pytest.mark.parametrize(
    "feed", ["/feeds/rss/", "/feeds/atom/", "/topics/grooming/rss/", "/topics/grooming/atom/"]
)
def test_draft_update_is_not_in_feeds(client, secret_draft, feed):
    xml = client.get(feed).content.decode()

    assert "Aardvark published findings" in xml
    assert "Aardvark secret findings" not in xml


def test_unapproved_changes_to_a_published_update_are_not_public(
    client, project_a, grantee_a, published_update_a
):
    submissions.save_update(
        project_a, grantee_a, update_fields(title="Aardvark revised findings"), published_update_a
    )

    project_html = client.get(project_a.url).content.decode()
    update_html = client.get(published_update_a.url).content.decode()

    assert "Aardvark published findings" in project_html
    assert "Aardvark revised findings" not in project_html + update_html


def propose_summary(project, grantee, summary):
    fields = {"summary": summary, "website": ""}
    submissions.propose_project_edit(project, grantee, fields, outputs=[], contacts=[])


def test_proposed_project_edits_are_not_on_the_public_page(client, project_a, grantee_a):
    live_summary = project_a.summary
    propose_summary(project_a, grantee_a, "A proposed summary awaiting review.")

    html = client.get(project_a.url).content.decode()

    assert live_summary in html
    assert "A proposed summary awaiting review." not in html


def test_proposed_project_edits_are_not_in_the_api(client, project_a, grantee_a):
    live_summary = project_a.summary
    propose_summary(project_a, grantee_a, "A proposed summary awaiting review.")

    data = client.get(f"/api/v2/projects/{project_a.pk}/").json()

    assert data["summary"] == live_summary


@pytest.mark.usefixtures("language")
def test_dashboard_shows_nothing_of_another_project(
    project_a, grantee_b, draft_update_b, secret_draft
):
    html = signed_in(grantee_b).get(reverse("community:dashboard")).content.decode()

    assert "Project Bison" in html
    assert "Bison draft findings" in html
    assert "Aardvark" not in html


# Revocation


@pytest.fixture
def membership_a(project_a, grantee_a):
    return ProjectMembership.objects.get(user=grantee_a, project=project_a)


@pytest.mark.usefixtures("language")
def test_revoked_grantee_loses_access_on_their_next_request(
    project_a, grantee_a, membership_a, staff
):
    browser = signed_in(grantee_a)
    url = reverse("community:edit_project", args=[project_a.pk])
    assert browser.get(url).status_code == 200

    access.revoke(membership_a, revoked_by=staff)

    assert browser.get(url).status_code == 404


@pytest.mark.usefixtures("language")
def test_revoked_grantee_cannot_edit_their_own_draft_any_more(
    project_a, grantee_a, membership_a, draft_update_a, staff
):
    browser = signed_in(grantee_a)
    url = reverse("community:edit_update", args=[project_a.pk, draft_update_a.pk])
    assert browser.get(url).status_code == 200

    access.revoke(membership_a, revoked_by=staff)
    response = browser.post(url, update_form_data())

    assert response.status_code == 404
    assert draft_update_a.get_latest_revision_as_object().title == "Aardvark draft findings"


@pytest.mark.usefixtures("language")
def test_revoked_grantees_dashboard_no_longer_lists_the_project(
    grantee_a, membership_a, draft_update_a, staff
):
    browser = signed_in(grantee_a)
    assert "Project Aardvark" in browser.get(reverse("community:dashboard")).content.decode()

    access.revoke(membership_a, revoked_by=staff)
    html = browser.get(reverse("community:dashboard")).content.decode()

    assert "Project Aardvark" not in html
    assert "Aardvark draft findings" not in html


# The Wagtail admin


def sign_in_to_admin(user):
    browser = Client()
    browser.post(reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD})
    return browser


def test_grantee_credentials_do_not_open_the_wagtail_admin(grantee_a):
    assert authenticate(HttpRequest(), username=grantee_a.username, password=PASSWORD)  # valid

    response = sign_in_to_admin(grantee_a).get(reverse("wagtailadmin_home"))

    assert observed(response) == (302, "/admin/login/?next=/admin/")


def test_grantee_signed_in_through_the_admin_cannot_edit_their_project_there(project_a, grantee_a):
    url = reverse("wagtailadmin_pages:edit", args=[project_a.pk])

    response = sign_in_to_admin(grantee_a).get(url)

    assert observed(response) == (302, f"/admin/login/?next={url}")


def test_staff_sign_in_to_the_wagtail_admin(staff):
    response = sign_in_to_admin(staff).get(reverse("wagtailadmin_home"))

    assert response.status_code == 200


def test_moderators_can_invite_grantees_and_manage_their_access(client, db):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    moderator = get_user_model().objects.create_user("mod", "mod@example.org", "pw-123456-x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)

    assert client.get(reverse("grantee_invitations:add")).status_code == 200
    assert client.get(reverse("grantee_access:index")).status_code == 200


# Doors outside the portal: pages and documents kept for staff, and the files of a draft
# grantee A saved with an image and a PDF. Sign-in and email limits hold for every account
# alike (tests/test_sign_in.py, tests/test_email_limits.py); API relations in tests/test_api.py.

FOR_STAFF_ONLY = "403 for staff only"
PAGE_SIGN_IN = "redirect to the private-page sign-in"
PRIVATE_OK = "200 OK, never cached"

DOOR_EXPECTED = {
    "grantee_a": {"staff": FOR_STAFF_ONLY, "draft": PRIVATE_OK},
    "grantee_b": {"staff": FOR_STAFF_ONLY, "draft": NOT_FOUND},
    "revoked_grantee": {"staff": FOR_STAFF_ONLY, "draft": NOT_FOUND},
    "anonymous": {"staff": PAGE_SIGN_IN, "draft": NOT_FOUND},
    "staff": {"staff": PRIVATE_OK, "draft": PRIVATE_OK},  # signed in: nothing is cached
}
DOORS = {
    "staff-only page": "staff",
    "staff-only document": "staff",
    "draft document": "draft",
    "draft original image": "draft",
}


def door_matrix():
    for actor, outcomes in DOOR_EXPECTED.items():
        for door, kind in DOORS.items():
            yield pytest.param(actor, door, outcomes[kind], id=f"{actor}->{door}")


@pytest.fixture
def door_urls(home_page, project_a, grantee_a):
    page = f.StandardPageFactory(parent=home_page, title="Staff handbook")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    collection = Collection.get_first_root_node().add_child(name="Staff papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    staff_document = get_document_model().objects.create(
        title="Minutes", collection=collection, file=ContentFile(b"minutes", name="minutes.txt")
    )
    signed_in(grantee_a).post(
        reverse("community:new_update", args=[project_a.pk]),
        update_data(
            image=png_upload(),
            image_alt="A chart",
            image_credit="© Team",
            document=ContentFile(b"%PDF-1.4 findings", name="findings.pdf"),
        ),
    )
    draft = ProjectUpdatePage.objects.child_of(project_a).get().get_latest_revision_as_object()
    return {
        "staff-only page": page.url,
        "staff-only document": staff_document.url,
        "draft document": draft.documents.get().document.url,
        "draft original image": draft.image.file.url,
    }


def door_outcome(response):
    if response.status_code == 302:
        location = response["Location"]
        assert location.startswith(reverse("wagtailcore_login")), location
        return PAGE_SIGN_IN
    if response.status_code == 403:
        assert b"This is for Safe Online staff" in response.content
        return FOR_STAFF_ONLY
    if response.status_code == 200 and "no-store" in response.get("Cache-Control", ""):
        return PRIVATE_OK if "private" in response["Cache-Control"] else "no-store, not private"
    return {200: OK, 404: NOT_FOUND}.get(response.status_code, str(response.status_code))


@pytest.mark.parametrize(("actor", "door", "outcome"), list(door_matrix()))
def test_each_actor_gets_the_expected_response_at_each_door(
    actors, door_urls, actor, door, outcome
):
    response = signed_in(actors[actor]).get(door_urls[door])

    assert door_outcome(response) == outcome

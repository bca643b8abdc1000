"""Staff end a grantee's access from the admin: a "Revoke access" button on each active row of
Grantees → Access (reached from the project's page through its "Grantee access" action), a
confirmation page, and an entry in the project's history."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from community.models import ProjectMembership
from tests.community.helpers import signed_in

pytestmark = pytest.mark.django_db


def access_listing(client, project):
    response = client.get(reverse("grantee_access:index"), {"project": project.pk})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def row_of(listing, email):
    [row] = [row for row in listing.select("table.listing tbody tr") if email in row.text]
    return row


def link_named(soup, name):
    return next((link for link in soup.find_all("a") if link.get_text(strip=True) == name), None)


def revoke_button(row):
    return link_named(row, "Revoke access")


def refused(response):
    """The admin answers a forbidden request by sending the person to its dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def membership_of(user, project):
    return ProjectMembership.objects.get(user=user, project=project)


@pytest.fixture
def access_viewer(db):
    """Staff who may see who has access but not change it."""
    group = Group.objects.create(name="Access viewers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_projectmembership"),
    )
    user = get_user_model().objects.create_user("viewer", "viewer@example.org", "pw-123456-x")
    user.groups.add(group)
    return user


@pytest.fixture
def moderator(db):
    user = get_user_model().objects.create_user("mod", "mod@example.org", "pw-123456-x")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_staff_revoke_a_grantee_by_clicking_through_and_the_grantee_loses_the_project(
    staff, grantee_a, project_a
):
    staff_client, grantee_client = signed_in(staff), signed_in(grantee_a)
    project_url = reverse("community:new_update", args=[project_a.pk])
    assert grantee_client.get(project_url).status_code == 200

    editor = staff_client.get(reverse("wagtailadmin_pages:edit", args=[project_a.pk]))
    access_url = link_named(BeautifulSoup(editor.content, "html.parser"), "Grantee access")["href"]
    listing = BeautifulSoup(staff_client.get(access_url).content, "html.parser")
    confirm_url = revoke_button(row_of(listing, grantee_a.email))["href"]
    confirmation = BeautifulSoup(staff_client.get(confirm_url).content, "html.parser")
    form = confirmation.find("button", string="Yes, revoke access").find_parent("form")
    response = staff_client.post(
        confirm_url, {field["name"]: field["value"] for field in form.find_all("input")}
    )

    assert response.status_code == 302
    assert response["Location"] == access_url
    assert grantee_client.get(project_url).status_code == 404
    dashboard = grantee_client.get(reverse("community:dashboard")).content.decode()
    assert project_a.title not in dashboard


def test_the_project_editor_links_to_the_projects_access_listing(staff, project_a):
    editor = signed_in(staff).get(reverse("wagtailadmin_pages:edit", args=[project_a.pk]))

    link = link_named(BeautifulSoup(editor.content, "html.parser"), "Grantee access")

    assert link["href"] == f"{reverse('grantee_access:index')}?project={project_a.pk}"


def test_each_active_grantee_has_a_revoke_button_and_revoked_ones_show_as_revoked(
    staff, grantee_a, revoked_grantee, project_a
):
    listing = access_listing(signed_in(staff), project_a)

    active, revoked = row_of(listing, grantee_a.email), row_of(listing, revoked_grantee.email)
    assert "Active" in active.text
    assert revoke_button(active)["href"].startswith(
        reverse("grantee_access:revoke", args=[membership_of(grantee_a, project_a).pk])
    )
    assert "Revoked" in revoked.text
    assert revoke_button(revoked) is None


def test_moderators_see_the_revoke_button(moderator, grantee_a, project_a):
    listing = access_listing(signed_in(moderator), project_a)

    assert revoke_button(row_of(listing, grantee_a.email)) is not None


def test_staff_who_may_only_view_access_see_no_revoke_button(access_viewer, grantee_a, project_a):
    listing = access_listing(signed_in(access_viewer), project_a)

    assert revoke_button(row_of(listing, grantee_a.email)) is None


def test_staff_who_may_only_view_access_cannot_revoke_by_url(access_viewer, grantee_a, project_a):
    membership = membership_of(grantee_a, project_a)
    url = reverse("grantee_access:revoke", args=[membership.pk])
    client = signed_in(access_viewer)

    assert refused(client.get(url))
    assert refused(client.post(url))
    membership.refresh_from_db()
    assert membership.is_active


def test_the_revoke_page_asks_for_confirmation_and_changes_nothing(staff, grantee_a, project_a):
    membership = membership_of(grantee_a, project_a)

    response = signed_in(staff).get(reverse("grantee_access:revoke", args=[membership.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Yes, revoke access" in html
    assert grantee_a.email in html
    membership.refresh_from_db()
    assert membership.is_active


def test_a_revocation_is_in_the_projects_history_with_a_readable_label(staff, grantee_a, project_a):
    client = signed_in(staff)
    client.post(reverse("grantee_access:revoke", args=[membership_of(grantee_a, project_a).pk]))

    history = client.get(reverse("wagtailadmin_pages:history", args=[project_a.pk]))

    html = history.content.decode()
    assert f"Revoked grantee access for {grantee_a.email}" in html
    assert "Revoke grantee access" in html  # the action's label, in the history's filter


def test_revoking_never_returns_to_another_site(staff, grantee_a, project_a):
    url = reverse("grantee_access:revoke", args=[membership_of(grantee_a, project_a).pk])

    response = signed_in(staff).post(url, {"next": "https://elsewhere.example/"})

    assert response["Location"] == reverse("grantee_access:index")


def test_an_already_revoked_grantee_has_nothing_to_confirm(staff, revoked_grantee, project_a):
    url = reverse("grantee_access:revoke", args=[membership_of(revoked_grantee, project_a).pk])

    response = signed_in(staff).get(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("grantee_access:index")


def test_access_is_never_deleted_only_revoked(staff, grantee_a, project_a):
    membership = membership_of(grantee_a, project_a)

    response = signed_in(staff).post(reverse("grantee_access:delete", args=[membership.pk]))

    assert refused(response)
    assert ProjectMembership.objects.filter(pk=membership.pk).exists()

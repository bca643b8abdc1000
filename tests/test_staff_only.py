"""Staff-only means staff-only. Grantees have site accounts (for the portal), so Wagtail's
"logged-in users" privacy option would let them in; here it means Safe Online staff, for pages
and for document collections alike, and the admin's privacy dialog says so."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from community.access import accept
from community.models import Invitation
from tests import factories as f

pytestmark = pytest.mark.django_db

SECRET = "Board minutes: the staff-only paragraph"


@pytest.fixture
def grantee(research_index):
    project = f.ResearchProjectPageFactory(parent=research_index)
    invitation = Invitation.objects.create(project=project, email="ana@example.org", name="Ana")
    return accept(invitation, password="a-long-pass-phrase-9")


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user(username="editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def as_user(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def staff_page(home_page, restriction_type, **options):
    page = f.StandardPageFactory(parent=home_page, title="Internal", search_description=SECRET)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, **options.get("fields", {})
    )
    if groups := options.get("groups"):
        restriction.groups.set(groups)
    return page


def test_a_grantee_cannot_read_a_page_private_to_logged_in_users(home_page, grantee):
    page = staff_page(home_page, PageViewRestriction.LOGIN)

    response = as_user(grantee).get(page.url)

    assert response.status_code == 403
    assert "This is for Safe Online staff" in response.content.decode()
    assert SECRET not in response.content.decode()


def test_staff_and_anonymous_visitors_meet_that_page_as_before(home_page, staff):
    page = staff_page(home_page, PageViewRestriction.LOGIN)

    assert as_user(staff).get(page.url).status_code == 200
    anonymous = as_user(None).get(page.url)
    assert anonymous.status_code == 302
    assert anonymous.url.startswith(reverse("wagtailcore_login"))


@pytest.mark.parametrize(
    "restriction_type", [PageViewRestriction.GROUPS, PageViewRestriction.PASSWORD]
)
def test_the_other_privacy_options_keep_grantees_out_too(home_page, grantee, restriction_type):
    page = staff_page(
        home_page,
        restriction_type,
        fields={"password": "swordfish"},
        groups=Group.objects.filter(name__in=["Editors", "Moderators"]),
    )

    response = as_user(grantee).get(page.url)

    assert SECRET not in response.content.decode()


def test_a_grantee_signing_in_through_the_private_page_sign_in_is_still_refused(home_page, grantee):
    page = staff_page(home_page, PageViewRestriction.LOGIN)
    client = Client()

    client.post(
        reverse("wagtailcore_login") + f"?next={page.url}",
        {"username": grantee.username, "password": "a-long-pass-phrase-9"},
    )
    response = client.get(page.url)

    assert response.status_code == 403


def test_a_grantee_cannot_download_a_document_from_a_staff_only_collection(grantee, staff):
    collection = Collection.get_first_root_node().add_child(name="Staff papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Minutes", collection=collection, file=ContentFile(b"minutes", name="minutes.txt")
    )

    assert as_user(grantee).get(document.url).status_code == 403
    assert as_user(staff).get(document.url).status_code == 200


def test_the_privacy_dialog_names_the_option_for_staff():
    labels = dict(
        PageViewRestrictionForm(private_page_options=["login"]).fields["restriction_type"].choices
    )

    assert "staff" in labels[PageViewRestriction.LOGIN]
    assert "not grantees" in labels[PageViewRestriction.LOGIN]

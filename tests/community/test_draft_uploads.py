"""A grantee's draft files stay private until their update is published. Uploads get names
nobody can guess; until a live page uses them only staff, the uploader and the uploader's
teammates can fetch them, uncached, and everyone else is told they are not there."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageViewRestriction

from community import submissions, uploads
from research.models import ProjectUpdatePage
from tests import factories as f
from tests.community.helpers import approve, make_grantee, signed_in, update_fields
from tests.community.test_portal_journey import png_upload, update_data

pytestmark = pytest.mark.django_db

ADDRESSES = ["document", "original image", "rendition"]


def pdf_upload(name="Fieldwork report.pdf"):
    return SimpleUploadedFile(name, b"%PDF-1.4 our findings", content_type="application/pdf")


@pytest.fixture
def teammate(project_a):
    return make_grantee(project_a, "tom@example.org")


@pytest.fixture
def update(project_a, grantee_a):
    """A draft update grantee A saved in the portal, with an image and a PDF."""
    response = signed_in(grantee_a).post(
        reverse("community:new_update", args=[project_a.pk]),
        update_data(
            image=png_upload("ana-lima-chart.png"),
            image_alt="A bar chart of replies",
            image_credit="© Team",
            document=pdf_upload(),
        ),
    )
    assert response.status_code == 302
    return ProjectUpdatePage.objects.child_of(project_a).get()


@pytest.fixture
def image(update):
    return update.get_latest_revision_as_object().image


@pytest.fixture
def document(update):
    return update.get_latest_revision_as_object().documents.get().document


@pytest.fixture
def addresses(project_a, grantee_a, update, image, document):
    """Where the files are: the document and the rendition as the portal's preview links them."""
    preview_url = reverse("community:preview_update", args=[project_a.pk, update.pk])
    html = signed_in(grantee_a).get(preview_url).content.decode()
    assert document.url in html
    return {
        "document": document.url,
        "original image": image.file.url,
        "rendition": re.search(r'src="(/media/images/[^"]+)"', html).group(1),
    }


def fetch(user, url):
    response = signed_in(user).get(url)
    if response.status_code == 200:
        assert b"".join(response.streaming_content)
    return response


def test_uploads_are_stored_under_random_names_that_keep_their_extension(image, document):
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.png", image.file.name)
    assert re.fullmatch(r"documents/[0-9a-f]{32}\.pdf", document.file.name)
    assert document.title == "Fieldwork report"


def test_a_draft_uploads_address_does_not_contain_the_uploaded_file_name(addresses):
    for url in addresses.values():
        assert "ana-lima" not in url
        assert "chart" not in url
        assert "fieldwork" not in url.lower()
        assert "report" not in url.lower()


def test_draft_uploads_wait_for_review_in_a_collection_of_their_own(image, document):
    assert image.collection.name == uploads.AWAITING_REVIEW
    assert document.collection.name == uploads.AWAITING_REVIEW


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("who", ["anonymous", "grantee_b", "revoked_grantee"])
def test_a_draft_upload_is_not_found_by_anyone_outside_its_project(
    request, addresses, address, who
):
    user = None if who == "anonymous" else request.getfixturevalue(who)

    response = fetch(user, addresses[address])

    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]  # it may be public later at this address


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("who", ["grantee_a", "teammate", "staff"])
def test_a_draft_upload_reaches_its_uploader_teammates_and_staff_uncached(
    request, addresses, address, who
):
    response = fetch(request.getfixturevalue(who), addresses[address])

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_teammate_no_longer_sees_an_upload_once_the_draft_drops_it(
    project_a, grantee_a, teammate, update, addresses
):
    edit_url = reverse("community:edit_update", args=[project_a.pk, update.pk])
    signed_in(grantee_a).post(edit_url, update_data(remove_image="on"))

    assert fetch(teammate, addresses["original image"]).status_code == 404
    assert fetch(grantee_a, addresses["original image"]).status_code == 200


@pytest.mark.parametrize("address", ADDRESSES)
def test_approving_the_update_makes_its_uploads_public(
    project_a, grantee_a, staff, update, addresses, address
):
    edit_url = reverse("community:edit_update", args=[project_a.pk, update.pk])
    signed_in(grantee_a).post(edit_url, update_data(action="submit"))

    approve(update, staff)

    response = fetch(None, addresses[address])
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_approved_uploads_move_to_the_public_grantee_collection(
    project_a, grantee_a, staff, update, image, document
):
    edit_url = reverse("community:edit_update", args=[project_a.pk, update.pk])
    signed_in(grantee_a).post(edit_url, update_data(action="submit"))

    approve(update, staff)

    image.refresh_from_db()
    document.refresh_from_db()
    assert image.collection.name == uploads.PUBLISHED
    assert document.collection.name == uploads.PUBLISHED


@pytest.mark.parametrize("address", ADDRESSES)
def test_publishing_the_update_in_the_admin_makes_its_uploads_public(
    staff, update, addresses, address
):
    update.get_latest_revision().publish(user=staff)

    assert fetch(None, addresses[address]).status_code == 200


@pytest.mark.parametrize("address", ADDRESSES)
def test_unpublishing_the_update_makes_its_uploads_private_again(staff, update, addresses, address):
    update.get_latest_revision().publish(user=staff)
    update.refresh_from_db()

    update.unpublish(user=staff)

    assert fetch(None, addresses[address]).status_code == 404
    assert fetch(staff, addresses[address]).status_code == 200


def test_deleting_a_live_update_makes_its_uploads_private_again(staff, update, addresses):
    update.get_latest_revision().publish(user=staff)
    update.refresh_from_db()

    update.delete()

    assert fetch(None, addresses["original image"]).status_code == 404
    assert fetch(None, addresses["document"]).status_code == 404


def test_an_upload_another_live_page_uses_stays_public_when_the_update_is_unpublished(
    story_index, staff, update, image, addresses
):
    update.get_latest_revision().publish(user=staff)
    update.refresh_from_db()
    f.GranteeStoryPageFactory(parent=story_index, image=image)

    update.unpublish(user=staff)

    assert fetch(None, addresses["original image"]).status_code == 200
    assert fetch(None, addresses["document"]).status_code == 404


def test_publishing_the_update_inside_a_private_section_keeps_its_uploads_private(
    project_a, staff, update, addresses
):
    PageViewRestriction.objects.create(page=project_a, restriction_type=PageViewRestriction.LOGIN)

    update.get_latest_revision().publish(user=staff)

    assert fetch(None, addresses["original image"]).status_code == 404
    assert fetch(None, addresses["document"]).status_code == 404


def test_making_a_live_updates_section_private_makes_its_uploads_private_and_back(
    project_a, staff, update, addresses, django_capture_on_commit_callbacks
):
    update.get_latest_revision().publish(user=staff)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=project_a, restriction_type=PageViewRestriction.LOGIN
        )
    assert fetch(None, addresses["document"]).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()

    assert fetch(None, addresses["document"]).status_code == 200


def test_staff_find_draft_uploads_in_the_admin_listings(staff, image, document):
    client = signed_in(staff)

    images = client.get(reverse("wagtailimages:index")).content.decode()
    documents = client.get(reverse("wagtaildocs:index")).content.decode()

    assert "A bar chart of replies" in images
    assert "Fieldwork report" in documents


def test_uploads_made_public_before_drafts_were_kept_private_are_secured_after_migrate(
    project_a, grantee_a
):
    """Earlier releases put every portal upload, drafts' too, in the public collection under
    the uploaded name."""
    earlier = uploads.collection(uploads.PUBLISHED)
    draft_image = f.ImageFactory(
        collection=earlier, file__filename="ana-lima-chart.png", uploaded_by_user=grantee_a
    )
    submissions.save_update(project_a, grantee_a, update_fields(image=draft_image))
    live_image = f.ImageFactory(collection=earlier, file__filename="published-chart.png")
    f.ProjectUpdatePageFactory(parent=project_a, image=live_image)
    old_url, live_name = draft_image.file.url, live_image.file.name

    call_command("migrate", verbosity=0)

    draft_image.refresh_from_db()
    live_image.refresh_from_db()
    assert draft_image.collection.name == uploads.AWAITING_REVIEW
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.png", draft_image.file.name)
    assert fetch(None, old_url).status_code == 404
    assert fetch(None, draft_image.file.url).status_code == 404
    assert fetch(grantee_a, draft_image.file.url).status_code == 200
    assert (live_image.collection.name, live_image.file.name) == (uploads.PUBLISHED, live_name)

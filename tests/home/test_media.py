"""Uploaded images are served by the site itself (SERVE_MEDIA, on by default), with a cache
policy, while document files stay behind Wagtail's document view and its privacy checks. Apps
keep images private through the `before_serve_media` hook (home.media_access). Pages are gzipped
for clients that accept it; images are sent as they are."""

import gzip

import pytest
from django.core.files.base import ContentFile
from wagtail import hooks
from wagtail.documents import get_document_model

from home.media_access import HOOK_NAME, MediaAccess
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def rendition():
    return factories.ImageFactory().get_rendition("fill-300x200")


@pytest.fixture
def document():
    return get_document_model().objects.create(
        title="Fieldwork report", file=ContentFile(b"%PDF-1.4 report", name="report.pdf")
    )


def test_an_image_rendition_is_served_with_a_cache_policy(client, rendition):
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")
    assert "public" in response["Cache-Control"]
    assert "max-age=604800" in response["Cache-Control"]


def test_an_original_image_is_served(client, rendition):
    response = client.get(rendition.image.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == rendition.image.file.open("rb").read()


@pytest.mark.parametrize(
    "route", ["{url}", "/media/images/../{name}", "/media/images/%2E%2E/{name}"]
)
def test_document_files_are_not_served_from_media(client, document, route):
    url = route.format(url=document.file.url, name=document.file.name)
    assert client.get(url).status_code == 404
    assert client.get(document.url).status_code == 200  # Wagtail's view, with its checks


def answering(access, about):
    """A before_serve_media hook that says `access` about the file at `about`, nothing else."""

    def check(request, path):
        return access if path == about else None

    return check


@pytest.mark.parametrize("address", ["original", "rendition"])
def test_an_image_an_app_keeps_private_is_served_but_never_cached(client, rendition, address):
    file = rendition.image.file if address == "original" else rendition.file

    with hooks.register_temporarily(HOOK_NAME, answering(MediaAccess.PRIVATE, file.name)):
        response = client.get(file.url)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize("address", ["original", "rendition"])
def test_an_image_an_app_hides_is_not_found_and_the_answer_is_not_cached(
    client, rendition, address
):
    file = rendition.image.file if address == "original" else rendition.file

    with hooks.register_temporarily(HOOK_NAME, answering(MediaAccess.HIDDEN, file.name)):
        response = client.get(file.url)

    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]


def test_the_strictest_answer_of_several_apps_wins(client, rendition):
    name = rendition.file.name
    private, hidden = answering(MediaAccess.PRIVATE, name), answering(MediaAccess.HIDDEN, name)

    with hooks.register_temporarily([(HOOK_NAME, private), (HOOK_NAME, hidden)]):
        assert client.get(rendition.url).status_code == 404


def test_an_image_no_app_has_a_say_about_stays_public(client, rendition):
    other = answering(MediaAccess.HIDDEN, "original_images/someone-elses.png")

    with hooks.register_temporarily(HOOK_NAME, other):
        response = client.get(rendition.url)

    assert response.status_code == 200
    assert "public" in response["Cache-Control"]


def test_pages_are_gzipped_for_clients_that_accept_it(client, home_page):
    response = client.get("/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)
    assert "Accept-Encoding" in response["Vary"]


def test_images_are_not_compressed_again(client, rendition):
    response = client.get(rendition.url, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")

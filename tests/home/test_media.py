"""Uploaded images are served by the site itself (SERVE_MEDIA, on by default), with a cache
policy, while document files stay behind Wagtail's document view and its privacy checks. Pages
are gzipped for clients that accept it; images are sent as they are."""

import gzip

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

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


def test_pages_are_gzipped_for_clients_that_accept_it(client, home_page):
    response = client.get("/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert b"<html" in gzip.decompress(response.content)
    assert "Accept-Encoding" in response["Vary"]


def test_images_are_not_compressed_again(client, rendition):
    response = client.get(rendition.url, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")

"""Browsers find the site's icons: /favicon.ico and /apple-touch-icon.png, which they ask for
whether or not a page links them, and every icon the pages link."""

import io

import pytest
from bs4 import BeautifulSoup
from PIL import Image

pytestmark = pytest.mark.django_db


def image_at(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Image.open(io.BytesIO(b"".join(response.streaming_content)))


def test_the_favicon_is_an_icon_in_the_sizes_browsers_use(client):
    icon = image_at(client, "/favicon.ico")

    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= icon.ico.sizes()


def test_the_touch_icon_is_an_opaque_180_pixel_square(client):
    icon = image_at(client, "/apple-touch-icon.png")

    assert (icon.format, icon.size, icon.mode) == ("PNG", (180, 180), "RGB")


def test_every_icon_a_page_links_is_there(client, home_page):
    html = client.get(home_page.url).content.decode()
    links = BeautifulSoup(html, "html.parser").select("link[rel~=icon], link[rel=apple-touch-icon]")

    assert {link["rel"][0] for link in links} == {"icon", "apple-touch-icon"}
    for link in links:
        response = client.get(link["href"])
        assert response.status_code == 200, link["href"]

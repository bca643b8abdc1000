"""Page images: the largest one is fetched first, and phones are offered a narrower file."""

import re
from html.parser import HTMLParser

import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db


def lead_image_tag(client, page):
    html = client.get(page.url).content.decode()
    [tag] = re.findall(r'<figure class="[^"]*lead-image[^"]*">\s*(<img [^>]*>)', html)
    return tag


def test_a_lead_image_offers_a_narrow_file_and_is_fetched_first(client, research_index):
    image = f.ImageFactory(file__width=2000, file__height=1200)
    project = f.ResearchProjectPageFactory(parent=research_index, image=image)

    tag = lead_image_tag(client, project)

    widths = [int(width) for width in re.findall(r" (\d+)w\b", tag)]
    assert widths == [800, 1200]
    assert 'sizes="(max-width: 44rem) 100vw, 42rem"' in tag
    assert 'loading="eager"' in tag
    assert 'fetchpriority="high"' in tag


def test_an_image_too_small_for_two_sizes_has_no_srcset(client, research_index):
    image = f.ImageFactory(file__width=700, file__height=400)
    project = f.ResearchProjectPageFactory(parent=research_index, image=image)

    tag = lead_image_tag(client, project)

    assert "srcset" not in tag
    assert 'width="700"' in tag


def test_images_in_the_body_load_lazily_without_priority(client, home_page):
    image = f.ImageFactory(file__width=2000, file__height=1200)
    page = f.StandardPageFactory(
        parent=home_page,
        body=[("image", {"image": image, "caption": ""})],
    )

    html = client.get(page.url).content.decode()

    [tag] = re.findall(r"<img [^>]*>", html.split("<main", 1)[1])
    assert 'loading="lazy"' in tag
    assert "fetchpriority" not in tag
    assert " 800w" in tag


class ImagesAndPreloads(HTMLParser):
    """The <img> tags of a page and the image preloads of its <head>, as attribute dicts."""

    def __init__(self, html):
        super().__init__()
        self.images, self.preloads = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs)
        elif tag == "link" and attrs.get("rel") == "preload" and attrs.get("as") == "image":
            self.preloads.append(attrs)


@pytest.mark.parametrize("name", ["home", "listing", "project", "story", "event", "topic"])
def test_every_image_is_sized_so_nothing_shifts_as_it_loads(client, pages_with_images, name):
    response = client.get(pages_with_images[name])
    assert response.status_code == 200

    images = ImagesAndPreloads(response.content.decode()).images

    assert len(images) >= 2, "the page should show a lead image or cards with images"
    for image in images:
        assert int(image.get("width", 0)) > 0, image
        assert int(image.get("height", 0)) > 0, image


@pytest.mark.parametrize(("name", "selector"), [("home", "hero__image"), ("project", "lead-image")])
def test_the_largest_image_is_preloaded_and_fetched_first(
    client, pages_with_images, name, selector
):
    html = client.get(pages_with_images[name]).content.decode()
    page = ImagesAndPreloads(html)
    [lead] = re.findall(rf'<figure class="[^"]*{selector}[^"]*">\s*(<img [^>]*>)', html)
    [lead] = ImagesAndPreloads(lead).images
    [preload] = page.preloads

    assert html.index('rel="preload" as="image"') < html.index('rel="stylesheet"')
    assert preload["fetchpriority"] == "high"
    assert (preload["href"], preload["imagesrcset"], preload["imagesizes"]) == (
        lead["src"],
        lead["srcset"],
        lead["sizes"],
    )
    assert lead["loading"] == "eager"
    assert lead["fetchpriority"] == "high"


@pytest.mark.parametrize("name", ["listing", "topic"])
def test_pages_without_a_lead_image_preload_none(client, pages_with_images, name):
    html = client.get(pages_with_images[name]).content.decode()

    assert ImagesAndPreloads(html).preloads == []


def test_card_images_load_lazily_and_offer_a_file_for_three_to_a_row(client, pages_with_images):
    html = client.get(pages_with_images["listing"]).content.decode()

    cards = ImagesAndPreloads(html).images
    assert cards
    for card in cards:
        assert card["loading"] == "lazy"
        assert [int(width) for width in re.findall(r" (\d+)w\b", card["srcset"])] == [400, 640]
        assert card["sizes"].endswith(", 24rem")


def test_a_renditions_address_is_built_by_the_process_that_reads_it():
    rendition = f.ImageFactory().get_rendition("fill-100x100")
    assert rendition.url  # remembered on the object

    assert "url" not in rendition.__getstate__()  # what the renditions cache stores


def test_an_images_words_are_escaped_wherever_it_is_drawn(client, research_index):
    image = f.ImageFactory(
        file__width=700,
        file__height=400,
        credit='<script>alert("credit")</script> Studio',
        description='A "quoted" <b>description</b>',
    )
    project = f.ResearchProjectPageFactory(parent=research_index, image=image)

    html = client.get(project.url).content.decode()

    assert "<script>alert" not in html
    assert "<b>description" not in html
    assert "&lt;script&gt;alert(&quot;credit&quot;)&lt;/script&gt; Studio</figcaption>" in html
    assert 'alt="A &quot;quoted&quot; &lt;b&gt;description&lt;/b&gt;"' in html

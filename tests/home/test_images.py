"""Page images: the largest one is fetched first, and phones are offered a narrower file."""

import re

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

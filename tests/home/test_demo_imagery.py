"""The demo's pictures: generated for each page from its programme, topics and a seed, credited
as what they are, and never shown twice on the first page of a listing."""

import io
import re
from collections import Counter

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from PIL import Image
from taggit.models import Tag
from wagtail.images import get_image_model

from home.demo.images import IMAGE_CREDIT, STANDARD, WIDE, Subject, draw_artwork

LISTINGS = ["/", "/research/", "/insights/", "/stories/", "/events/", "/events/?when=past"]
IMAGE_SRC = re.compile(r'<img[^>]* src="([^"]+)"')


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """Loaded once for this module inside a transaction that is rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def pictures_on(client, url):
    """The images a page shows, by id, in the order it shows them."""
    response = client.get(url)
    assert response.status_code == 200, url
    renditions = get_image_model().get_rendition_model().objects
    return [
        renditions.get(file=src.removeprefix(settings.MEDIA_URL)).image_id
        for src in IMAGE_SRC.findall(response.content.decode())
    ]


def topic_pages():
    return [f"/topics/{tag.slug}/" for tag in Tag.objects.all()]


@pytest.mark.django_db
def test_no_picture_appears_twice_on_the_first_page_of_any_listing(demo_site, client):
    repeated = {}
    for url in [*LISTINGS, *topic_pages()]:
        counts = Counter(pictures_on(client, url))
        if twice := [image for image, count in counts.items() if count > 1]:
            repeated[url] = twice
    assert repeated == {}


@pytest.mark.django_db
def test_the_listings_show_pictures_at_all(demo_site, client):
    """So that the test above cannot pass on pages that lost their images."""
    assert len(set(pictures_on(client, "/"))) >= 7
    assert len(set(pictures_on(client, "/research/"))) >= 10


@pytest.mark.django_db
def test_every_demo_picture_is_its_own_and_says_it_was_generated_for_the_demo(demo_site, client):
    images = get_image_model().objects.all()
    assert images.count() > 50
    assert set(images.values_list("credit", flat=True)) == {IMAGE_CREDIT}
    assert images.values("file_hash").distinct().count() == images.count()
    assert all(image.description.startswith("Generated illustration:") for image in images)
    home = client.get("/").content.decode()
    assert "Illustration generated for this demo" in home
    assert "© Safe Online" not in home


def test_a_page_always_gets_the_same_picture():
    subject = Subject("research/csam-detection", "Detection", "research-fund", ("detection",))
    assert draw_artwork(subject).content == draw_artwork(subject).content


def test_pages_on_the_same_topics_get_different_pictures():
    first = Subject("research/a", "A", "disrupting-harm", ("grooming", "policy"))
    second = Subject("research/b", "A", "disrupting-harm", ("grooming", "policy"))
    assert draw_artwork(first).content != draw_artwork(second).content


def test_the_programme_picks_the_palette_and_a_topic_the_motif():
    artwork = draw_artwork(Subject("x", "X", "disrupting-harm", ("grooming",)))
    assert "terracotta and sand" in artwork.description
    assert "meet at one point" in artwork.description


def test_pictures_drawn_in_turn_take_the_least_used_motif():
    drawn = Counter()
    descriptions = [
        draw_artwork(
            Subject(f"research/{n}", "P", "research-fund", ("grooming",)), drawn
        ).description
        for n in range(4)
    ]
    assert len(set(descriptions)) == 4


def test_a_picture_behind_a_title_is_large_and_dark():
    subject = Subject("stories/s", "S", "tech-solutions", ("detection",), wide=True)
    image = Image.open(io.BytesIO(draw_artwork(subject).content))
    assert image.size == WIDE
    assert "dark ground" in draw_artwork(subject).description
    plain = Image.open(io.BytesIO(draw_artwork(Subject("p", "P")).content))
    assert plain.size == STANDARD

import xml.etree.ElementTree as ET

import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(research_index, story_index):
    project = f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"])
    story = f.GranteeStoryPageFactory(parent=story_index, tags=["wellbeing"])
    return project, story


def test_rss_feed_lists_everything_published(client, published):
    root = ET.fromstring(client.get("/feeds/rss/").content)
    titles = {item.findtext("title") for item in root.iter("item")}
    assert titles == {page.title for page in published}


def test_topic_atom_feed_lists_only_that_topic(client, published):
    project, _ = published
    root = ET.fromstring(client.get("/topics/grooming/atom/").content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    titles = [
        entry.findtext("atom:title", namespaces=ns) for entry in root.iterfind("atom:entry", ns)
    ]
    assert titles == [project.title]


def test_sitemap_lists_pages_topics_and_countries(client, research_index):
    kenya = f.CountryFactory(slug="kenya")
    f.ResearchProjectPageFactory(parent=research_index, countries=[kenya], tags=["grooming"])

    xml = client.get("/sitemap.xml").content.decode()

    assert "/research/" in xml
    assert "/topics/grooming/" in xml
    assert "/countries/kenya/" in xml


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_detail_pages_carry_description_canonical_and_open_graph(client, research_index):
    image = f.ImageFactory()
    project = f.ResearchProjectPageFactory(
        parent=research_index, summary="Studying grooming online.", image=image
    )

    html = client.get(project.url).content.decode()

    assert '<meta name="description" content="Studying grooming online.">' in html
    assert f'<link rel="canonical" href="http://localhost{project.url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image" content="' in html


def test_missing_pages_get_a_friendly_404(client, home_page):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()


def test_every_page_has_landmarks_and_a_skip_link(client, home_page):
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html
    assert "<footer" in html
    assert 'aria-label="Main"' in html

"""The site in English, French and Spanish (home/templatetags/locale_tags.py): every page says
its language, its language switcher leads to the same page in each language and never to a
missing one, search engines learn which pages are translated, and a page shown in English at a
French or Spanish address says so."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from tests import factories as f

pytestmark = pytest.mark.django_db

SITEMAP = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HTML_LANG = {"": "en-GB", "/fr": "fr", "/es": "es"}


class HeadAndSwitcher(HTMLParser):
    """The <html lang>, the <link> tags of the head and the language switcher's links."""

    def __init__(self, html):
        super().__init__()
        self.lang = None
        self.links = []
        self.switcher = []
        self._in_switcher = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "nav" and "language-switcher" in (attrs.get("class") or ""):
            self._in_switcher = True
        elif tag == "a" and self._in_switcher:
            self.switcher.append(attrs)

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switcher = False

    def hreflangs(self):
        return {
            link["hreflang"]: link["href"]
            for link in self.links
            if link.get("rel") == "alternate" and "hreflang" in link
        }

    def canonical(self):
        return next(link["href"] for link in self.links if link.get("rel") == "canonical")


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def site(home_page, research_index, insight_index, story_index):
    """A small site published the way staff publish, with its brief translated into French."""
    for index in (research_index, insight_index, story_index):
        publish(index)
    project = publish(f.ResearchProjectPageFactory(parent=research_index, tags=["grooming"]))
    brief = publish(f.InsightBriefPageFactory(parent=insight_index, tags=["grooming"]))
    story = publish(f.GranteeStoryPageFactory(parent=story_index))
    french = Locale.objects.get(language_code="fr")
    synchronize_tree(Locale.objects.get(language_code="en-gb"), french)
    Page.objects.get(translation_key=brief.translation_key, locale=french).delete()
    translated = brief.copy_for_translation(french)
    translated.title = "Ce que disent les enfants"
    publish(translated)
    return {"project": project, "brief": brief, "story": story, "french_brief": translated}


def english_urls(site):
    return [
        "/",
        "/research/",
        site["project"].url,
        "/insights/",
        site["brief"].url,
        "/stories/",
        site["story"].url,
        "/search/?q=grooming",
        "/topics/grooming/",
        "/countries/",
        "/research/portfolio/",
    ]


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return HeadAndSwitcher(response.content.decode())


def test_switcher_leads_to_a_page_in_its_language_from_every_page(client, site):
    start_urls = {prefix + url for url in english_urls(site) for prefix in ("", "/fr", "/es")} | {
        site["french_brief"].url
    }
    followed = set()
    for url in sorted(start_urls):
        page = read(client, url)
        assert page.lang == HTML_LANG[url[:3] if url[:3] in HTML_LANG else ""], url
        assert [link["hreflang"] for link in page.switcher] == ["en-GB", "fr", "es"], url
        for link in page.switcher:
            if link["href"] not in followed:
                followed.add(link["href"])
                assert read(client, link["href"]).lang == link["hreflang"], link["href"]
    assert len(followed) > len(start_urls) / 2


def test_switcher_marks_the_current_language_in_its_own_name(client, site):
    page = read(client, "/fr/search/?q=grooming")
    current = [link for link in page.switcher if link.get("aria-current") == "true"]
    assert [link["hreflang"] for link in current] == ["fr"]
    assert [link["href"] for link in page.switcher] == [
        "/search/?q=grooming",
        "/fr/search/?q=grooming",
        "/es/search/?q=grooming",
    ]
    html = client.get("/fr/search/?q=grooming").content.decode()
    assert re.search(r'lang="es"[^>]*>Español</a>', html)


def test_switcher_goes_to_the_translation_of_a_translated_page(client, site):
    links = {link["hreflang"]: link["href"] for link in read(client, site["brief"].url).switcher}
    assert links["fr"] == site["french_brief"].url
    assert links["es"].startswith("/es/insights/")


def test_switcher_leads_home_from_a_page_not_found(client, site):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    links = {
        link["hreflang"]: link["href"]
        for link in HeadAndSwitcher(response.content.decode()).switcher
    }
    assert links == {"en-GB": "/", "fr": "/fr/", "es": "/es/"}


def test_translated_page_lists_its_translations_as_alternates(client, site):
    page = read(client, site["brief"].url)
    alternates = page.hreflangs()
    assert set(alternates) == {"en-GB", "fr", "x-default"}
    assert alternates["fr"].endswith(site["french_brief"].url)
    assert alternates["x-default"] == alternates["en-GB"]
    assert page.canonical().endswith(site["brief"].url)
    assert read(client, site["french_brief"].url).canonical().endswith(site["french_brief"].url)


def test_untranslated_page_has_no_alternates_and_its_alias_points_to_english(client, site):
    english = read(client, site["project"].url)
    assert english.hreflangs() == {}
    french = read(client, "/fr" + site["project"].url)
    assert french.hreflangs() == {}
    assert french.canonical() == english.canonical()


def test_page_shown_in_english_says_so_in_the_readers_language(client, site):
    french = client.get("/fr" + site["project"].url).content.decode()
    spanish = client.get("/es" + site["project"].url).content.decode()
    assert "fallback-note" in french
    assert "fallback-note" in spanish
    assert "fallback-note" not in client.get(site["project"].url).content.decode()
    assert "fallback-note" not in client.get(site["french_brief"].url).content.decode()


def test_sitemap_lists_english_pages_with_their_translations(client, site):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext("sm:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href") for link in url.iterfind("xhtml:link", SITEMAP)
        }
        for url in root.iterfind("sm:url", SITEMAP)
    }
    assert not [loc for loc in entries if "/fr/" in loc or "/es/" in loc]
    brief = next(loc for loc in entries if loc.endswith(site["brief"].url))
    assert entries[brief] == {
        "en-GB": brief,
        "x-default": brief,
        "fr": brief.replace(site["brief"].url, site["french_brief"].url),
    }
    project = next(loc for loc in entries if loc.endswith(site["project"].url))
    assert entries[project] == {}

"""The site in English, French and Spanish (home/templatetags/locale_tags.py): every page says
its language, its language switcher leads to the same page in each language and never to a
missing one, search engines learn which pages are translated, and a page shown in English at a
French or Spanish address says so."""

import datetime
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.synctree import synchronize_tree

from home.templatetags.locale_tags import language_tag
from home.templatetags.site_tags import time_element
from tests import factories as f

pytestmark = pytest.mark.django_db

SITEMAP = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


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
    translated.slug = "ce-que-disent-les-enfants"
    publish(translated)
    translated.refresh_from_db()
    return {"project": project, "brief": brief, "story": story, "french_brief": translated}


VIEWS = ["/search/?q=grooming", "/topics/grooming/", "/countries/", "/research/portfolio/"]
PREFIXES = {"en-GB": "", "fr": "/fr", "es": "/es"}


def every_address():
    """(language, address) of every live page of every language's tree, and of other views
    under each language's prefix."""
    for page in Page.objects.filter(depth__gt=1, live=True).select_related("locale"):
        yield language_tag(page.locale.language_code), page.url
    for language, prefix in PREFIXES.items():
        for view in VIEWS:
            yield language, prefix + view


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return HeadAndSwitcher(response.content.decode())


def test_switcher_leads_to_a_page_in_its_language_from_every_page(client, site):
    addresses = sorted(set(every_address()))
    assert len(addresses) == 3 * (7 + len(VIEWS))  # home, three sections, three pages
    followed = set()
    for language, url in addresses:
        page = read(client, url)
        assert page.lang == language, url
        assert [link["hreflang"] for link in page.switcher] == list(PREFIXES), url
        for link in page.switcher:
            if link["href"] not in followed:
                followed.add(link["href"])
                assert read(client, link["href"]).lang == link["hreflang"], link["href"]
    assert site["french_brief"].url in followed


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


def text_of(html):
    """The page's words with every kind of space as one plain space."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_project_facts_are_written_the_readers_way(client, site):
    english = text_of(client.get(site["project"].url).content.decode())
    french = text_of(client.get("/fr" + site["project"].url).content.decode())
    spanish = text_of(client.get("/es" + site["project"].url).content.decode())

    assert "Grant US$150,000" in english
    assert "Dates 1 Mar 2023 – ongoing" in english
    assert "Subvention 150 000 $ US" in french
    assert "Dates 1 mars 2023 – en cours" in french
    assert "Subvención 150 000 US$" in spanish
    assert "Fechas 1 de marzo de 2023 – en curso" in spanish


def test_listings_count_in_the_readers_language(client, site):
    assert "1 project." in text_of(client.get("/research/").content.decode())
    assert "1 projet." in text_of(client.get("/fr/research/").content.decode())
    filtered = client.get("/es/research/?topic=grooming").content.decode()
    assert "1 proyecto coincide con sus filtros." in text_of(filtered)


def test_headline_amounts_use_the_readers_decimal_mark(client, research_index):
    publish(research_index)
    publish(f.ResearchProjectPageFactory(parent=research_index, grant_amount_usd=23_400_000))

    assert "$23.4M" in text_of(client.get("/research/").content.decode())
    assert "23,4 M$" in text_of(client.get("/fr/research/").content.decode())


@pytest.mark.parametrize(
    ("language", "short", "long"),
    [
        ("en-gb", "1 Mar 2023", "1 March 2023"),
        ("fr", "1 mars 2023", "1 mars 2023"),
        ("es", "1 de marzo de 2023", "1 de marzo de 2023"),
    ],
)
def test_a_day_on_a_card_or_page_header_reads_the_readers_way(language, short, long):
    day = datetime.date(2023, 3, 1)
    for _twice in range(2):  # each process writes a day once per language and remembers it
        with translation.override(language):
            assert time_element(day) == f'<time datetime="2023-03-01">{short}</time>'
            assert time_element(day, "long") == f'<time datetime="2023-03-01">{long}</time>'
    assert time_element(None) == ""


def test_a_moment_is_shown_as_the_day_it_falls_on_where_the_site_is(settings):
    settings.TIME_ZONE = "Asia/Tokyo"
    moment = datetime.datetime(2023, 2, 28, 20, 0, tzinfo=datetime.UTC)

    assert time_element(moment) == '<time datetime="2023-03-01">1 Mar 2023</time>'

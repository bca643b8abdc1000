"""No public address answers a server error, whatever a visitor puts in it.

Every page of a populated site, every named public URL and every API endpoint is asked for with
each parameter it reads set to values chosen to break parsers, full-text query syntaxes and
integer columns; pages and addresses that take a slug, a token or an id are also asked for with
those values in the path. Each request is a subtest named after its address and value. The
module runs on SQLite and on PostgreSQL, whose failures differ (FTS5 syntax errors and 64-bit
overflows on one, NUL characters on the other)."""

import logging
from urllib.parse import quote

import pytest
from django.urls import reverse
from wagtail.models import Page

from research.models import InsightBriefPage, ResearchIndexPage
from safeonline.api import ENDPOINTS, ContentTypeAPIViewSet

pytestmark = pytest.mark.django_db

OVERLONG = "grooming " * 1112  # 10,008 characters

# Text values, percent-encoded as a browser would send them.
TEXT_VALUES = {
    "double quote": '"',
    "unclosed double quote": '"online',
    "stray closing double quote": 'grooming"',
    "unbalanced single quotes": "children's 'safety",
    "NUL": "\x00",
    "NUL and control characters in a word": "groo\x00ming\x01\x1b\x7f",
    "unbalanced brackets": "([{",
    "FTS AND and OR": "online AND (grooming OR",
    "FTS NOT and star": "NOT *",
    "FTS NEAR": "NEAR(online grooming",
    "FTS minus alone": "-",
    "FTS caret, minus and column": "^online -grooming title:safety",
    "tsquery operators": "!online & | <-> grooming:*",
    "backslash": "\\",
    "huge integer": "99999999999999999999",
    "minus one": "-1",
    "overflowing float": "1e309",
    "overlong text": OVERLONG,
    "Arabic and Chinese": "حماية الأطفال 儿童网络安全",
    "emoji": "🧒🔒💥",
}
# Raw query-string junk that no browser would send.
RAW_VALUES = {
    "invalid and overlong UTF-8": "%FF%FE%C0%AF",
    "broken percent escapes": "%zz%",
}
HOSTILE_VALUES = {
    **{name: quote(value, safe="") for name, value in TEXT_VALUES.items()},
    **RAW_VALUES,
}

API_PARAMETERS = [
    "limit",
    "offset",
    "fields",
    "order",
    "search",
    "search_operator",
    "type",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
    "locale",
    "site",
    "rich_text_format",
    "format",
]


def api_fields(model):
    return ContentTypeAPIViewSet.get_available_fields(model, db_fields_only=True)


@pytest.fixture(autouse=True)
def only_server_errors_logged(caplog):
    """Thousands of 400s and 404s are the point here; logging each would slow the module down."""
    caplog.set_level(logging.ERROR, logger="django.request")


@pytest.fixture
def populated_site(page_of_each_type):
    """The populated site, with its related projects saved."""
    for page in page_of_each_type:
        page.save()  # page_of_each_type adds related projects without saving them
    return page_of_each_type


def ask(client, subtests, path, parameter=None, extra=""):
    """Ask for path with parameter (or, without one, a last path segment) set to each hostile
    value, each request a subtest."""
    for name, value in HOSTILE_VALUES.items():
        url = f"{path}?{parameter}={value}{extra}" if parameter else f"{path}{value}/"
        with subtests.test(msg=f"{url[:120]} ({name})"):
            assert client.get(url).status_code < 500


def parameters_read_by(page):
    """The query parameters a page reads: a listing's filters and page number, a brief's
    audience."""
    if hasattr(page, "filter_form_class"):
        return [*page.filter_form_class()().fields, "page"]
    if isinstance(page, InsightBriefPage):
        return ["audience"]
    return []


def test_no_page_fails_on_hostile_query_parameters(client, subtests, populated_site):
    for page in populated_site:
        for parameter in parameters_read_by(page):
            ask(client, subtests, page.url, parameter)
    research_index = next(page for page in populated_site if isinstance(page, ResearchIndexPage))
    for parameter in parameters_read_by(research_index):  # its CSV download reads them too
        ask(client, subtests, f"{research_index.url}csv/", parameter)


def test_no_page_fails_on_a_hostile_path_below_it(client, subtests, populated_site):
    for page in populated_site:
        ask(client, subtests, page.url)


def test_no_site_wide_address_fails_on_hostile_query_parameters(client, subtests, populated_site):
    targets = {
        reverse("search"): ["q", "type", "page"],
        reverse("topic", args=["grooming"]): ["page"],
        reverse("sitemap"): ["p"],
        reverse("newsletter:subscribe"): ["email"],
        reverse("community:login"): ["next"],
    }
    for path, parameters in targets.items():
        for parameter in parameters:
            ask(client, subtests, path, parameter)
    ask(client, subtests, reverse("search"), "q", extra="&type=insight-briefs")


def test_the_newsletter_theme_parameter_does_not_fail_on_hostile_values(client, populated_site):
    for name, value in HOSTILE_VALUES.items():
        response = client.get(f"{reverse('newsletter:subscribe')}?theme={value}")
        assert response.status_code < 500, name


def test_no_address_fails_on_a_hostile_slug_or_token(client, subtests, populated_site):
    for prefix in [
        "/topics/",
        "/countries/",
        "/newsletter/confirm/",
        "/newsletter/unsubscribe/",
        "/newsletter/preferences/",
        "/portal/invitation/",
        "/portal/password/reset/MQ/",  # user 1's reset link, with a hostile token
    ]:
        ask(client, subtests, prefix)


def test_no_api_parameter_every_endpoint_shares_fails_on_hostile_values(
    client, subtests, populated_site
):
    """These run the same code whatever the page type, so one endpoint stands for all four."""
    for parameter in [*API_PARAMETERS, *api_fields(Page)]:
        ask(client, subtests, "/api/v2/projects/", parameter)


def test_no_api_field_filter_or_search_fails_on_hostile_values(client, subtests, populated_site):
    for endpoint, model in ENDPOINTS.items():
        path = f"/api/v2/{endpoint}/"
        own_fields = [name for name in api_fields(model) if name not in api_fields(Page)]
        for parameter in [*own_fields, "search"]:
            ask(client, subtests, path, parameter)
        ask(client, subtests, path, "search", extra="&search_operator=or")
        ask(client, subtests, path, "search", extra="&order=title")


def test_no_api_detail_or_find_fails_on_hostile_values(client, subtests, populated_site):
    for endpoint in ENDPOINTS:
        item = client.get(f"/api/v2/{endpoint}/").json()["items"][0]
        ask(client, subtests, f"/api/v2/{endpoint}/")  # as the id in a detail address
        for parameter in ["fields", "rich_text_format"]:
            ask(client, subtests, f"/api/v2/{endpoint}/{item['id']}/", parameter)
        ask(client, subtests, f"/api/v2/{endpoint}/find/", "id")
        ask(client, subtests, f"/api/v2/{endpoint}/find/", "html_path")

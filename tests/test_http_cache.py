"""What browsers and shared caches may keep (home/http_cache.py), and what publishing purges from
a CDN (home/frontend_cache.py), here against a real HTTP server that takes the purges.
tests/integration/test_http_cache_proxy.py puts Varnish in front of gunicorn."""

import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from taggit.models import Tag
from wagtail.models import PageViewRestriction

from home.content_version import bump_content_version
from home.models import ContactPage, OutboxTask
from tests import factories as f
from tests.brokers import free_port

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_private(response):
    assert {"private", "no-store"} <= directives(response), response.get("Cache-Control")
    assert "public" not in directives(response)


def vary(response):
    return {part.strip().lower() for part in response.get("Vary", "").split(",")}


@pytest.fixture
def content_version(home_page):
    """A site that has served a page before: its settings rows exist (the first request makes
    them, which renews the content version) and the shared cache holds a content version."""
    Client().get(home_page.url)
    bump_content_version()


@pytest.fixture
def project(page_of_each_type, content_version):
    return next(p for p in page_of_each_type if p.specific_class.__name__ == "ResearchProjectPage")


# What anonymous visitors get


def test_an_anonymous_page_may_be_kept_by_a_cdn_and_carries_a_weak_etag(client, project):
    response = client.get(project.url, HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert directives(response) == {"public", f"s-maxage={settings.CDN_CACHE_SECONDS}"}
    assert response["ETag"].startswith('W/"')
    # the page would differ for a signed-in person (Cookie) and is sent compressed
    assert {"cookie", "accept-encoding"} <= vary(response)


def test_an_address_with_a_query_string_is_kept_for_less_time(client, project):
    response = client.get("/search/?q=grooming")

    assert directives(response) == {"public", f"s-maxage={settings.CDN_QUERY_CACHE_SECONDS}"}


def test_browsers_are_given_no_lifetime_so_they_ask_again_each_time(client, project):
    response = client.get(project.url)

    assert not any(part.startswith("max-age") for part in directives(response))
    assert "Expires" not in response


def test_a_conditional_get_is_answered_304_without_rendering_the_page(
    client, project, django_assert_num_queries
):
    etag = client.get(project.url)["ETag"]

    with django_assert_num_queries(0):
        response = client.get(project.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "public" in directives(response)
    assert "cookie" in vary(response)


def test_after_a_change_elsewhere_the_page_is_rendered_again_and_still_304_if_the_same(
    client, project, django_assert_max_num_queries
):
    etag = client.get(project.url)["ETag"]
    bump_content_version()  # something else was published

    response = client.get(project.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304


def test_after_the_page_itself_changes_the_conditional_get_gets_the_new_page(client, project):
    etag = client.get(project.url)["ETag"]
    project.title = "A new title for the project"
    project.save_revision().publish()

    response = client.get(project.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert "A new title for the project" in response.content.decode()
    assert response["ETag"] != etag


def test_an_etag_from_another_address_is_not_honoured(client, project, home_page):
    etag = client.get(home_page.url)["ETag"]

    assert client.get(project.url, HTTP_IF_NONE_MATCH=etag).status_code == 200


@pytest.mark.parametrize(
    "if_none_match", ['"made-up"', "W/", "x" * 5000, '"a", W/"b",,,', "\u00e9t\u00e9"]
)
def test_a_made_up_etag_gets_the_whole_page(client, project, if_none_match):
    response = client.get(project.url, HTTP_IF_NONE_MATCH=if_none_match)

    assert response.status_code == 200


def test_a_not_found_page_is_not_marked_shareable(client, home_page, content_version):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "public" not in directives(response)
    assert "ETag" not in response


def test_a_view_that_sets_its_own_cache_control_keeps_it(client, home_page):
    response = client.get("/robots.txt")

    assert directives(response) == {"public", "max-age=86400"}


# Pages with forms: a per-visitor CSRF token


@pytest.mark.parametrize("name", ["newsletter:subscribe", "newsletter:request_link"])
def test_a_page_with_a_form_is_never_shared_so_no_visitor_gets_anothers_token(client, name):
    first = Client().get(reverse(name))
    second = Client().get(reverse(name))

    for response in (first, second):
        assert_private(response)
        assert settings.CSRF_COOKIE_NAME in response.cookies
        assert "ETag" not in response
    assert first.cookies[settings.CSRF_COOKIE_NAME].value != (
        second.cookies[settings.CSRF_COOKIE_NAME].value
    )


def test_the_contact_page_is_never_shared_and_its_form_works(contact_page, content_version):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(contact_page.url)
    assert_private(page)
    token = page.content.decode().split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]

    sent = visitor.post(
        contact_page.url,
        {
            "name": "Ada",
            "email": "ada@example.org",
            "message": "Hello",
            "csrfmiddlewaretoken": token,
        },
    )

    assert sent.status_code in (200, 302)
    assert sent.status_code != 403


def test_an_etag_is_never_honoured_for_a_page_with_a_form(client, project):
    etag = client.get(project.url)["ETag"]

    response = client.get(ContactPage.objects.get().url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert_private(response)


def test_a_visitor_holding_a_csrf_cookie_still_gets_shareable_pages(client, project):
    client.get(reverse("newsletter:subscribe"))
    assert settings.CSRF_COOKIE_NAME in client.cookies

    response = client.get(project.url)

    assert "public" in directives(response)
    assert not response.cookies


# Signed-in people and visitors who passed a page's password


@pytest.fixture
def signed_in(db):
    client = Client()
    client.force_login(get_user_model().objects.create_user(username="ana", password="x"))
    return client


def test_a_signed_in_person_is_never_answered_304_for_a_page_rendered_for_someone_else(
    client, signed_in, project
):
    etag = client.get(project.url)["ETag"]

    response = signed_in.get(project.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert_private(response)
    assert "ETag" not in response


def test_signing_in_is_never_shared(client, content_version):
    get_user_model().objects.create_user(username="ana@example.org", password="right")

    response = client.post(
        reverse("community:login"), {"username": "ana@example.org", "password": "right"}
    )

    assert settings.SESSION_COOKIE_NAME in response.cookies
    assert_private(response)


def test_a_page_behind_a_password_is_private_before_and_after_the_password(
    client, home_page, content_version
):
    page = f.StandardPageFactory(parent=home_page)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="swordfish"
    )

    form = client.get(page.url)
    client.post(
        reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]),
        {"password": "swordfish", "return_url": page.url},
    )
    shown = client.get(page.url)

    assert_private(form)
    assert page.title in shown.content.decode()
    assert_private(shown)


def test_a_page_for_signed_in_staff_only_is_not_shared_with_anonymous_visitors(
    client, home_page, content_version
):
    page = f.StandardPageFactory(parent=home_page)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    staff = Client()
    staff.force_login(get_user_model().objects.create_superuser(username="staff", password="x"))

    anonymous = client.get(page.url)
    member = staff.get(page.url)

    assert anonymous.status_code == 302
    assert "public" not in directives(anonymous)
    assert member.status_code == 200
    assert_private(member)


# Redis down


@pytest.fixture
def unreachable_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        },
    }
    yield
    caches["default"].close()


def test_while_the_shared_cache_is_down_pages_are_still_shared_and_answered_304_after_rendering(
    project, unreachable_cache
):
    client = Client()
    etag = client.get(project.url)["ETag"]

    response = client.get(project.url, HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert "public" in directives(response)


# Purging a CDN when content changes


class PurgeRecorder(BaseHTTPRequestHandler):
    """Takes PURGE requests as Varnish would, and notes the address each one names."""

    def do_PURGE(self):  # noqa: N802
        self.server.purged.append(f"http://{self.headers['Host']}{self.path}")
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield server.purged
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_page_its_listings_topics_feeds_and_sitemap(
    project, purge_server, django_capture_on_commit_callbacks
):
    """In every language: the publish gives the page its place in the French and Spanish
    trees (home/locales.py), each at its own addresses."""
    root = project.get_site().root_url
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()

    in_each_language = {
        "/research/",
        f"/research/{project.slug}/",
        "/",
        "/topics/",
        *("/topics/grooming/" + feed for feed in ("", "rss/", "atom/")),
    }
    assert set(purge_server) == {
        *(root + path for path in ("/feeds/rss/", "/feeds/atom/", "/sitemap.xml")),
        *(root + prefix + path for prefix in ("", "/fr", "/es") for path in in_each_language),
    }
    assert project.get_parent().full_url == root + "/research/"


def test_a_topic_no_address_can_carry_never_stops_a_publish(
    project, purge_server, django_capture_on_commit_callbacks
):
    """A tag made outside the admin may have a slug no topic address takes; the publish goes
    through, and everything else is purged."""
    project.tags.add(Tag.objects.create(name="rights & safety", slug="rights-&-safety"))
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()

    assert project.full_url in purge_server
    assert not [url for url in purge_server if "&" in url]


def test_nothing_is_purged_before_the_change_commits(
    project, purge_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        project.save_revision().publish()

    assert purge_server == []
    assert callbacks


def test_unpublishing_purges_the_page(project, purge_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        project.unpublish()

    assert project.full_url in purge_server


def test_a_page_made_private_is_purged_with_its_section(
    home_page, purge_server, django_capture_on_commit_callbacks
):
    section = f.StandardPageFactory(parent=home_page)
    inner = f.StandardPageFactory(parent=section)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    assert {section.full_url, inner.full_url} <= set(purge_server)


def test_a_moved_page_is_purged_at_its_former_address_and_under_its_former_parent(
    home_page, purge_server, django_capture_on_commit_callbacks
):
    before = f.StandardPageFactory(parent=home_page, slug="before")
    after = f.StandardPageFactory(parent=home_page, slug="after")
    page = f.StandardPageFactory(parent=before, slug="moving")
    former = page.full_url
    with django_capture_on_commit_callbacks(execute=True):
        page.move(after, pos="last-child")
    page.refresh_from_db()

    assert {former, page.full_url, before.full_url, after.full_url} <= set(purge_server)
    assert former != page.full_url


def test_without_a_frontend_cache_publishing_queues_no_purge(
    project, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True):
        project.save_revision().publish()

    assert not OutboxTask.objects.filter(task="home.tasks.purge_frontend_cache").exists()


# Configuration from the environment


def settings_in_a_fresh_process(**env):
    """Read the settings with `env` in a new process, and build Wagtail's purge backends."""
    code = (
        "from safeonline.settings import test\n"
        "from wagtail.contrib.frontend_cache.utils import get_backends\n"
        "backends = get_backends(test.WAGTAILFRONTENDCACHE)\n"
        "print(sorted((name, type(b).__name__) for name, b in backends.items()))\n"
    )
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("FRONTEND_CACHE", "CLOUDFLARE", "CLOUDFRONT"))
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_purging_is_off_unless_a_backend_is_named():
    result = settings_in_a_fresh_process()

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        (
            {"FRONTEND_CACHE_BACKEND": "http", "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081"},
            "HTTPBackend",
        ),
        (
            {
                "FRONTEND_CACHE_BACKEND": "cloudflare",
                "CLOUDFLARE_BEARER_TOKEN": "token",
                "CLOUDFLARE_ZONE_ID": "zone",
            },
            "CloudflareBackend",
        ),
    ],
)
def test_a_backend_is_configured_from_the_environment(env, backend):
    result = settings_in_a_fresh_process(**env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"[('default', '{backend}')]"


def test_a_backend_missing_its_keys_stops_the_site_from_starting():
    result = settings_in_a_fresh_process(FRONTEND_CACHE_BACKEND="cloudflare")

    assert result.returncode != 0
    assert "CLOUDFLARE_BEARER_TOKEN" in result.stderr


def test_an_unknown_backend_stops_the_site_from_starting():
    result = settings_in_a_fresh_process(FRONTEND_CACHE_BACKEND="varnish")

    assert result.returncode != 0
    assert "FRONTEND_CACHE_BACKEND must be one of http, cloudflare, cloudfront" in result.stderr

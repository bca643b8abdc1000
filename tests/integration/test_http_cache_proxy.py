"""The site behind a real HTTP cache: Varnish (Debian's package, which .ci/run installs) in front
of gunicorn, both on free local ports, with the test's own Redis as the shared cache.

Varnish stands in for a CDN here because it takes purges as plain HTTP requests, which is what
Wagtail's HTTPBackend sends (nginx's open-source build cannot purge). Its configuration below is
also the one the README suggests for a Varnish in production:
- PURGE is accepted from this machine only;
- requests carrying the session or messages cookie (signed-in people, visitors who passed a
  page's password) always go to the site;
- any other cookie (the CSRF cookie) is left out of the cache lookup, and out of the Vary of
  what is stored, but still handed to the site, so a visitor who once opened a form shares the
  cached pages and keeps a working form.
Whatever the site marks private, or answers with Set-Cookie, Varnish does not store."""

import http.client
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import connection
from django.test import Client

from newsletter.tokens import make_token
from tests import factories as f
from tests.brokers import free_port
from tests.integration.conftest import RedisServer
from tests.integration.helpers import ROOT, url_of_test_database, wait_for
from tests.newsletter.factories import SubscriberFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

VCL = """vcl 4.1;

backend site {{ .host = "127.0.0.1"; .port = "{site_port}"; }}

acl purgers {{ "127.0.0.1"; "::1"; }}

sub vcl_recv {{
    if (req.method == "PURGE") {{
        if (client.ip !~ purgers) {{ return (synth(405, "Not allowed")); }}
        return (purge);
    }}
    if (req.method != "GET" && req.method != "HEAD") {{ return (pass); }}
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\\s*)(sessionid|messages)=") {{
        return (pass);
    }}
    if (req.http.Cookie) {{
        set req.http.X-Site-Cookie = req.http.Cookie;
        unset req.http.Cookie;
    }}
    return (hash);
}}

sub vcl_backend_fetch {{
    if (bereq.http.X-Site-Cookie) {{ set bereq.http.Cookie = bereq.http.X-Site-Cookie; }}
    unset bereq.http.X-Site-Cookie;
}}

sub vcl_backend_response {{
    # Lookups leave cookies out and send sessions past the cache, which is what the site's
    # Vary: Cookie asks for; kept as it is, it would store one copy per visitor's CSRF cookie.
    if (beresp.http.Vary) {{
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\\s*Cookie\\s*(?=,|$)", "");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^\\s*,\\s*", "");
        if (beresp.http.Vary == "") {{ unset beresp.http.Vary; }}
    }}
}}

sub vcl_deliver {{
    set resp.http.X-Cache = "MISS";
    if (obj.hits > 0) {{ set resp.http.X-Cache = "HIT"; }}
}}
"""

# gunicorn runs the test settings (static files from the apps, no collectstatic), with the
# production cache: the test's Redis, shared with this process, and fragment caching on.
SITE_SETTINGS = """from safeonline.settings.test import *
CACHES["default"] = {{
    "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
    "LOCATION": "{redis_url}",
    "OPTIONS": REDIS_CACHE_OPTIONS,
}}
FRAGMENT_CACHE_SECONDS = 600
"""


class Proxy:
    """gunicorn (two workers) and Varnish in front of it, each in its own process group."""

    def __init__(self, folder, redis_url):
        self.folder = folder
        self.redis_url = redis_url
        self.site_port = free_port()
        self.port = free_port()
        self.access_log = folder / "access.log"
        self.log_seen = 0
        self.processes = []

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self):
        (self.folder / "proxy_site_settings.py").write_text(
            SITE_SETTINGS.format(redis_url=self.redis_url)
        )
        self.spawn(
            [
                *(sys.executable, "-m", "gunicorn", "safeonline.wsgi", "--workers", "2"),
                *("--bind", f"127.0.0.1:{self.site_port}", "--access-logfile", self.access_log),
            ],
            env={
                "DJANGO_SETTINGS_MODULE": "proxy_site_settings",
                "PYTHONPATH": f"{self.folder}:{ROOT}",
                "DATABASE_URL": url_of_test_database(),
            },
        )
        vcl = self.folder / "site.vcl"
        vcl.write_text(VCL.format(site_port=self.site_port))
        self.spawn(
            [
                *("varnishd", "-F", "-j", "none", "-n", self.folder / "varnish"),
                *("-a", f"127.0.0.1:{self.port}", "-f", vcl, "-s", "malloc,64m"),
            ]
        )
        wait_for(lambda: self.answers("/robots.txt"), timeout=60, message="gunicorn via Varnish")

    def spawn(self, command, env=None):
        process = subprocess.Popen(
            [str(part) for part in command],
            cwd=ROOT,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.processes.append(process)

    def answers(self, path):
        try:
            return self.get(path).status == 200
        except OSError:
            return False

    def stop(self):
        for process in reversed(self.processes):
            process.send_signal(signal.SIGINT)  # gunicorn's quick shutdown; Varnish stops too
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    def forget(self):
        """Start a test afresh: nothing cached, and requests counted from here."""
        subprocess.run(
            ["varnishadm", "-n", self.folder / "varnish", "ban", "req.url ~ ."],
            check=True,
            capture_output=True,
        )
        time.sleep(0.2)
        self.log_seen = len(self.access_log.read_text().splitlines())

    def get(self, path, direct=False, **headers):
        """GET through Varnish (or straight from gunicorn), never following redirects."""
        base = f"http://127.0.0.1:{self.site_port}" if direct else self.url
        request = urllib.request.Request(base + path, headers=headers)
        opener = urllib.request.build_opener(NoRedirects)
        try:
            response = opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:  # 304 and the like
            response = error
        response.text = response.read().decode()
        return response

    def site_requests(self, path):
        """How many requests for `path` reached gunicorn during this test."""
        time.sleep(0.2)  # gunicorn writes its access log line after the response
        lines = self.access_log.read_text().splitlines()[self.log_seen :]
        return sum(f'"GET {path} HTTP' in line for line in lines)


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def running_proxy(django_db_setup, tmp_path_factory):
    """gunicorn, Varnish and a Redis of their own, started once for this module's tests."""
    if connection.vendor != "postgresql":
        pytest.skip("gunicorn must see the test database: set DATABASE_URL to PostgreSQL")
    for binary, package in (("varnishd", "varnish"), ("redis-server", "redis-server")):
        if not shutil.which(binary):
            pytest.skip(f"needs {binary} (Debian's {package} package, which .ci/run installs)")
    folder = tmp_path_factory.mktemp("proxy")
    redis_server = RedisServer(folder)
    redis_server.start()
    proxy = Proxy(folder, redis_server.url)
    proxy.start()
    yield proxy
    proxy.stop()
    redis_server.kill()


@pytest.fixture
def proxy(running_proxy, settings, home_page):
    """The proxy, emptied, with this process sharing the site's cache and purging through it."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "safeonline.redis_cache.ReusedClientRedisCache",
            "LOCATION": running_proxy.redis_url,
            "OPTIONS": settings.REDIS_CACHE_OPTIONS,
        },
    }
    settings.FRAGMENT_CACHE_SECONDS = 600
    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": running_proxy.url,
        }
    }
    cache.clear()
    # The site's address is the proxy's, as behind a CDN: pages' full URLs, which purges name,
    # are the addresses visitors ask the proxy for.
    site = home_page.get_site()
    site.hostname, site.port = "127.0.0.1", running_proxy.port
    site.save()
    running_proxy.forget()
    return running_proxy


@pytest.fixture
def project(home_page):
    research = f.ResearchIndexPageFactory(parent=home_page)
    return f.ResearchProjectPageFactory(
        parent=research, title="Mapping online grooming", tags=["grooming"]
    )


def path_of(page):
    return page.relative_url(page.get_site())


def test_a_page_is_served_from_the_proxy_until_a_publish_purges_it(proxy, project):
    page, listing = path_of(project), path_of(project.get_parent())
    for path in (page, listing, "/topics/grooming/"):
        assert proxy.get(path).headers["X-Cache"] == "MISS"
        second = proxy.get(path)
        assert second.headers["X-Cache"] == "HIT", path
        assert proxy.site_requests(path) == 1, path
    assert "public" in second.headers["Cache-Control"]

    project.title = "Mapping online grooming, second phase"
    project.save_revision().publish()  # commits at once here, so the purge goes out at once

    for path in (page, listing, "/topics/grooming/"):
        fresh = proxy.get(path)
        assert fresh.headers["X-Cache"] == "MISS", path
        assert "Mapping online grooming, second phase" in fresh.text, path
        assert proxy.site_requests(path) == 2, path
    assert proxy.get(page).headers["X-Cache"] == "HIT"


def test_a_conditional_get_is_answered_304_by_the_proxy_and_by_the_site(proxy, project):
    page = path_of(project)
    etag = proxy.get(page).headers["ETag"]

    through_proxy = proxy.get(page, **{"If-None-Match": etag})
    direct = proxy.get(page, direct=True, **{"If-None-Match": etag})

    assert through_proxy.status == 304
    assert direct.status == 304
    assert direct.headers["ETag"] == etag
    assert "public" in direct.headers["Cache-Control"]


@pytest.fixture
def session_cookie(db):
    """A signed-in person's session, stored in the database gunicorn reads."""
    client = Client()
    client.force_login(get_user_model().objects.create_user(username="ana", password="x"))
    return f"sessionid={client.cookies['sessionid'].value}"


def test_a_signed_in_person_is_never_served_the_shared_copy_nor_cached(
    proxy, project, session_cookie
):
    page = path_of(project)
    shared = proxy.get(page)
    proxy.get(page)  # now in the proxy

    answers = [proxy.get(page, Cookie=session_cookie) for _ in range(2)]
    etagged = proxy.get(page, Cookie=session_cookie, **{"If-None-Match": shared.headers["ETag"]})

    for answer in [*answers, etagged]:
        assert answer.status == 200
        assert answer.headers["X-Cache"] == "MISS"
        assert "private" in answer.headers["Cache-Control"]
        assert "no-store" in answer.headers["Cache-Control"]
    assert proxy.site_requests(page) == 4  # one shared copy, three answers for her alone
    assert proxy.get(page).headers["X-Cache"] == "HIT"  # the shared copy is still the anonymous one


def test_personal_pages_and_pages_with_forms_are_never_cached(proxy):
    member = SubscriberFactory()
    preferences = f"/newsletter/preferences/{make_token(member, 'preferences')}/"

    for path in (preferences, "/newsletter/subscribe/"):
        answers = [proxy.get(path) for _ in range(2)]
        assert [answer.headers["X-Cache"] for answer in answers] == ["MISS", "MISS"], path
        assert all("no-store" in answer.headers["Cache-Control"] for answer in answers), path
        assert proxy.site_requests(path) == 2, path
    tokens = {answer.headers["Set-Cookie"].split(";")[0] for answer in answers}
    assert len(tokens) == 2  # each visitor of the sign-up page gets a CSRF cookie of their own


def test_visitors_with_and_without_a_csrf_cookie_share_the_cached_pages(proxy, project):
    page = path_of(project)
    csrf_cookie = proxy.get("/newsletter/subscribe/").headers["Set-Cookie"].split(";")[0]

    first = proxy.get(page, Cookie=csrf_cookie)  # fills the cache
    others = [proxy.get(page), proxy.get(page, Cookie=csrf_cookie)]

    assert first.headers["X-Cache"] == "MISS"
    assert [answer.headers["X-Cache"] for answer in others] == ["HIT", "HIT"]
    assert proxy.site_requests(page) == 1


def test_a_purge_from_another_address_is_refused(proxy, project):
    page = path_of(project)
    proxy.get(page)
    # 127.0.0.2 is this machine too, but not on the proxy's list of purgers.
    connection = http.client.HTTPConnection(
        "127.0.0.1", proxy.port, source_address=("127.0.0.2", 0)
    )
    connection.request("PURGE", page)
    refused = connection.getresponse()
    connection.close()

    assert refused.status == 405
    assert proxy.get(page).headers["X-Cache"] == "HIT"

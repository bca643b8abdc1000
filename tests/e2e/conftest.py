"""Browser fixtures: the system Chromium driven by Playwright against pytest-django's live server.

The live server runs in a thread of the test process, so the test sees its database (with a
transactional test database), its locmem outbox and its eager Celery tasks."""

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import connections
from wagtail.models import Site

from tests.e2e.helpers import REPOSITORY, STAFF_PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = REPOSITORY / "var" / "e2e-screenshots"
TIMEOUT_MS = 10_000


@pytest.fixture
def browser():
    """Chromium, open for one test.

    While Playwright's sync API is open, an asyncio loop counts as running in the main thread,
    with two consequences. Django refuses ORM calls there unless DJANGO_ALLOW_ASYNC_UNSAFE is
    set (the calls are ordinary synchronous ones all the same). And Django's connections are
    then local to the loop's context, not the thread: they are other connection objects than
    the test database's own, so the test database must be set up before the browser opens and
    flushed after it closes. A function-scoped fixture gets that order from pytest-django's
    autouse database fixture, and the variable never leaks into other tests or the
    subprocesses they start (`manage.py check --deploy` rightly refuses it)."""
    if not CHROMIUM.exists():
        pytest.skip(f"the e2e tests drive the system Chromium, and {CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()  # those the test opened inside the loop's context


@pytest.fixture
def site_url(live_server, settings):
    """Point SITE_URL (links in emails) and the default Wagtail site (page URLs) at the live
    server, as `manage.py sync_site` does for a real deployment."""
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = live_server.url
    url = urlsplit(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=url.hostname, port=url.port)
    return live_server.url


@pytest.fixture(autouse=True)
def no_gravatar(settings):
    """Admin avatars come from Gravatar, which the browser may not reach here; without it the
    admin shows its own placeholder instead of a broken image."""
    settings.WAGTAIL_GRAVATAR_PROVIDER_URL = None


def stay_on_live_server(site_url):
    """Refuse every request that would leave the live server, so a journey never touches the
    network. Uploaded images come from the site itself (SERVE_MEDIA), as in production."""

    def handle(route):
        if route.request.url.startswith(f"{site_url}/"):
            route.continue_()
        else:
            route.abort()

    return handle


@pytest.fixture
def new_context(browser, site_url):
    """Open a fresh browser context (a person with their own cookies) on the live server;
    keyword arguments go to Playwright's `browser.new_context`."""
    contexts = []

    def open_context(**options):
        context = browser.new_context(
            base_url=site_url, viewport={"width": 1280, "height": 900}, **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.route("**/*", stay_on_live_server(site_url))
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot():
    """Save a full-page screenshot into var/e2e-screenshots/<journey>/, numbered by call."""

    def factory(journey):
        folder = SCREENSHOTS / journey
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        count = 0

        def take(page, name):
            nonlocal count
            count += 1
            page.screenshot(
                path=folder / f"{count:02d}-{name}.png", full_page=True, animations="disabled"
            )

        return take

    return factory


@pytest.fixture
def staff(db):
    """A communications officer with full access to the admin."""
    return get_user_model().objects.create_superuser(
        "camila", "camila@safeonline.example", STAFF_PASSWORD, first_name="Camila"
    )

"""What a newcomer sees from `make run`: a banner that gives the address the site really has,
and a log that carries only what matters."""

import logging
import os
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from kombu import Connection

ROOT = Path(__file__).resolve().parent.parent
NEEDS_MAKE = pytest.mark.skipif(not shutil.which("make"), reason="make is not installed")


def make_run_banner(**env):
    """The line `make run` prints before starting, as `make -n` shows it (nothing is run)."""
    environment = {
        key: value for key, value in os.environ.items() if key not in {"SITE_URL", "HOST", "PORT"}
    }
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "run"],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    [banner] = [line for line in result.stdout.splitlines() if "Site:" in line]
    return banner


@NEEDS_MAKE
def test_the_banner_gives_the_site_url_the_site_uses():
    banner = make_run_banner(SITE_URL="https://demo.safeonline.example/")

    assert "Site: https://demo.safeonline.example/ " in banner
    assert "Admin: https://demo.safeonline.example/admin/" in banner
    assert "localhost" not in banner


@NEEDS_MAKE
def test_the_banner_says_where_the_server_listens():
    banner = make_run_banner(HOST="0.0.0.0", PORT="8080")  # noqa: S104

    assert "Site: http://localhost:8080/ " in banner
    assert "(served on 0.0.0.0:8080)" in banner


def test_the_embedded_broker_connects_without_a_warning(caplog, tmp_path):
    options = {"data_folder_in": str(tmp_path), "data_folder_out": str(tmp_path)}
    with caplog.at_level(logging.WARNING, logger="kombu"):
        Connection(settings.CELERY_BROKER_URL, transport_options=options).info()

    assert caplog.records == []


@pytest.mark.django_db
def test_sync_site_warns_when_the_site_url_would_be_refused(settings):
    settings.SITE_URL = "https://demo.safeonline.example"
    settings.ALLOWED_HOSTS = ["localhost"]
    errors = StringIO()

    call_command("sync_site", stdout=StringIO(), stderr=errors)

    assert "demo.safeonline.example is not in ALLOWED_HOSTS" in errors.getvalue()


@pytest.mark.django_db
def test_sync_site_is_quiet_when_the_site_url_is_allowed(settings):
    settings.SITE_URL = "https://demo.safeonline.example"
    settings.ALLOWED_HOSTS = [".safeonline.example"]
    errors = StringIO()

    call_command("sync_site", stdout=StringIO(), stderr=errors)

    assert errors.getvalue() == ""

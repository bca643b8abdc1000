"""Every installed dependency is free of known vulnerabilities, according to pip-audit.

pip-audit needs an advisory source: PyPI's JSON for each release, which lists the advisories
against it, or the OSV database. Where neither answers, the test skips and says which addresses
it tried, rather than passing having audited nothing (`--strict` fails on any package that could
not be audited, too)."""

import json
import subprocess
import sys
import urllib.error
import urllib.request
from importlib.metadata import version

import pytest

PROBES = {
    "pypi": ("GET", f"https://pypi.org/pypi/django/{version('django')}/json", None),
    "osv": (
        "POST",
        "https://api.osv.dev/v1/query",
        json.dumps({"package": {"name": "django", "ecosystem": "PyPI"}}).encode(),
    ),
}


def reachable_service():
    """The first advisory source that answers, and what each one that didn't said."""
    failures = []
    for service, (method, url, body) in PROBES.items():
        try:
            urllib.request.urlopen(urllib.request.Request(url, body, method=method), timeout=10)
        except (urllib.error.URLError, TimeoutError) as error:
            failures.append(f"{method} {url}: {getattr(error, 'reason', error)}")
        else:
            return service, failures
    return None, failures


def test_no_dependency_has_a_known_vulnerability():
    service, failures = reachable_service()
    if service is None:
        pytest.skip(f"no vulnerability database is reachable ({'; '.join(failures)})")
    audit = subprocess.run(
        [
            *(sys.executable, "-m", "pip_audit", "--strict", "--skip-editable"),
            *("--vulnerability-service", service, "--progress-spinner", "off"),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert audit.returncode == 0, audit.stdout + audit.stderr

"""make bench, load part: 50 simulated visitors (locust, headless) for two minutes against
gunicorn on PostgreSQL, browsing public pages, signing up and changing preferences. Prints
requests per second, latency and failures per kind of request; any server error fails the run.

LOAD_USERS and LOAD_DURATION change the defaults (50, 2m)."""

import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench import site

USERS = os.environ.get("LOAD_USERS", "50")
DURATION = os.environ.get("LOAD_DURATION", "2m")
SERVER = {"NEWSLETTER_FORM_RATE_LIMIT": "1000000"}  # every visitor shares 127.0.0.1

FIXTURES = (
    "import json\n"
    "from newsletter.models import DigestTheme, Subscriber\n"
    "from newsletter.tokens import make_token\n"
    "for number in range(200):\n"
    "    Subscriber.objects.get_or_create(email=f'load-prefs-{number}@example.org', defaults={\n"
    "        'member_type': 'researcher', 'status': Subscriber.Status.ACTIVE})\n"
    "members = Subscriber.objects.filter(email__startswith='load-prefs-')\n"
    "themes = [str(pk) for pk in DigestTheme.objects.values_list('pk', flat=True)]\n"
    "tokens = [make_token(member, 'preferences') for member in members]\n"
    "print(json.dumps({'themes': themes, 'tokens': tokens}))\n"
)


def fixtures():
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", FIXTURES],
        cwd=site.ROOT,
        env=site.environment(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return json.loads(out.splitlines()[-1])


def run_locust(pages, data, folder):
    env = {
        **os.environ,
        "LOAD_PAGES": json.dumps(list(pages.items())),
        "LOAD_THEMES": json.dumps(data["themes"]),
        "LOAD_TOKENS": json.dumps(data["tokens"]),
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(Path(__file__).with_name("locustfile.py")),
            "--headless",
            "--users",
            USERS,
            "--spawn-rate",
            "10",
            "--run-time",
            DURATION,
            "--host",
            site.BASE,
            "--csv",
            str(folder / "load"),
            "--only-summary",
            "--loglevel",
            "WARNING",
        ],
        cwd=site.ROOT,
        env=env,
        check=False,  # locust exits 1 when any request failed; the report below says which
    )


def report(folder):
    with open(folder / "load_stats.csv") as stats:
        rows = list(csv.DictReader(stats))
    with open(folder / "load_failures.csv") as failures:
        failed = list(csv.DictReader(failures))
    print(f"\nLoad: {USERS} simulated visitors for {DURATION} against gunicorn (2 workers)")
    print(f"  {'request':28} {'count':>7} {'fails':>6} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7}")
    for row in rows:
        print(
            f"  {row['Name']:28} {int(row['Request Count']):7d} {int(row['Failure Count']):6d} "
            f"{float(row['Requests/s']):7.1f} {float(row['50%'] or 0):7.0f} "
            f"{float(row['95%'] or 0):7.0f}"
        )
    server_errors = [row for row in failed if "50" in row["Error"]]
    for row in failed:
        print(f"  failure: {row['Method']} {row['Name']}: {row['Error']} x{row['Occurrences']}")
    print(f"  server errors: {sum(int(row['Occurrences']) for row in server_errors)}")
    return not server_errors


def main():
    site.prepare()
    data = fixtures()
    server = site.start_gunicorn(**SERVER)
    try:
        pages = site.pages()
        with tempfile.TemporaryDirectory() as folder:
            run_locust(pages, data, Path(folder))
            ok = report(Path(folder))
    finally:
        server.terminate()
        server.wait()
        subprocess.run(["redis-cli", "-u", site.REDIS_URL, "flushdb"], capture_output=True)
    if not ok:
        sys.exit("Server errors under load.")


if __name__ == "__main__":
    main()

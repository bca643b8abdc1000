"""make bench: seed a large site on PostgreSQL, serve it with gunicorn (2 workers, DEBUG off) and
measure it with wrk, without and then with whole-page caching for anonymous visitors."""

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://root@127.0.0.1:5432/safeonline_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "15s")
BASE = f"http://127.0.0.1:{PORT}"


def environment(**extra):
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "SITE_URL": BASE,
        "SECRET_KEY": "benchmark-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "SECURE_COOKIES": "false",
        "DJANGO_SETTINGS_MODULE": "safeonline.settings.production",
        "LOG_LEVEL": "WARNING",
    }
    env.update(extra)
    return env


def manage(*args, **extra):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment(**extra), check=True
    )


def ensure_database():
    url = urlsplit(DATABASE_URL)
    name = url.path.lstrip("/")
    admin = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    exists = subprocess.run(
        ["psql", admin, "-Atc", f"SELECT 1 FROM pg_database WHERE datname = '{name}'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(["psql", admin, "-qc", f'CREATE DATABASE "{name}"'], check=True)


def seed():
    code = (
        "from research.models import ResearchProjectPage\n"
        "from tests.bench.seed import SIZES, seed_large_site\n"
        "import time\n"
        "if ResearchProjectPage.objects.count() >= SIZES['projects']:\n"
        "    print('Large site already seeded.')\n"
        "else:\n"
        "    started = time.monotonic()\n"
        "    seed_large_site()\n"
        "    print(f'Seeded the large site in {time.monotonic() - started:.0f} s.')\n"
        # A live database has planner statistics, which autovacuum gathers within minutes of
        # a bulk load. Right after seeding it has none: the planner then guesses that a search
        # matches one index entry and joins pages by a nested loop, which takes a second.
        "from django.db import connection\n"
        "connection.cursor().execute('ANALYZE')\n"
    )
    manage("shell", "-c", code)


def start_gunicorn(**extra):
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "safeonline.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment(**extra),
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/robots.txt", timeout=2)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def pages():
    """The pages the issue names, resolved against the seeded data."""
    code = (
        "from research.models import ResearchProjectPage, Programme, Country\n"
        "from taggit.models import Tag\n"
        "from django.db.models import Count\n"
        "project = ResearchProjectPage.objects.live().order_by('pk')[500]\n"
        "programme = Programme.objects.annotate(n=Count('projects')).order_by('-n')[0]\n"
        "country = Country.objects.annotate(n=Count('projects')).order_by('-n')[0]\n"
        "tag = Tag.objects.annotate(n=Count('home_pagetag_items')).order_by('-n')[0]\n"
        "print(project.url, programme.slug, country.slug, tag.slug, sep='|')\n"
    )
    out = (
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env=environment(),
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    project_url, programme, country, tag = out.split("|")
    return {
        "home": "/",
        "project listing, 2 filters": f"/research/?programme={programme}&country={country}",
        "project detail": project_url,
        "topic page": f"/topics/{tag}/",
        "search": "/search/?q=grooming+detection",
    }


def run_wrk(path):
    for _ in range(3):  # warm renditions, caches and connections
        urllib.request.urlopen(BASE + path, timeout=30).read()
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c8",
            f"-d{DURATION}",
            "-s",
            str(Path(__file__).with_name("wrk_report.lua")),
            BASE + path,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH"))
    return dict(re.findall(r"(\w+)=([\d.]+)", line))


def measure(label, **extra):
    server = start_gunicorn(**extra)
    try:
        results = {name: run_wrk(path) for name, path in pages().items()}
    finally:
        server.terminate()
        server.wait()
    print(f"\n{label}")
    print(f"  {'page':28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
    for name, figures in results.items():
        print(
            f"  {name:28} {float(figures['rps']):8.1f} {float(figures['p50_ms']):8.1f} "
            f"{float(figures['p95_ms']):8.1f} {int(figures['errors']):7d}"
        )
    return results


RUNS = [
    (
        "Every request rendered from the database (FRAGMENT_CACHE_SECONDS=0)",
        {"FRAGMENT_CACHE_SECONDS": "0"},
    ),
    ("Default: fragments cached until content changes, no whole-page cache", {}),
    (
        "Plus whole-page caching for anonymous visitors (PAGE_CACHE_SECONDS=300)",
        {"PAGE_CACHE_SECONDS": "300"},
    ),
]


def main():
    ensure_database()
    manage("migrate", "--noinput", "-v0")
    manage("sync_site")
    manage("load_demo_content")
    seed()
    manage("collectstatic", "--noinput", "-v0")
    for label, settings in RUNS:
        subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
        measure(label + ":", **settings)


if __name__ == "__main__":
    main()

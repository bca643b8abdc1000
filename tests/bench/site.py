"""make bench: seed a large site on PostgreSQL, serve it with gunicorn (2 workers, DEBUG off) and
measure it with wrk: every page rendered from the database, against a baseline commit served
from a git worktree in the same sitting; then with fragments cached; then with whole-page
caching for anonymous visitors; then the publish storm (tests/bench/storm.py). Each run returns
its results as rows, and print_table() prints them as one table.

BENCH_BASELINE names the baseline commit (by default the one before the uncached rendering was
made faster); it is served on a free port (or BENCH_BASELINE_PORT) from a copy of the bench
database that holds the English tree alone: the baseline predates the French and Spanish trees
and would list their pages beside the English ones. It never migrates that copy."""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://root@127.0.0.1:5432/safeonline_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
# The baseline keeps its cache apart: two releases sharing one cache would each read the
# other's entries (as they would for a moment in a rolling deploy) and rebuild them.
BASELINE_REDIS_URL = os.environ.get(
    "BENCH_BASELINE_REDIS_URL",
    REDIS_URL.rsplit("/", 1)[0] + "/" + str(int(REDIS_URL.rsplit("/", 1)[1]) + 1),
)
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "15s")
BASE = f"http://127.0.0.1:{PORT}"
BASELINE = os.environ.get("BENCH_BASELINE", "4a9f8ac")
UNCACHED = {"FRAGMENT_CACHE_SECONDS": "0"}


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
        # one folder of uploads for the current checkout and a baseline served from a worktree
        "MEDIA_ROOT": os.environ.get("MEDIA_ROOT", str(ROOT / "var" / "media")),
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


def prepare():
    """The bench database, migrated, and seeded once: the French and Spanish trees, the demo
    content, then the large site. A seeded database is left as it is: synchronising the trees
    again would give each of the seeded pages a French and a Spanish place, which takes an
    hour, so the seeded pages have none (the measured pages are English)."""
    ensure_database()
    manage("migrate", "--noinput", "-v0")
    seed()
    manage("collectstatic", "--noinput", "-v0")


def seed():
    code = (
        "from django.core.management import call_command\n"
        "from research.models import ResearchProjectPage\n"
        "from tests.bench.seed import SIZES, seed_large_site\n"
        "import time\n"
        "if ResearchProjectPage.objects.count() >= SIZES['projects']:\n"
        "    print('Large site already seeded.')\n"
        "else:\n"
        "    started = time.monotonic()\n"
        "    call_command('sync_site')\n"
        "    call_command('load_demo_content')\n"
        "    seed_large_site()\n"
        "    print(f'Seeded the large site in {time.monotonic() - started:.0f} s.')\n"
        # A live database has planner statistics, which autovacuum gathers within minutes of
        # a bulk load. Right after seeding it has none: the planner then guesses that a search
        # matches one index entry and joins pages by a nested loop, which takes a second.
        # Vacuuming marks the new rows visible to all, as autovacuum would, so that an index
        # that holds every column a query needs answers it without reading the table.
        "from django.db import connection\n"
        "connection.cursor().execute('VACUUM ANALYZE')\n"
    )
    manage("shell", "-c", code)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(root=ROOT, port=PORT, **extra):
    """gunicorn serving the code in `root` (another checkout for a baseline) on `port`. A port
    someone else's server holds is refused: its answers would be measured instead."""
    base = f"http://127.0.0.1:{port}"
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise RuntimeError(f"port {port} is in use: set BENCH_PORT to a free one")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "safeonline.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=root,
        env=environment(PYTHONPATH=str(root), SITE_URL=base, **extra),
    )
    for _ in range(100):
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn for {root} exited with {server.returncode}")
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=2)
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
        "from django.db.models import Count, Q\n"
        "english = {'locale__language_code': 'en-gb'}\n"  # not the French and Spanish places
        "project = ResearchProjectPage.objects.live().filter(**english).order_by('pk')[500]\n"
        "in_english = Q(projects__locale__language_code='en-gb')\n"
        "programme = Programme.objects.annotate(n=Count('projects', filter=in_english))\n"
        "programme = programme.order_by('-n')[0]\n"
        "country = Country.objects.annotate(n=Count('projects', filter=in_english))\n"
        "country = country.order_by('-n')[0]\n"
        "tagged = Q(home_pagetag_items__content_object__locale__language_code='en-gb')\n"
        "tag = Tag.objects.annotate(n=Count('home_pagetag_items', filter=tagged))\n"
        "tag = tag.order_by('-n')[0]\n"
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


def run_wrk(path, port=PORT):
    base = f"http://127.0.0.1:{port}"
    for _ in range(3):  # warm renditions, caches and connections
        urllib.request.urlopen(base + path, timeout=30).read()
    output = subprocess.run(
        [
            "wrk",
            "-t2",
            "-c8",
            f"-d{DURATION}",
            "-s",
            str(Path(__file__).with_name("wrk_report.lua")),
            base + path,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH"))
    return {name: float(value) for name, value in re.findall(r"(\w+)=([\d.]+)", line)}


def row(run, page, figures, **more):
    return {"run": run, "page": page, **figures, **more}


def measure(run, **settings):
    """One run of every page against the code in this checkout, as rows."""
    server = start_gunicorn(**settings)
    try:
        return [row(run, name, run_wrk(path)) for name, path in pages().items()]
    finally:
        server.terminate()
        server.wait()


@contextmanager
def baseline_checkout(commit):
    """The baseline commit, checked out in a temporary git worktree with its static files."""
    folder = Path(tempfile.mkdtemp(prefix="bench-baseline-")) / "checkout"
    subprocess.run(
        ["git", "worktree", "add", "--detach", "--quiet", str(folder), commit],
        cwd=ROOT,
        check=True,
    )
    try:
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=folder,
            env=environment(PYTHONPATH=str(folder)),
            check=True,
        )
        yield folder
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(folder)], cwd=ROOT, check=True)


def measure_against_baseline(commit=BASELINE):
    """Every page rendered from the database (FRAGMENT_CACHE_SECONDS=0) by the baseline commit
    and by this checkout, page by page in turn, so that both meet the same load on the machine.
    The current code's rows carry the ratio to the baseline's requests per second."""
    baseline_run = f"uncached, baseline {commit}"
    current_run = "uncached, now"
    rows = []
    baseline_port = int(os.environ.get("BENCH_BASELINE_PORT") or free_port())
    with baseline_checkout(commit) as folder, baseline_database(commit) as database_url:
        baseline = start_gunicorn(
            root=folder,
            port=baseline_port,
            DATABASE_URL=database_url,
            REDIS_URL=BASELINE_REDIS_URL,
            **UNCACHED,
        )
        current = start_gunicorn(**UNCACHED)
        try:
            for name, path in pages().items():
                before = run_wrk(path, port=baseline_port)
                now = run_wrk(path)
                rows.append(row(baseline_run, name, before))
                rows.append(row(current_run, name, now, ratio=now["rps"] / before["rps"]))
        finally:
            for server in (baseline, current):
                server.terminate()
                server.wait()
    return rows


@contextmanager
def baseline_database(commit=BASELINE):
    """A copy of the bench database as the baseline commit would have it: without the French
    and Spanish trees (it knows one language: the measured pages are the same English pages
    in both) and without the indexes that later migrations added."""
    name = urlsplit(DATABASE_URL).path.lstrip("/")
    copy = f"{name}_baseline"
    admin = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    subprocess.run(["psql", admin, "-qc", f'DROP DATABASE IF EXISTS "{copy}"'], check=True)
    subprocess.run(
        ["psql", admin, "-qc", f'CREATE DATABASE "{copy}" TEMPLATE "{name}"'], check=True
    )
    url = DATABASE_URL.rsplit("/", 1)[0] + f"/{copy}"
    if later := indexes_added_since(commit):
        subprocess.run(["psql", url, "-qc", f"DROP INDEX IF EXISTS {', '.join(later)}"], check=True)
    other_trees = (
        "from wagtail.models import Page\n"
        "from django.conf import settings\n"
        "for root in Page.objects.filter(depth=2).exclude(\n"
        "    locale__language_code=settings.LANGUAGE_CODE\n"
        "):\n"
        "    root.delete()\n"
    )
    manage("shell", "-c", other_trees, DATABASE_URL=url, REDIS_URL=BASELINE_REDIS_URL)
    try:
        yield url
    finally:
        subprocess.run(["psql", admin, "-qc", f'DROP DATABASE IF EXISTS "{copy}"'], check=True)


def indexes_added_since(commit):
    """The indexes created by migrations written after `commit`, by name: an index declared on
    a model (models.Index(..., name=...)) or created in SQL on another app's table (INDEX = ...)."""
    added = subprocess.run(
        ["git", "diff", "--name-only", "--diff-filter=A", commit, "--", "*/migrations/*.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    names = set()
    for path in added:
        text = (ROOT / path).read_text()
        found = re.findall(r"""models\.Index\([^)]*name=["'](\w+)["']""", text)
        found += re.findall(r"""^INDEX = ["'](\w+)["']""", text, re.MULTILINE)
        created = len(re.findall(r"(?<!Add)(?<!Remove)Index\(|CREATE INDEX|db_index=True", text))
        if created > len(found):
            print(f"  {path} creates an index not named here; the baseline keeps it")
        names.update(found)
    return sorted(names)


def print_table(rows):
    """Every run's rows as one table; a row with a ratio gives it against its baseline."""
    print(
        f"\n  {'run':48} {'page':28} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}"
        f" {'vs baseline':>12}"
    )
    for result in rows:
        ratio = f"{result['ratio']:.2f}x" if "ratio" in result else ""
        print(
            f"  {result['run']:48} {result['page']:28} {result['rps']:8.1f} "
            f"{result['p50_ms']:8.1f} {result['p95_ms']:8.1f} {int(result['errors']):7d}"
            f" {ratio:>12}"
        )


RUNS = [
    ("fragments cached until content changes", {}),
    ("plus whole-page cache (PAGE_CACHE_SECONDS=300)", {"PAGE_CACHE_SECONDS": "300"}),
]


def flush_cache():
    for url in (REDIS_URL, BASELINE_REDIS_URL):
        subprocess.run(["redis-cli", "-u", url, "flushdb"], check=True, capture_output=True)


def main():
    prepare()
    flush_cache()
    rows = measure_against_baseline()
    for label, settings in RUNS:
        flush_cache()
        rows += measure(label, **settings)
    from tests.bench import storm  # it builds on this module

    figures = storm.run()
    storm.report(figures)
    verdict = "PASS" if figures["passed"] else f"FAIL (target p95 <= {storm.TARGET_P95_MS} ms)"
    rows.append(row(f"publish storm, {verdict}", f"{figures['addresses']} addresses", figures))
    print_table(rows)


if __name__ == "__main__":
    main()

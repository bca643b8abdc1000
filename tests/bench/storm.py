"""make bench, publish-storm part: 50 simulated visitors (locust, headless) spread over more than
2,000 distinct addresses of the large site (pages, listing filters, page numbers, searches,
topics, countries) while a staff process publishes a page every 30 s, as the admin would:
`save_revision().publish()` in a Django process of its own, so the signals fire and the content
version changes under the running web processes. Gunicorn (2 workers, DEBUG off) serves the
bench database with the default settings (fragments cached).

Every address is fetched once before the run, so that the run starts from a warm cache, as a
live site does, and any address that does not answer 200 is left out (and counted). The run
then reports requests, requests per second, the 50th, 95th and 99th percentiles, errors (any
failed request) and the publishes done, and passes with p95 <= 150 ms and no errors.

The same storm then runs on the five pages of the site benchmark alone, where every visitor
wants the same few cached entries at once after each publish.

STORM_USERS, STORM_DURATION and STORM_PUBLISH_SECONDS change the defaults (50, 2m, 30)."""

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.bench import site

USERS = int(os.environ.get("STORM_USERS", "50"))
DURATION = os.environ.get("STORM_DURATION", "2m")
PUBLISH_SECONDS = float(os.environ.get("STORM_PUBLISH_SECONDS", "30"))
TARGET_P95_MS = 150
MIN_URLS = 2000
PG_STATS_SECONDS = 11  # PostgreSQL backends report their statistics after 10 s idle

ADDRESSES = r"""
import json, random
from itertools import product
from urllib.parse import quote_plus
from django.db.models import Count
from taggit.models import Tag
from wagtail.models import Site
from community.models import EventIndexPage, StoryIndexPage
from home.querysets import site_pages
from research.models import Country, InsightIndexPage, Programme, ResearchIndexPage

rng = random.Random(16)
root = Site.objects.get(is_default_site=True).root_page
prefix = len(root.url_path) - 1
live = site_pages().live().public().descendant_of(root)
def url(page):
    return page.url_path[prefix:]
addresses = set()
def add(kind, path):
    addresses.add((kind, path))

paths = list(live.values_list("url_path", flat=True).order_by("path"))
for path in rng.sample(paths, min(1100, len(paths))):
    add("page", path[prefix:])

tags = list(Tag.objects.annotate(n=Count("home_pagetag_items")).filter(n__gt=0))
programmes = list(Programme.objects.all())
countries = list(Country.objects.all())
for tag, number in product(tags, [1, 2, 3]):
    add("topic", f"/topics/{tag.slug}/" + (f"?page={number}" if number > 1 else ""))
for country in countries:
    add("country", f"/countries/{country.slug}/")

def listing(base, kind="listing", **params):
    query = "&".join(f"{name}={value}" for name, value in params.items() if value)
    add(kind, base + (f"?{query}" if query else ""))

research = url(ResearchIndexPage.objects.live().public().get())
statuses = ["", "active", "completed", "planned"]
sorts = ["", "newest", "title"]
for programme, status, sort, number in product([None, *programmes], statuses, sorts, [1, 2, 3]):
    slug = programme and programme.slug
    listing(research, programme=slug, status=status, sort=sort, page=number > 1 and number)
for country, tag in product(countries, [None, *tags[:6]]):
    listing(research, country=country.slug, topic=tag and tag.slug)
for tag, programme in product(tags, [None, *programmes]):
    listing(research, topic=tag.slug, programme=programme and programme.slug)
for number in range(2, 60):
    listing(research, "listing page", page=number)

insights = url(InsightIndexPage.objects.live().public().get())
for tag, programme in product([None, *tags], [None, *programmes]):
    listing(insights, topic=tag and tag.slug, programme=programme and programme.slug)
stories = url(StoryIndexPage.objects.live().public().get())
events = url(EventIndexPage.objects.live().public().get())
for tag in [None, *tags]:
    listing(stories, topic=tag and tag.slug)
    for when in ("upcoming", "past", "all"):
        listing(events, when=when, topic=tag and tag.slug)
for number in range(2, 20):
    listing(stories, "listing page", page=number)

titles = list(live.values_list("title", flat=True))
words = sorted({w.lower().strip(",.:;()'\"") for t in titles for w in t.split() if len(w) > 4})
for word in rng.sample(words, min(300, len(words))):
    add("search", f"/search/?q={quote_plus(word)}")
for tag in tags:
    for extra in ("", "&type=project", "&page=2"):
        add("search", f"/search/?q={quote_plus(tag.name)}{extra}")

print(json.dumps(sorted(addresses)))
"""

PUBLISHER = r"""
import json, os, re, time
from community.models import EventPage, GranteeStoryPage
from research.models import InsightBriefPage, ResearchProjectPage

interval = float(os.environ["STORM_PUBLISH_SECONDS"])
run_for = float(os.environ["STORM_RUN_SECONDS"])
# the newest pages of each kind: those the home page and the first listing pages show
newest = [
    list(model.objects.live().public(cached=False).order_by("-first_published_at")[:5])
    for model in (ResearchProjectPage, InsightBriefPage, GranteeStoryPage, EventPage)
]
pages = [page for group in zip(*newest) for page in group]
started = time.monotonic()
number = 0
while started + interval * (number + 0.5) < started + run_for:
    time.sleep(max(0.0, started + interval * (number + 0.5) - time.monotonic()))
    page = type(pages[number % len(pages)]).objects.get(pk=pages[number % len(pages)].pk)
    page.title = re.sub(r" \(revised \d+\)$", "", page.title) + f" (revised {number + 1})"
    begun = time.monotonic()
    page.save_revision().publish()
    number += 1
    print(json.dumps({"url": page.url, "seconds": round(time.monotonic() - begun, 3)}), flush=True)
"""


def shell(code, **extra):
    return subprocess.Popen(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=site.ROOT,
        env=site.environment(**extra),
        stdout=subprocess.PIPE,
        text=True,
    )


def distinct_addresses():
    """[kind, path] pairs, built from the bench database."""
    process = shell(ADDRESSES)
    out, _ = process.communicate()
    if process.returncode:
        raise RuntimeError("building the addresses failed")
    return json.loads(out.strip().splitlines()[-1])


def status_of(path):
    try:
        with urllib.request.urlopen(site.BASE + path, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def warm(addresses):
    """Fetch every address once; keep those that answer 200."""
    with ThreadPoolExecutor(4) as pool:
        statuses = list(pool.map(lambda pair: status_of(pair[1]), addresses))
    return [
        pair for pair, status in zip(addresses, statuses, strict=True) if status == 200
    ], statuses


def seconds(duration):
    units = {"s": 1, "m": 60, "h": 3600}
    return float(duration[:-1]) * units[duration[-1]] if duration[-1] in units else float(duration)


def run_locust(addresses, folder):
    listing = folder / "addresses.json"
    listing.write_text(json.dumps(addresses))
    locust = subprocess.run(
        [
            sys.executable,
            "-m",
            "locust",
            "-f",
            str(Path(__file__).with_name("storm_locustfile.py")),
            "--headless",
            *("--users", str(USERS), "--spawn-rate", "10", "--run-time", DURATION),
            *("--host", site.BASE, "--csv", str(folder / "storm"), "--only-summary"),
            *("--loglevel", "WARNING"),
        ],
        cwd=site.ROOT,
        env={**os.environ, "STORM_ADDRESSES": str(listing)},
        check=False,
        capture_output=True,
        text=True,
    )
    if locust.returncode not in (0, 1):  # 1: some request failed, which the figures report
        sys.exit(f"locust failed:\n{locust.stderr}")


def read_figures(folder):
    with open(folder / "storm_stats.csv") as stats:
        rows = {row["Name"]: row for row in csv.DictReader(stats)}
    with open(folder / "storm_failures.csv") as failures:
        failed = list(csv.DictReader(failures))

    def summary(row):
        return {
            "requests": int(row["Request Count"]),
            "errors": int(row["Failure Count"]),
            "rps": float(row["Requests/s"]),
            **{f"p{p}_ms": float(row[f"{p}%"] or 0) for p in (50, 95, 99)},
        }

    return (
        summary(rows.pop("Aggregated")),
        {name: summary(row) for name, row in rows.items()},
        [f"{row['Method']} {row['Name']}: {row['Error']} x{row['Occurrences']}" for row in failed],
    )


def database_transactions():
    """Transactions the bench database has committed: in autocommit, about one per query. The
    count is the work the run asked of PostgreSQL, which shared cores do not blur the way they
    blur timings. Backends report theirs once idle for a while, hence the pause."""
    time.sleep(PG_STATS_SECONDS)
    return int(
        subprocess.run(
            [
                *("psql", site.DATABASE_URL, "-Atc"),
                "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )


def run(addresses=None, publish=True, **server_settings):
    """Serve the bench site, warm it, and measure the visitors while staff publish, over the
    given [kind, path] pairs or the distinct addresses. Returns the figures as a dict."""
    subprocess.run(["redis-cli", "-u", site.REDIS_URL, "flushdb"], check=True, capture_output=True)
    server = site.start_gunicorn(**server_settings)
    publisher = None
    try:
        addresses = addresses or distinct_addresses()
        began = time.monotonic()
        served, statuses = warm(addresses)
        warm_seconds = time.monotonic() - began
        with tempfile.TemporaryDirectory() as folder:
            if publish:
                publisher = shell(
                    PUBLISHER,
                    STORM_PUBLISH_SECONDS=str(PUBLISH_SECONDS),
                    STORM_RUN_SECONDS=str(seconds(DURATION)),
                )
            transactions = database_transactions()
            run_locust(served, Path(folder))
            overall, by_kind, failures = read_figures(Path(folder))
        publishes = []
        if publisher:
            out, _ = publisher.communicate(timeout=120)
            publishes = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        transactions = database_transactions() - transactions
    finally:
        if publisher and publisher.poll() is None:
            publisher.kill()
        server.terminate()
        server.wait()
        subprocess.run(["redis-cli", "-u", site.REDIS_URL, "flushdb"], capture_output=True)
    return {
        **overall,
        "users": USERS,
        "duration": DURATION,
        "addresses": len(served),
        "left_out": {str(s): statuses.count(s) for s in sorted(set(statuses)) if s != 200},
        "warm_seconds": round(warm_seconds, 1),
        "publishes": len(publishes),
        "publish_seconds": [p["seconds"] for p in publishes],
        "database_transactions": transactions,
        "by_kind": by_kind,
        "failures": failures,
        "passed": overall["p95_ms"] <= TARGET_P95_MS and overall["errors"] == 0,
    }


def report(figures, label="Publish storm"):
    print(
        f"\n{label}: {figures['users']} visitors over {figures['addresses']} distinct addresses "
        f"for {figures['duration']}, a page published every {PUBLISH_SECONDS:.0f} s "
        f"({figures['publishes']} publishes), gunicorn 2 workers"
    )
    if figures["left_out"]:
        print(f"  left out after the warm-up (status: count): {figures['left_out']}")
    columns = ("count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms")
    print(f"  {'request':14} " + " ".join(f"{column:>7}" for column in columns))
    for name, row in [*figures["by_kind"].items(), ("all", figures)]:
        print(
            f"  {name:14} {row['requests']:7d} {row['errors']:7d} {row['rps']:7.1f} "
            f"{row['p50_ms']:7.0f} {row['p95_ms']:7.0f} {row['p99_ms']:7.0f}"
        )
    print(
        f"  database transactions during the run (publishes included): "
        f"{figures['database_transactions']}, "
        f"{figures['database_transactions'] / max(figures['requests'], 1):.2f} per request"
    )
    for failure in figures["failures"]:
        print(f"  failure: {failure}")
    verdict = "PASS" if figures["passed"] else "FAIL"
    print(f"  {verdict}: p95 {figures['p95_ms']:.0f} ms (target <= {TARGET_P95_MS}), ", end="")
    print(f"{figures['errors']} errors (target 0)")


def main():
    site.prepare()
    figures = run()
    report(figures)
    # The same storm on the five pages: every visitor asks for the same few entries,
    # so each publish would set them all rendering the same page at once without the lock.
    report(run(addresses=list(site.pages().items())), label="Publish storm, five pages only")
    if figures["addresses"] < MIN_URLS:
        sys.exit(f"Only {figures['addresses']} distinct addresses; the storm needs {MIN_URLS}.")
    if not figures["passed"]:
        sys.exit(1)


if __name__ == "__main__":
    main()

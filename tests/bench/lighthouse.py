"""make bench, Lighthouse part: the four category scores (mobile preset, the default) for the
home page, a listing and a project page, served by gunicorn on the benchmark database and
audited in Debian's Chromium.

Lighthouse's performance score moves from run to run (more so on a shared machine), so each
page is audited LIGHTHOUSE_RUNS times (3 by default); every run is printed with the metrics
behind its score, then the minimum and median per page. The target is a performance score of
at least 95 in every run: a page with a run below it is flagged FAIL, and the script exits
with status 1. LIGHTHOUSE_REPORTS names a folder to keep each run's JSON report in."""

import json
import os
import statistics
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.bench import site

LIGHTHOUSE = Path(__file__).with_name("lighthouse") / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))
REPORTS = os.environ.get("LIGHTHOUSE_REPORTS", "")
PERFORMANCE_TARGET = 95
# The metrics the performance score is made of, with the unit each is printed in.
METRICS = {
    "first-contentful-paint": ("FCP", "ms"),
    "largest-contentful-paint": ("LCP", "ms"),
    "total-blocking-time": ("TBT", "ms"),
    "cumulative-layout-shift": ("CLS", ""),
    "speed-index": ("SI", "ms"),
}


def audit(url, attempts=3):
    """The report of one Lighthouse run. Lighthouse in a headless Chromium sometimes loses the
    page-load trace (NO_NAVSTART); such a run is repeated."""
    for _ in range(attempts - 1):
        try:
            return audit_once(url)
        except RuntimeError as error:
            print(f"  retrying {url}: {str(error).splitlines()[-1]}")
    return audit_once(url)


def audit_once(url):
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    if report.get("runtimeError"):
        raise RuntimeError(f"Lighthouse failed on {url}: {report['runtimeError']['code']}")
    return report


def scores(report):
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def failing_audits(report):
    return [
        audit["title"]
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]


def metrics(report):
    parts = []
    for key, (label, unit) in METRICS.items():
        value = report["audits"][key]["numericValue"]
        parts.append(f"{label} {value:.0f}{unit}" if unit else f"{label} {value:.3f}")
    return " · ".join(parts)


def lcp_element(report):
    """The page's largest contentful paint, as Lighthouse's audit describes its node."""
    for table in (
        report["audits"]["largest-contentful-paint-element"].get("details", {}).get("items", [])
    ):
        for item in table.get("items", []):
            node = item.get("node")
            if node:
                return node.get("snippet", "")[:120]
    return "?"


def render_blocking(report):
    items = report["audits"]["render-blocking-insight"].get("details", {}).get("items", [])
    return [item["url"].removeprefix(site.BASE) for item in items if "url" in item]


def describe(run, report):
    blocking = render_blocking(report)
    print(f"    run {run}: {scores(report)} · {metrics(report)}")
    print(f"      LCP element: {lcp_element(report)}")
    if blocking:
        print(f"      render-blocking: {', '.join(blocking)}")


def audit_page(name, path):
    url = site.BASE + path
    urllib.request.urlopen(url, timeout=30).read()  # renditions made, caches filled
    print(f"  {name} ({path})")
    reports = []
    for run in range(1, RUNS + 1):
        report = audit(url)
        describe(run, report)
        if REPORTS:
            slug = name.replace(" ", "-")
            Path(REPORTS, f"{slug}-{run}.json").write_text(json.dumps(report))
        reports.append(report)
    return reports


def main():
    if REPORTS:
        Path(REPORTS).mkdir(parents=True, exist_ok=True)
    server = site.start_gunicorn()
    try:
        pages = site.pages()
        chosen = {
            "home": pages["home"],
            "project listing": "/research/",
            "project detail": pages["project detail"],
        }
        print(f"\nLighthouse (mobile preset), {RUNS} runs a page")
        results = {name: audit_page(name, path) for name, path in chosen.items()}
    finally:
        server.terminate()
        server.wait()
    print(f"\nLighthouse (mobile preset), scores out of 100 over {RUNS} runs: min / median")
    print(f"  {'page':18} " + " ".join(f"{name:>15}" for name in CATEGORIES))
    failed = []
    for name, reports in results.items():
        each_run = [scores(report) for report in reports]
        runs = {category: [run[category] for run in each_run] for category in CATEGORIES}
        cells = [f"{min(values):>3} / {statistics.median(values):<4g}" for values in runs.values()]
        verdict = "ok" if min(runs["performance"]) >= PERFORMANCE_TARGET else "FAIL"
        if verdict == "FAIL":
            failed.append(name)
        print(f"  {name:18} " + " ".join(f"{cell:>15}" for cell in cells) + f"  {verdict}")
    for name, reports in results.items():
        failing = sorted({title for report in reports for title in failing_audits(report)})
        if failing:
            print(f"  {name}: below 90 in some run on: {'; '.join(failing)}")
    if failed:
        print(f"FAIL: performance below {PERFORMANCE_TARGET} in some run on: {', '.join(failed)}")
        sys.exit(1)


if __name__ == "__main__":
    main()

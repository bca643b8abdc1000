"""make bench, Lighthouse part: the four category scores (mobile preset, the default) for the
home page, a listing and a project page, served by gunicorn on the benchmark database and
audited in Debian's Chromium."""

import json
import os
import subprocess
from pathlib import Path

from tests.bench import site

LIGHTHOUSE = Path(__file__).with_name("lighthouse") / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"


def audit(url, attempts=3):
    """Scores and failing audits for one page. Lighthouse in a headless Chromium sometimes
    loses the page-load trace (NO_NAVSTART); such a run is repeated."""
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
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = [
        audit["title"]
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    return scores, failing


def main():
    server = site.start_gunicorn()
    try:
        pages = site.pages()
        chosen = {
            "home": pages["home"],
            "project listing": "/research/",
            "project detail": pages["project detail"],
        }
        results = {name: audit(site.BASE + path) for name, path in chosen.items()}
    finally:
        server.terminate()
        server.wait()
    print("\nLighthouse (mobile preset), scores out of 100")
    print(f"  {'page':18} " + " ".join(f"{name:>15}" for name in CATEGORIES))
    for name, (scores, _) in results.items():
        print(f"  {name:18} " + " ".join(f"{scores[c]:15d}" for c in CATEGORIES))
    for name, (_, failing) in results.items():
        if failing:
            print(f"  {name}: below 90 on: {'; '.join(failing)}")


if __name__ == "__main__":
    main()

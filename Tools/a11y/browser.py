"""Headless Chromium through Selenium, and axe-core run inside it (see check.py)."""

from __future__ import annotations

import importlib.metadata
import os
from pathlib import Path

from report import Report, SetupError

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = (1280, 900)
PHONE = (390, 844)
# Width and height in CSS pixels, and whether Chromium emulates a phone (meta viewport honoured).
NARROW = [("390px", 390, 844, True), ("640px (1280px at 200%)", 640, 800, False),
          ("320px (1280px at 400%, WCAG 1.4.10)", 320, 640, True)]

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

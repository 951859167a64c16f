"""Layout checks in the browser: structure, reflow, skip link, focus indicators, search (see check.py)."""

from __future__ import annotations

import json
import re
import unicodedata
import urllib.parse
import urllib.request

from browser import DESKTOP, load, run_axe
from report import Report
from website import Page

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
    if not skip_link_moves_focus(driver):
        problem("activating the skip link does not move the focus into the main element "
                "(give <main> tabindex=\"-1\")")


def skip_link_moves_focus(driver) -> bool:
    """Enter on the focused skip link; is the focus then in the main element?"""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    ActionChains(driver).send_keys(Keys.ENTER).perform()
    return driver.execute_script(
        "var m = document.querySelector('main, [role=main]');"
        "return !!m && (document.activeElement === m || m.contains(document.activeElement));")


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
    items = search_index_items(driver, url)
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


def search_index_items(driver, url: str) -> list:
    """The items of the search index that the search form on the page at `url` loads."""
    from selenium.webdriver.common.by import By

    index_url = urllib.parse.urljoin(url, driver.find_element(
        By.CSS_SELECTOR, "form[data-search-index]").get_attribute("data-search-index"))
    with urllib.request.urlopen(index_url, timeout=10) as response:
        return json.load(response).get("items", [])


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

// Search on the search page (templates/search.mustache). No dependencies, no build step.
// Contract: form[data-search-index] (the URL of zoeken/index.json, data-text-* strings),
// its input[name=q], an empty [data-search-results] and a [data-search-status] (role="status").
(function () {
  "use strict";

  var MAX = 50;
  var form = document.querySelector("form[data-search-index]");
  var input = form && form.querySelector("input[name=q]");
  var results = document.querySelector("[data-search-results]");
  var status = document.querySelector("[data-search-status]");
  if (!form || !input || !results || !status || !window.fetch) return;

  var lang = document.documentElement.lang || "nl";
  var index = null; // a promise of the folded items, fetched on the first query
  var timer = 0;
  var latest = ""; // the query last asked for, so a slow answer for an older one is dropped

  // Exactly as the build folds the index: no diacritics, lower case, a few ligatures spelled out.
  function fold(s) {
    return String(s || "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/ø/g, "o").replace(/ĳ/g, "ij");
  }

  function words(q) {
    return fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  // The translated text in data-text-<name>, with {n} and {q} filled in (as plain text).
  function text(name, values) {
    var template = form.getAttribute("data-text-" + name) || "";
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : all;
    });
  }

  function load() {
    if (!index) {
      index = fetch(form.getAttribute("data-search-index"), { headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        })
        .then(function (data) {
          if (!data || !Array.isArray(data.items)) throw new Error("no items");
          return data.items.map(function (item) {
            var terms = [].concat(item.themes || [], item.topics || []);
            return {
              item: item,
              title: fold(item.title),
              other: fold([item.summary || ""].concat(terms).join("\n")),
              text: String(item.text || "")
            };
          });
        });
      index.catch(function () { index = null; }); // a later query tries again
    }
    return index;
  }

  // Every word must occur somewhere; per word a title hit counts 3, summary or term 2, body text 1.
  function find(items, query) {
    var hits = [];
    items.forEach(function (entry) {
      var score = 0;
      for (var i = 0; i < query.length; i++) {
        var w = query[i];
        var s = entry.title.indexOf(w) >= 0 ? 3 : entry.other.indexOf(w) >= 0 ? 2 : entry.text.indexOf(w) >= 0 ? 1 : 0;
        if (!s) return;
        score += s;
      }
      hits.push({ item: entry.item, score: score });
    });
    return hits.sort(function (a, b) {
      return b.score - a.score || String(a.item.title || "").localeCompare(String(b.item.title || ""), lang);
    }).map(function (hit) { return hit.item; });
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.textContent = String(content);
    return node;
  }

  function render(found, q) {
    var list = el("ol", "search-results__list");
    found.slice(0, MAX).forEach(function (item) {
      var li = el("li", "search-result");
      var heading = el("p", "search-result__title");
      var link = el("a", null, item.title);
      link.href = item.url;
      heading.appendChild(link);
      li.appendChild(heading);
      if (item.kindLabel) li.appendChild(el("p", "search-result__kind kind-label", item.kindLabel));
      if (item.summary) li.appendChild(el("p", "search-result__summary", item.summary));
      list.appendChild(li);
    });
    results.replaceChildren.apply(results, found.length ? [list] : []);
    var n = found.length;
    var message = text(n === 0 ? "none" : n === 1 ? "one" : "results", { n: n.toLocaleString(lang), q: q });
    if (n > MAX) message += " " + text("first", { max: MAX });
    status.textContent = message;
  }

  function search(raw) {
    var q = raw.trim();
    latest = q;
    var query = words(q);
    if (!query.length) {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    if (!index && form.hasAttribute("data-text-loading")) status.textContent = text("loading", {});
    load().then(function (items) {
      if (latest === q) render(find(items, query), q);
    }, function () {
      if (latest !== q) return;
      results.replaceChildren();
      status.textContent = text("error", {});
    });
  }

  function remember(q) {
    var url = new URL(window.location.href);
    if (q.trim()) url.searchParams.set("q", q.trim());
    else url.searchParams.delete("q");
    history.replaceState(history.state, "", url);
  }

  form.hidden = false; // the form is hidden without JavaScript, where it could not work
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    search(input.value);
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();

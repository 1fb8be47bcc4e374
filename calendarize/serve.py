"""Serve an output folder on 127.0.0.1 for trying a subscription locally.

Like a static web server in front of the folder: ``.ics`` as ``text/calendar;
charset=utf-8``, ``ETag`` and ``Last-Modified`` on every file, and ``304 Not Modified``
for ``If-None-Match`` / ``If-Modified-Since`` requests that are up to date. Hidden files
(the state file, the lock) are not served.
"""

from __future__ import annotations

import email.utils
import os
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
CALENDAR_TYPE = "text/calendar; charset=utf-8"


def etag(stat: os.stat_result) -> str:
    """A validator from modification time (in nanoseconds) and size, like nginx's."""
    return f'"{stat.st_mtime_ns:x}-{stat.st_size:x}"'


class Handler(SimpleHTTPRequestHandler):
    """Static files with the calendar type and conditional requests."""

    extensions_map = {  # noqa: RUF012 - the base class's instance-level table
        **SimpleHTTPRequestHandler.extensions_map, ".ics": CALENDAR_TYPE}

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        hidden = any(part.startswith(".") for part in Path(self.path.split("?")[0]).parts)
        if hidden or not path.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        stat = path.stat()
        tag = etag(stat)
        if self._fresh(tag, stat.st_mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", tag)
            self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
            self.end_headers()
            return None
        handle = open(path, "rb")  # noqa: SIM115 - closed by the base class after copying
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(stat.st_size))
        self.send_header("Last-Modified", self.date_time_string(int(stat.st_mtime)))
        self.send_header("ETag", tag)
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        return handle

    def _fresh(self, tag: str, mtime: float) -> bool:
        """Whether the client's copy is current; If-None-Match wins (RFC 9110 13.2.2)."""
        match = self.headers.get("If-None-Match")
        if match is not None:
            tags = {t.strip().removeprefix("W/") for t in match.split(",")}
            return "*" in tags or tag in tags
        since = self.headers.get("If-Modified-Since")
        if since is None:
            return False
        try:
            when = email.utils.parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        return when is not None and int(mtime) <= when.timestamp()

    def log_message(self, format: str, *args: Any) -> None:
        if not getattr(self.server, "quiet", False):
            super().log_message(format, *args)


def make_server(folder: Path, port: int = 8000, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for ``folder`` on 127.0.0.1 (port 0: any free port); call serve_forever."""
    server = ThreadingHTTPServer((HOST, port), partial(Handler, directory=str(folder)))
    server.quiet = quiet  # type: ignore[attr-defined]
    return server

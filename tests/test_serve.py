"""`calendarize serve`: content type and conditional requests, on loopback."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from calendarize.serve import CALENDAR_TYPE, make_server

from .conftest import ROOT, SEEDS, STAMP, run


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("served")
    assert run("export", str(SEEDS), "--out", str(out), "--stamp", STAMP, "-q").exit_code == 0
    return out


@pytest.fixture(scope="module")
def port(folder: Path) -> Iterator[int]:
    server = make_server(folder, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


def get(port: int, path: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_the_feed_is_served_as_text_calendar(folder: Path, port: int) -> None:
    status, headers, body = get(port, "/calendar.ics")
    assert (status, headers["Content-Type"]) == (200, CALENDAR_TYPE)
    assert body == (folder / "calendar.ics").read_bytes()
    assert headers["ETag"].startswith('"')
    assert headers["Last-Modified"].endswith(" GMT")


def test_event_files_are_served_as_text_calendar(folder: Path, port: int) -> None:
    name = sorted(os.listdir(folder / "events"))[0]
    status, headers, _ = get(port, f"/events/{name}")
    assert (status, headers["Content-Type"]) == (200, CALENDAR_TYPE)


@pytest.mark.parametrize(("header", "value", "status"), [
    ("If-None-Match", "{etag}", 304),
    ("If-None-Match", 'W/{etag}', 304),
    ("If-None-Match", '"other", {etag}', 304),
    ("If-None-Match", "*", 304),
    ("If-None-Match", '"other"', 200),
    ("If-Modified-Since", "{modified}", 304),
    ("If-Modified-Since", "Thu, 01 Jan 2004 00:00:00 GMT", 200),
    ("If-Modified-Since", "not a date", 200),
])
def test_conditional_requests(port: int, header: str, value: str, status: int) -> None:
    _, headers, _ = get(port, "/calendar.ics")
    value = value.format(etag=headers["ETag"], modified=headers["Last-Modified"])
    got, again, body = get(port, "/calendar.ics", **{header: value})
    assert got == status
    assert again["ETag"] == headers["ETag"]
    assert (body == b"") is (status == 304)


def test_if_none_match_wins_over_if_modified_since(port: int) -> None:
    _, headers, _ = get(port, "/calendar.ics")
    status, _, _ = get(port, "/calendar.ics", **{
        "If-None-Match": '"other"', "If-Modified-Since": headers["Last-Modified"]})
    assert status == 200


def test_a_rewritten_feed_gets_a_new_etag(tmp_path: Path) -> None:
    (tmp_path / "calendar.ics").write_bytes(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    os.utime(tmp_path / "calendar.ics", (1_000_000_000, 1_000_000_000))
    server = make_server(tmp_path, 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _, first, _ = get(server.server_address[1], "/calendar.ics")
        (tmp_path / "calendar.ics").write_bytes(b"BEGIN:VCALENDAR\r\nX:1\r\nEND:VCALENDAR\r\n")
        status, second, _ = get(server.server_address[1], "/calendar.ics",
                                **{"If-None-Match": first["ETag"]})
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert status == 200
    assert second["ETag"] != first["ETag"]


@pytest.mark.parametrize("path", ["/.calendarize-state.json", "/.calendarize.lock",
                                  "/events/../.calendarize-state.json", "/missing.ics"])
def test_hidden_and_missing_files_are_not_served(port: int, path: str) -> None:
    assert get(port, path)[0] == 404


def test_the_serve_command_listens_on_loopback(folder: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "calendarize", "serve", str(folder), "--port", "0", "-q"],
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/calendar\.ics", line)
        assert found, line
        status, headers, _ = get(int(found[1]), "/calendar.ics")
        assert (status, headers["Content-Type"]) == (200, CALENDAR_TYPE)
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr:
            process.stderr.close()

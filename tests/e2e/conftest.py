"""End-to-end fixtures: the real `speelveld demo` and `speelveld serve` in subprocesses, on their
own database (SQLite file, or a fresh PostgreSQL database when the suite runs on PostgreSQL), and
real headless Chromium driven by Playwright."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

CHROMIUM = os.environ.get("SPEELVELD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = Path(__file__).parent / "screenshots"


@dataclass(frozen=True)
class DemoServer:
    url: str
    accounts: dict[str, str]  # username -> password, as printed by `speelveld demo`
    municipality_code: str
    output: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _e2e_database_url() -> str:
    """A separate database for the server under test: the test database belongs to pytest."""
    url = os.environ.get("SPEELVELD_DATABASE_URL", "")
    if not url.startswith("postgres"):
        return ""
    import psycopg

    parts = urlsplit(url)
    name = "speelveld_e2e"
    with psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        dbname="postgres",
        autocommit=True,
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _speelveld() -> list[str]:
    return [sys.executable, "-m", "speelveld.cli"]


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoServer]:
    data_dir = tmp_path_factory.mktemp("e2e-data")
    env = {
        **os.environ,
        "SPEELVELD_DATA_DIR": str(data_dir),
        "SPEELVELD_DATABASE_URL": _e2e_database_url(),
        "PYTHONUNBUFFERED": "1",
    }
    demo = subprocess.run(
        [*_speelveld(), "demo", "--no-serve", "--seed", "7"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert demo.returncode == 0, demo.stderr
    accounts = dict(
        re.findall(
            r"^\s{2}(\S+)\s+(\S+)\s+(?:beheerder|redacteur|opdrachtgever|"
            r"onderzoeker)\b",
            demo.stdout,
            flags=re.M,
        )
    )
    code = re.search(r"\b(GM\d{4})\b", demo.stdout)
    assert code, demo.stdout
    port = _free_port()
    server = subprocess.Popen(
        [*_speelveld(), "serve", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        yield DemoServer(
            url=url, accounts=accounts, municipality_code=code.group(1), output=demo.stdout
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        if server.stdout:
            server.stdout.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(f"Chromium not found at {CHROMIUM}: scripts/test installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def screenshot(page: Any, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

"""Print an HTML document to PDF with a headless Chromium found on the machine (optional)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path

from ..errors import InputError
from ..fileio import process_alive

#: Browsers tried in this order; the first one on PATH prints.
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
#: A print that takes longer than this is abandoned.
TIMEOUT_SECONDS = 120
NO_BROWSER_HINT = (
    "install Chromium (Debian/Ubuntu: apt-get install chromium), "
    "or write HTML with -o package.html and print it from a browser"
)


#: The private temporary folder of one print: "svcmatch-pdf-<pid of svcmatch>-<random>".
FOLDER_PREFIX = "svcmatch-pdf-"
_FOLDER = re.compile(re.escape(FOLDER_PREFIX) + r"(?:(\d+)-)?\w+")


def remove_stale_folders(temp: Path | None = None) -> list[Path]:
    """Remove the print folders that a killed svcmatch left (SIGKILL runs no cleanup): they hold
    a package, a person's data. Only this user's, and only those whose process is gone, or
    (a folder of an older svcmatch, or a process number used again) older than any print."""
    removed: list[Path] = []
    base = temp or Path(tempfile.gettempdir())
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = _FOLDER.fullmatch(entry.name)
        try:
            if found is None or entry.is_symlink() or entry.lstat().st_uid != os.getuid():
                continue
            old = time.time() - entry.lstat().st_mtime > 2 * TIMEOUT_SECONDS
        except OSError:
            continue
        if not old and (found.group(1) is None or process_alive(int(found.group(1)))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def find_browser() -> str | None:
    """The path of a Chromium-like browser, or None."""
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


#: Where the browser keeps files of its own outside its profile: each points into the print's
#: private folder.
_BROWSER_HOMES = ("HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


def html_to_pdf(html: str, browser: str | None = None, environment: Mapping[str, str] | None = None) -> bytes:
    """The PDF that headless Chromium prints from `html` (A4, as the page's CSS asks).

    The page and the browser profile live in a private temporary folder that is removed
    afterwards, whatever happens: the package holds a person's data. The browser is started
    without network features, resolving no host and reaching no server; the page loads
    nothing from outside. It starts from `environment` (the command line gives its own; None:
    only a PATH of the system's folders), with its home and XDG folders in the private folder.
    """
    browser = browser or find_browser()
    if browser is None:
        raise InputError("no Chromium found to print the PDF", NO_BROWSER_HINT)
    remove_stale_folders()
    with tempfile.TemporaryDirectory(prefix=f"{FOLDER_PREFIX}{os.getpid()}-") as folder:
        page, pdf = Path(folder) / "package.html", Path(folder) / "package.pdf"
        page.write_text(html, encoding="utf-8")
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            # no network: --disable-background-networking alone left Chromium looking up
            # accounts.google.com and clients2.google.com at each print. No host resolves, and
            # a request for an address goes to a closed local port (the page loads nothing).
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            f"--user-data-dir={Path(folder) / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        # the browser's own files (its crash reporter's settings and dumps, dconf's cache) go
        # into the private folder too: it wrote them into the user's home, where a dump of a
        # browser that crashed would keep the page's memory (the person's data) for good
        private = {name: str(Path(folder) / name.lower()) for name in _BROWSER_HOMES}
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                check=False,
                env={**(environment if environment is not None else {"PATH": os.defpath}), **private},
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise InputError(f"{browser} could not print the PDF ({error})", NO_BROWSER_HINT) from None
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF"):
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
            raise InputError(
                f"{browser} printed no PDF (exit {done.returncode}: {tail[0][:200]})", NO_BROWSER_HINT
            )
        return pdf.read_bytes()

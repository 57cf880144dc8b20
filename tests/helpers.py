"""What many test files share: the `svcmatch directory` command run on a folder of directories,
and such a folder made from provider records."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from svcmatch.cli import main
from svcmatch.model import provider_from_record
from svcmatch.storage import DirectoryStore


def run_directory(root: Path, *args: str, input: str | bytes | None = None) -> Result:
    """`svcmatch --directories ROOT directory ARGS...`, as a user types it (stdin from `input`)."""
    return CliRunner().invoke(main, ["--directories", str(root), "directory", *args], input=input)


def directory_folder(folder: Path, records: Iterable[Mapping[str, Any]], *, country: str = "AL") -> Path:
    """`folder` (made) holding one directory file of `country` with these provider records."""
    folder.mkdir(exist_ok=True)
    store = DirectoryStore(country, folder)
    store.create(title=f"{country} tests", author="tests")
    with store.transaction(author="tests") as transaction:
        for record in records:
            transaction.put(provider_from_record(dict(record)))
    return folder

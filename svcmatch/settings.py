"""Settings: where directories, caches and gazetteers live, how long to wait for a lock, who
writes, and which day counts as today.

One frozen object. The command line resolves it once, from its options and the environment
(`Settings.from_environment`), and passes it down; no module below the command line reads an
environment variable. A script that gives no Settings gets `Settings()`: the defaults below,
whatever the environment says.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import DataError, InputError

#: The environment variables the command line reads (docs/cli.md).
DIRECTORIES_ENV = "SVCMATCH_DIRECTORIES"
LOCK_TIMEOUT_ENV = "SVCMATCH_LOCK_TIMEOUT"
AUTHOR_ENV = "SVCMATCH_AUTHOR"
CACHE_ENV = "SVCMATCH_CACHE"
GAZETTEERS_ENV = "SVCMATCH_GAZETTEERS"
USER_AGENT_ENV = "SVCMATCH_USER_AGENT"

DEFAULT_LOCK_TIMEOUT = 30.0

#: The first day svcmatch takes as a day something happened or was checked: year 1, or a
#: spreadsheet's blank date cell (1899-12-30), is no such day.
EARLIEST_DAY = dt.date(1900, 1, 1)


def _home_folder(*parts: str) -> Path:
    return Path.home().joinpath(*parts)


@dataclass(frozen=True, slots=True)
class Settings:
    """What svcmatch needs to know about its surroundings; every field has a plain default."""

    #: The folder of directory files; None: ./directories if it is a folder, else the samples.
    directories: Path | None = None
    #: Seconds a writer waits for another writer's lock before it gives up.
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    #: Who the history names for a change; empty: the name of the user logged in.
    author: str = ""
    #: Where the online geocoder keeps its answers (nominatim.json).
    cache_folder: Path = field(default_factory=lambda: _home_folder(".cache", "svcmatch"))
    #: Where `svcmatch gazetteer build` writes, and where gazetteers are looked for after
    #: `gazetteer_folders` and before the ones shipped with svcmatch.
    data_folder: Path = field(default_factory=lambda: _home_folder(".local", "share", "svcmatch"))
    #: Further folders searched first for gazetteers.
    gazetteer_folders: tuple[Path, ...] = ()
    #: The user agent that identifies the user to Nominatim (directory geocode --online).
    user_agent: str = ""
    #: The day that counts as today; None: the calendar's.
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.lock_timeout < 1e6:
            raise InputError(
                f"lock timeout {self.lock_timeout!r} is not a number of seconds",
                f"give e.g. 30 (the default is {DEFAULT_LOCK_TIMEOUT:g})",
            )

    @classmethod
    def from_environment(cls, environ: Mapping[str, str], **options: object) -> Settings:
        """Settings from the environment (SVCMATCH_*, XDG_CACHE_HOME, XDG_DATA_HOME), with the
        command line's `options` (non-None values, by field name) taking precedence."""
        values: dict[str, object] = {}
        if environ.get(DIRECTORIES_ENV):
            values["directories"] = Path(environ[DIRECTORIES_ENV]).expanduser()
        if environ.get(LOCK_TIMEOUT_ENV, "").strip():
            values["lock_timeout"] = _seconds(environ[LOCK_TIMEOUT_ENV])
        values["author"] = environ.get(AUTHOR_ENV, "").strip()
        if environ.get(CACHE_ENV):
            values["cache_folder"] = Path(environ[CACHE_ENV]).expanduser()
        elif environ.get("XDG_CACHE_HOME"):
            values["cache_folder"] = Path(environ["XDG_CACHE_HOME"]) / "svcmatch"
        if environ.get("XDG_DATA_HOME"):
            values["data_folder"] = Path(environ["XDG_DATA_HOME"]) / "svcmatch"
        values["gazetteer_folders"] = tuple(
            Path(part).expanduser() for part in environ.get(GAZETTEERS_ENV, "").split(os.pathsep) if part
        )
        values["user_agent"] = environ.get(USER_AGENT_ENV, "").strip()
        for name, value in options.items():
            if value is None:
                continue
            if name == "directories":
                value = Path(str(value)).expanduser() if value != "" else None
            values[name] = value
        return cls(**values)  # type: ignore[arg-type]

    def with_changes(self, **values: object) -> Settings:
        return replace(self, **values)  # type: ignore[arg-type]

    @property
    def gazetteer_folder(self) -> Path:
        """Where `svcmatch gazetteer build` writes by default."""
        return self.data_folder / "gazetteers"

    @property
    def geocode_cache(self) -> Path:
        """The online geocoder's cache file."""
        return self.cache_folder / "nominatim.json"

    def author_name(self) -> str:
        """`author`, else the name of the user logged in, else "unknown"."""
        if self.author.strip():
            return self.author.strip()
        import getpass  # lazy: about 0.6 ms of every start (termios), for a write's author only

        try:
            return getpass.getuser()
        except (OSError, KeyError, ImportError):
            return "unknown"

    def today_date(self) -> dt.date:
        """`today`, else the calendar's date."""
        return self.today if self.today is not None else dt.date.today()


#: Seconds as the environment gives them: ASCII digits with a decimal point at most. Python's
#: float() also reads '1_0' (10), '1e3', '３０' and 'inf', none of which a person writes for seconds.
_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")


def _seconds(text: str) -> float:
    value = float(text.strip()) if _SECONDS.fullmatch(text.strip()) else -1.0
    if not 0 <= value < 1e6:
        raise InputError(
            f"{LOCK_TIMEOUT_ENV}={text.strip()!r} is not a number of seconds",
            f"set it to e.g. 30, or unset it for the default {DEFAULT_LOCK_TIMEOUT:g} s",
        )
    return value


# --------------------------------------------------------------------------- files others could change


def refuse_if_others_can_change(path: Path, what: str, fix: str) -> None:
    """Refuse (DataError) a file read from a folder of the settings that a user other than this
    one and root could have written or could replace: the file, a folder on the way to it, or a
    link on the way, owned by another user, or writable by other users (a group of others, or
    everyone) where no sticky bit keeps them from what is not theirs. A gazetteer another user
    planted in a shared folder named in SVCMATCH_GAZETTEERS moved a town to another region, and
    with it where she returns and which region `--avoid-region TOWN` avoids (twenty-fourth
    adversarial pass). OpenSSH's rule for its own files, and git's for a repository of another
    user; a group of the owner alone (a user private group, umask 002) is the owner's. Nothing is
    refused where the system has no owners (Windows)."""
    problem = _who_else_can_change(path)
    if problem:
        raise DataError(f"{what} {path} is not safe to read: {problem}", fix)


def _who_else_can_change(path: Path) -> str:
    """Why another user could have written `path` or could replace it; empty when none could."""
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:
        return ""
    me = geteuid()
    given = os.path.abspath(path)
    try:
        resolved = os.path.realpath(given, strict=True)
        on_the_way = [(part, os.lstat(part)) for part in _folders_up(given)]
        if resolved != given:  # a link on the way: where it leads counts too
            on_the_way += [(part, os.stat(part)) for part in _folders_up(resolved)]
    except (OSError, RuntimeError):
        return ""  # gone since it was found: its reader says so
    for part, status in on_the_way:
        named = "it" if part == given else str(part)
        if status.st_uid not in (0, me):
            return f"{named} is owned by {_user_name(status.st_uid)}"
        if stat.S_ISLNK(status.st_mode):
            continue  # a link's own bits are always rwx: its folder's are what count
        sticky = stat.S_ISDIR(status.st_mode) and status.st_mode & stat.S_ISVTX
        if status.st_mode & stat.S_IWOTH and not sticky:
            return f"every user can write {named}"
        if status.st_mode & stat.S_IWGRP and not sticky and not _owners_own_group(status):
            return f"the group {_group_name(status.st_gid)} can write {named}"
    return ""


def _folders_up(path: str) -> list[str]:
    """An absolute path, then each folder above it up to the root."""
    parts = [path]
    while (parent := os.path.dirname(parts[-1])) != parts[-1]:
        parts.append(parent)
    return parts


def _owners_own_group(status: os.stat_result) -> bool:
    """Whether a file's group is its owner's alone: the owner's primary group, with no other
    member listed."""
    import grp  # lazy: a group-writable file only
    import pwd

    try:
        owner = pwd.getpwuid(status.st_uid)
        members = grp.getgrgid(status.st_gid).gr_mem
    except KeyError:
        return False
    return owner.pw_gid == status.st_gid and set(members) <= {owner.pw_name}


def _user_name(uid: int) -> str:
    import pwd  # lazy: a refusal only

    try:
        return f"the user {pwd.getpwuid(uid).pw_name}"
    except KeyError:
        return f"the user of id {uid}"


def _group_name(gid: int) -> str:
    import grp  # lazy: a refusal only

    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)

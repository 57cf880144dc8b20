"""svcmatch: match returning victims of trafficking to service providers.

The public API, described in docs/api.md. Names are imported on first use, so that
`import svcmatch` stays cheap; type checkers see the real names through the TYPE_CHECKING block.

    >>> import svcmatch
    >>> directory = svcmatch.load_directory("AL")
    >>> result = svcmatch.match(svcmatch.Case(country="AL", to="Shkoder", needs=("shelter",)), directory)
"""

from __future__ import annotations

import importlib

#: typing.TYPE_CHECKING, without importing typing (about 4 ms) before the program pauses the
#: collector (svcmatch.__main__); type checkers take any TYPE_CHECKING as true.
TYPE_CHECKING = False

__version__ = "0.1.0"

if TYPE_CHECKING:  # type checkers see the real names; at run time __getattr__ imports each on first use
    from .errors import DataError as DataError
    from .errors import ExitCode as ExitCode
    from .errors import InputError as InputError
    from .errors import LockTimeout as LockTimeout
    from .errors import NetworkError as NetworkError
    from .errors import NotFoundError as NotFoundError
    from .errors import ReadOnlyError as ReadOnlyError
    from .errors import SvcmatchError as SvcmatchError
    from .geo import Place as Place
    from .geo import locate as locate
    from .geo import resolve_country as resolve_country
    from .matching import Case as Case
    from .matching import MatchResult as MatchResult
    from .matching import match as match
    from .model import Coverage as Coverage
    from .model import Directory as Directory
    from .model import DirectoryInfo as DirectoryInfo
    from .model import Provider as Provider
    from .model import provider_from_record as provider_from_record
    from .package import Consent as Consent
    from .package import PackageOptions as PackageOptions
    from .package import build_package as build_package
    from .package import render_package as render_package
    from .storage import DirectoryStore as DirectoryStore
    from .storage import load_directory as load_directory
    from .taxonomy import NEEDS as NEEDS
    from .taxonomy import resolve_need as resolve_need
    from .taxonomy import resolve_needs as resolve_needs

#: Public name -> module that defines it (relative to this package).
_EXPORTS: dict[str, str] = {
    # errors
    "SvcmatchError": ".errors",
    "InputError": ".errors",
    "NotFoundError": ".errors",
    "DataError": ".errors",
    "ReadOnlyError": ".errors",
    "LockTimeout": ".errors",
    "NetworkError": ".errors",
    "ExitCode": ".errors",
    # model and taxonomy
    "Provider": ".model",
    "Coverage": ".model",
    "Directory": ".model",
    "DirectoryInfo": ".model",
    "provider_from_record": ".model",
    "NEEDS": ".taxonomy",
    "resolve_needs": ".taxonomy",
    "resolve_need": ".taxonomy",
    # storage
    "load_directory": ".storage",
    "DirectoryStore": ".storage",
    # geography
    "locate": ".geo",
    "resolve_country": ".geo",
    "Place": ".geo",
    # matching and outputs
    "Case": ".matching",
    "match": ".matching",
    "MatchResult": ".matching",
    # referral package
    "PackageOptions": ".package",
    "Consent": ".package",
    "build_package": ".package",
    "render_package": ".package",
}

__all__ = ["__version__", *_EXPORTS]


if not TYPE_CHECKING:  # hidden from type checkers, so that a misspelt name is an error, not Any

    def __getattr__(name: str) -> object:
        module_name = _EXPORTS.get(name)
        if module_name is None:
            raise AttributeError(f"module 'svcmatch' has no attribute {name!r}")
        value = getattr(importlib.import_module(module_name, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)

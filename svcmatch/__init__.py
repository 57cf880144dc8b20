"""svcmatch: match returning victims of trafficking to service providers.

The public API. Names are imported lazily, so that `import svcmatch` stays cheap:

    >>> import svcmatch
    >>> directory = svcmatch.load_directory("AL")
    >>> result = svcmatch.match(svcmatch.Case(country="AL", to="Shkoder", needs=("shelter",)), directory)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

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


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'svcmatch' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

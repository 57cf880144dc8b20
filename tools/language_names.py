"""Print each language's name in itself from pycountry's ISO 639-3 translations, as the top of
svcmatch/data/language_names.txt lists them (run it to review or refresh that part).

    python tools/language_names.py
"""

from __future__ import annotations

import gettext

import pycountry


def endonyms() -> dict[str, list[str]]:
    """ISO 639-1 code -> the language's name translated into that language (when it differs)."""
    found: dict[str, list[str]] = {}
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if not code:
            continue
        try:
            catalogue = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[code])
        except OSError:
            continue
        name = catalogue.gettext(language.name)
        if name != language.name:
            found[code] = [part.strip() for part in name.split(";")]
    return found


if __name__ == "__main__":
    for code, names in sorted(endonyms().items()):
        print(f"{code}: {', '.join(names)}")

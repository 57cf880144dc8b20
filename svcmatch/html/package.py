"""The referral package as one self-contained HTML page, for print (A4) and phones."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from ..checks import is_email
from ..labels import text_direction
from ..package_words import (
    CONTACT_KEYS,
    DRAFT_MARK,
    SAMPLE_MARK,
    ProviderCard,
    Words,
    alternatives_by_need,
    consent_rows,
    directory_rows,
    field_rows,
    provider_cards,
    provider_rows,
    reply_heads,
    reply_rows,
    unmet_texts,
    warning_texts,
)
from ..render import visible

_CSS = """
/* The reply table fits its page at any width (a fixed layout: no cell widens it), and the three
   columns the partner writes in by hand get room: the date of the deadline wraps instead. */
table.reply { width: 100%; border-collapse: collapse; font-size: .85rem; break-inside: auto;
  table-layout: fixed; }
table.reply th, table.reply td { border: 1px solid #555; padding: .3rem .35rem; text-align: start;
  vertical-align: top; overflow-wrap: break-word; }
table.reply td.rid { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .7rem; }
table.reply td:nth-child(n+5) { height: 2.6rem; }
table.reply col.c-rid { width: 17%; } table.reply col.c-need { width: 14%; }
table.reply col.c-prov { width: 16%; } table.reply col.c-due { width: 14%; }
table.reply col.c-answer { width: 17%; } table.reply col.c-date { width: 10%; }
table.reply col.c-by { width: 12%; }
table.reply tr { break-inside: avoid; }
@page { size: A4; margin: 22mm 16mm 16mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
  line-height: 1.4; color: #111; background: #fff; margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem; }
h1 { font-size: 1.45rem; margin: 0 0 .4rem; }
h2 { font-size: 1.1rem; margin: 1.1rem 0 .45rem; padding-bottom: .15rem; border-bottom: 2px solid #333;
  break-after: avoid; }
h3 { font-size: 1rem; margin: 0 0 .35rem; }
dl { display: grid; grid-template-columns: minmax(7rem, 13rem) 1fr; gap: .15rem 1rem; margin: 0 0 .3rem; }
dt { font-weight: 600; color: #333; }
dd { margin: 0; overflow-wrap: anywhere; }
ul, ol { margin: .2rem 0; padding-inline-start: 1.3rem; }
a { color: #0b4f9c; }
.ref { font-family: "DejaVu Sans Mono", Consolas, monospace; display: inline-block; }
.card { border: 1px solid #aaa; border-radius: 4px; padding: .55rem .75rem; margin: .5rem 0;
  break-inside: avoid; }
.alt { margin-top: .4rem; padding-top: .35rem; border-top: 1px dashed #bbb; }
.alt-item { break-inside: avoid; }
.alt > p.muted { break-after: avoid; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 3px; font-weight: 700; }
.p-emergency { background: #a50e1f; color: #fff; }
.p-urgent { background: #c25e00; color: #fff; }
.p-normal { background: #e5e5e5; color: #111; }
.flag { display: inline-block; margin: .1rem .2rem .1rem 0; padding: .05rem .45rem;
  border: 1.5px solid #a50e1f; border-radius: 3px; color: #a50e1f; font-weight: 600; }
.alert { border: 2px solid #a50e1f; padding: .4rem .6rem; margin: .5rem 0; font-weight: 600; }
ul.alert { padding-inline-start: 1.7rem; }
.muted { color: #555; font-size: .9em; }
.draft-mark { background: #fff3cd; border: 2px solid #a50e1f; color: #a50e1f; font-weight: 700;
  text-align: center; padding: .3rem; letter-spacing: .04em; margin-bottom: .6rem; }
footer { margin-top: 1.2rem; }
.reply-wrap { overflow-x: auto; }
@media (max-width: 40rem) {
  body { font-size: 16px; padding: .75rem; }
  dl { grid-template-columns: 1fr; gap: 0; }
  dt { margin-top: .35rem; }
  table.reply th:nth-child(n+5), table.reply td:nth-child(n+5),
  table.reply col:nth-child(n+5) { display: none; }
  table.reply { font-size: .8rem; table-layout: auto; }
  table.reply col { width: auto !important; }
  table.reply th, table.reply td { padding: .25rem .2rem; }
}
/* A draft's mark sits in the head of a one-cell table: print repeats a table head on every page
   without covering the text (a fixed element would). On screens the table is plain blocks. */
.frame { width: 100%; border-collapse: collapse; }
.frame > * > tr > td { padding: 0; }
@media screen {
  .frame, .frame > thead, .frame > tbody, .frame > * > tr, .frame > * > tr > td { display: block; }
  .frame > thead { position: sticky; top: 0; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  .draft-mark { margin-bottom: 4mm; }
  table.reply { font-size: 9pt; }
  table.reply td.rid { font-size: 7.5pt; }
}
"""


def _e(value: Any) -> str:
    """A value as HTML text: control characters and bidirectional overrides made visible (they
    would reorder what a browser shows, or act on a terminal that prints the file), escaped."""
    return escape(visible(str(value)), quote=True)


def _html_value(key: str, value: str) -> str:
    """One value, escaped; phones and e-mails as tel:/mailto: links, written left to right."""
    if key == "phone":
        numbers = [part.strip() for part in _PHONE_SEPARATORS.split(value) if part.strip()]
        return " | ".join(_phone_link(number) for number in numbers) or f'<span dir="ltr">{_e(value)}</span>'
    if key == "email" and is_email(value):
        return f'<a href="mailto:{_e(value)}" dir="ltr">{_e(value)}</a>'
    if key in ("email", "website"):
        return f'<span dir="ltr">{_e(value)}</span>'
    if key == "languages":
        return _html_languages(value)
    return f"<bdi>{_e(value)}</bdi>"


#: 'الدارجة (ary), français (fr)': a language's name, then its code in brackets, then a separator
_LANGUAGE_ITEM = re.compile(r"(.+?) \(([^()]+)\)(, |، |$)")


def _html_languages(value: str) -> str:
    """The person's languages, each name isolated alone and its code after it in the page's
    direction: one isolate around the whole list took the direction of its first name, so a
    French package wrote "(ary) الدارجة" (the newcomer's 39)."""
    items = _LANGUAGE_ITEM.findall(value)
    if not items or "".join(f"{name} ({code}){sep}" for name, code, sep in items) != value:
        return f"<bdi>{_e(value)}</bdi>"  # not a list of 'name (code)': one isolate, as any value
    return "".join(
        f'<bdi>{_e(name)}</bdi> <bdi dir="ltr">({_e(code)})</bdi>{_e(sep)}' for name, code, sep in items
    )


#: What separates a record's phone numbers ("+355 4 222 333 | +355 69 234 5678"), as phones reads them.
_PHONE_SEPARATORS = re.compile(r"[|;,]")
#: A number written with digits and the marks of a phone number only (no words: 'ext. 12').
_DIALLED_AS_WRITTEN = re.compile(r"[\d\s().\-/]+")


def _phone_link(number: str) -> str:
    """One number as a tel: link to the number itself: each of a record's numbers its own link
    (two made one link, '+35522000001+355691234567'), an extension as ';ext=' (its digits were
    dialled as the number's: 'ext. 12' made +3552200000112, another subscriber), the trunk 0 of
    '+355 (0)22 ...' left out; a number read neither way is shown without a link (twenty-first
    adversarial pass)."""
    target = None
    if number.startswith("+"):
        import phonenumbers  # lazy: an HTML package only

        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is not None and phonenumbers.is_possible_number(parsed):
            target = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            target += f";ext={parsed.extension}" if parsed.extension else ""
    elif _DIALLED_AS_WRITTEN.fullmatch(number) and len(digits := re.sub(r"\D", "", number)) >= 5:
        target = digits  # a national number, dialled as written in its country
    if target is None:
        return f'<span dir="ltr">{_e(number)}</span>'
    return f'<a href="tel:{_e(target)}" dir="ltr">{_e(number)}</a>'


def _html_rows(rows: Sequence[tuple[str, str]], keys: Sequence[str] = ()) -> str:
    """A <dl> of label/value rows; `keys` (same order) name the contact fields for links."""
    items = []
    for index, (name, value) in enumerate(rows):
        key = keys[index] if index < len(keys) else ""
        items.append(f"<dt>{_e(name)}</dt><dd>{_html_value(key, value)}</dd>")
    return "<dl>" + "".join(items) + "</dl>\n"


def _html_provider(provider: Mapping[str, Any], words: Words, *, full: bool) -> str:
    contact = provider.get("contact") or {}
    keys = [k for k in CONTACT_KEYS if contact.get(k)]
    ref = f'<span class="muted ref">{_e(provider["id"])}</span>'
    parts = [
        f"<h3><bdi>{_e(provider['name'])}</bdi> {ref}</h3>",
        _html_rows(provider_rows(provider, words), keys),
    ]
    if full:
        documents = provider.get("documents_required") or ()
        if documents:
            items = "".join(f"<li><bdi>{_e(d)}</bdi></li>" for d in documents)
            parts.append(f"<dl><dt>{_e(words('documents'))}</dt><dd><ul>{items}</ul></dd></dl>")
        if provider.get("how_to_refer"):
            parts.append(_html_rows([(words("how_to_refer"), provider["how_to_refer"])]))
        warnings = warning_texts(provider, words)
        if warnings:
            parts.append(_html_rows([(words("warnings"), "; ".join(warnings))]))
    return "".join(parts)


def _html_card(card: ProviderCard, words: Words) -> str:
    """One chosen provider, once, with every need it is referred for."""
    needs = words.sep.join(
        words.need(n) + (f" ({words('chosen_by_caseworker')})" if n in card.by_caseworker else "")
        for n in card.needs
    )
    body = [
        '<section class="card">',
        f"<h3>{_e(needs)}</h3>",
        f'<p class="muted">{_e(words("referred_to"))}:</p>',
        _html_provider(card.provider, words, full=True),
    ]
    for need, note in card.notes:
        body.append(_html_rows([(words("notes_for", need=words.need(need)), note)]))
    body.append("</section>\n")
    return "".join(body)


def _html_alternatives(package: Mapping[str, Any], words: Words) -> str:
    """Per need, the alternatives with what to check; a provider already shown is named, not
    repeated."""
    parts = []
    for need, alternatives in alternatives_by_need(package, words):
        title = words("alternatives_for", need=words.need(need))
        parts.append(f'<div class="alt"><p class="muted">{_e(title)}:</p>')
        for alternative in alternatives:
            provider = alternative.provider
            parts.append(
                '<div class="alt-item">'
            )  # printed whole: not its name on one page, its phone on the next
            if alternative.seen_above:
                ref = f'<span class="muted ref">{_e(provider["id"])}</span>'
                parts.append(f"<p><bdi>{_e(provider['name'])}</bdi> {ref} — {_e(words('see_above'))}</p>")
            else:
                parts.append(_html_provider(provider, words, full=False))
            if alternative.warnings:
                parts.append(_html_rows([(words("warnings"), "; ".join(alternative.warnings))]))
            parts.append("</div>")
        parts.append("</div>\n")
    return "".join(parts)


def render_html(package: Mapping[str, Any], lang: str | None = None) -> str:
    """One self-contained HTML page (inline CSS, nothing loaded), for print (A4) and phones."""
    lang = lang or str(package.get("lang") or "en")
    words = Words(lang)
    rows = field_rows(package, words)
    head = (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}" dir="{text_direction(lang)}">\n<head>\n'
        '<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_e(words('title'))} {_e(package['case_ref'])}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
    )
    body = "".join(
        [
            _html_header(package, words, rows["header"]),
            _html_name_alert(package, words),
            _html_section(words("return"), _html_rows(rows["return"])),
            _html_section(
                words("person"),
                _html_rows(
                    rows["person"],
                    ["languages" if n == words("languages") else "" for n, _ in rows["person"]],
                ),
            ),
            _html_section(words("risk_flags"), _html_flags(package, words)),
            _html_warnings(package, words),  # the return's advisories before the services planned there
            _html_section(
                words("needs"),
                "".join(_html_card(card, words) for card in provider_cards(package))
                + _html_alternatives(package, words)
                or f"<p>{_e(words('none'))}</p>\n",
            ),
            _html_unmet(package, words),
            _html_reply(package, words),
            _html_section(words("consent"), _html_consent(package, words)),
            _html_footer(package, words),
        ]
    )
    marks = []
    if package.get("draft"):
        marks.append(_html_mark(DRAFT_MARK, words("draft_mark")))
    if (package.get("directory") or {}).get("sample"):
        marks.append(_html_mark(SAMPLE_MARK, words("sample_mark")))
    if marks:
        body = _html_marked_frame("".join(marks), body)
    return head + words.withheld(body) + "</body>\n</html>\n"


def _html_mark(english: str, local: str) -> str:
    """A mark for every printed page: the English words always (readers and tests look for them),
    the package's language beside them."""
    both = f'<span dir="ltr">{_e(english)}</span>'
    if local != english:
        both += f" · <bdi>{_e(local)}</bdi>"
    return f'<div class="draft-mark" role="alert">{both}</div>'


def _html_marked_frame(marks: str, body: str) -> str:
    """The body in a one-cell table whose head, the marks, print repeats on every page."""
    mark = marks
    return (
        f'<table class="frame" role="presentation"><thead><tr><td>{mark}</td></tr></thead>\n'
        f"<tbody><tr><td>\n{body}</td></tr></tbody></table>\n"
    )


def _html_header(package: Mapping[str, Any], words: Words, rows: Sequence[tuple[str, str]]) -> str:
    level = package["priority"]["level"]
    badge = f'<span class="badge p-{_e(level)}">{_e(rows[0][1])}</span>'
    return (
        f'<header><h1>{_e(words("title"))} <span class="ref" dir="ltr">{_e(package["case_ref"])}</span>'
        f"</h1>\n<dl><dt>{_e(rows[0][0])}</dt><dd>{badge}</dd></dl>\n{_html_rows(rows[1:])}</header>\n"
    )


def _html_section(title: str, body: str) -> str:
    return f"<section>\n<h2>{_e(title)}</h2>\n{body}</section>\n"


def _html_name_alert(package: Mapping[str, Any], words: Words) -> str:
    if not package.get("contains_name"):
        return ""
    return f'<p class="alert">{_e(words("contains_name"))}</p>\n'


def _html_flags(package: Mapping[str, Any], words: Words) -> str:
    flags = package.get("risk_flags") or ()
    if not flags:
        return f"<p>{_e(words('none'))}</p>\n"
    return "<p>" + "".join(f'<span class="flag">{_e(words.risk(f))}</span>' for f in flags) + "</p>\n"


def _html_warnings(package: Mapping[str, Any], words: Words) -> str:
    """The case's warnings from match (an advisory for the region of return, ...)."""
    warnings = warning_texts(package, words)
    if not warnings:
        return ""
    items = "".join(f"<li>{_e(w)}</li>" for w in warnings)
    return _html_section(words("warnings"), f'<ul class="alert">{items}</ul>\n')


def _html_unmet(package: Mapping[str, Any], words: Words) -> str:
    unmet = package.get("unmet") or ()
    if not unmet:
        return ""
    reasons = unmet_texts(package, words)
    items = "".join(
        f"<li>{_e(words.need(n))}" + (f": <bdi>{_e(reasons[n])}</bdi>" if reasons.get(n) else "") + "</li>"
        for n in unmet
    )
    return _html_section(words("unmet"), f'<p class="alert">{_e(words("unmet_text"))}</p><ul>{items}</ul>\n')


#: The reply table's columns, as its <col> elements name them (their widths are in _CSS)
_REPLY_COLUMNS = ("rid", "need", "prov", "due", "answer", "date", "by")


def _html_reply(package: Mapping[str, Any], words: Words) -> str:
    """The reply section: a form-like table the receiving partner fills in per referral."""
    rows = reply_rows(package, words)
    if not rows:
        return ""
    head = reply_heads(words)
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join(
        f'<tr><td dir="ltr" class="rid">{_e(rid)}</td><td>{_e(need)}</td><td>{_e(name)}</td>'
        f'<td class="due">{_e(due)}</td><td></td><td></td><td></td></tr>'
        for rid, need, name, due in rows
    )
    # on a phone the blank answer columns (for paper) are left out, and the rest scrolls in its box
    cols = "".join(f'<col class="c-{name}">' for name in _REPLY_COLUMNS)
    table = (
        f'<div class="reply-wrap"><table class="reply"><colgroup>{cols}</colgroup>'
        f"<thead><tr>{cells}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>\n"
    )
    return _html_section(words("reply"), f"<p>{_e(words('reply_text'))}</p>\n{table}")


def _html_consent(package: Mapping[str, Any], words: Words) -> str:
    consent = package.get("consent")
    if not consent:
        return f'<p class="alert">{_e(words("consent_missing"))}</p>\n'
    return _html_rows(consent_rows(consent, words))


def _html_footer(package: Mapping[str, Any], words: Words) -> str:
    directory = package["directory"]
    sample = f'<p class="alert">{_e(words("sample_data"))}</p>' if directory.get("sample") else ""
    generated = words("generated_by", version=package["generator"]["version"])
    return (
        f"<footer>\n<h2>{_e(words('directory'))}</h2>\n{sample}"
        f"{_html_rows(directory_rows(directory, words))}"
        f'<p class="muted">{_e(generated)}</p>\n</footer>\n'
    )

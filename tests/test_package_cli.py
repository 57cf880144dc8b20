"""`svcmatch package` through the CLI, and the HTML printed to PDF by headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_package import SHELTER_ADDRESS, match_document

from svcmatch.batch import KNOWN_KEYS
from svcmatch.cli import main
from svcmatch.cli.package_cmd import package as package_command
from svcmatch.matching.case import CASE_KEYS
from svcmatch.package import DRAFT_MARK, OPTION_KEYS, options_from_values

CONSENT = ["--consent-date", "2020-01-01", "--consent-recipients", "Shelter, Clinic"]


@pytest.fixture()
def saved_match(tmp_path: Path) -> Path:
    path = tmp_path / "match.json"
    path.write_text(json.dumps(match_document()), encoding="utf-8")
    return path


def run(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, ["package", *args], input=stdin)


def test_package_from_a_saved_match(saved_match: Path) -> None:
    result = run(
        "--from",
        str(saved_match),
        "--case-ref",
        "AL-7",
        "--priority",
        "emergency",
        "--format",
        "json",
        "--select",
        "shelter=al-lez-sh",
        "--risk",
        "risk_to_life",
        "--notes-for",
        "shelter=late arrival",
        "--arrival",
        "2026-03-10",
        "--met-by",
        "IOM",
        "--prepared-by",
        "Anna",
        *CONSENT,
        "--today",  # an arrival lies within a year of the package's day
        "2026-03-02",
    )
    assert result.exit_code == 0, result.output
    package = json.loads(result.stdout)  # stderr may hold notes (package.unsaid_gaps)
    assert package["case_ref"] == "AL-7" and package["priority"]["hours"] == 24
    assert package["needs"][0]["provider"]["id"] == "al-lez-sh"
    assert package["needs"][0]["notes"] == "late arrival"
    assert package["consent"]["recipients"] == ["Shelter", "Clinic"]
    assert package["return"]["arrival"] == "2026-03-10" and package["return"]["met_by"] == "IOM"


def test_consent_guard_refuses_and_writes_nothing(saved_match: Path, tmp_path: Path) -> None:
    out = tmp_path / "package.html"
    result = run("--from", str(saved_match), "--case-ref", "AL-7", "-o", str(out))
    assert result.exit_code == 2
    assert result.output.startswith("svcmatch: error: no consent recorded") and "--draft" in result.output
    assert not out.exists() and list(tmp_path.iterdir()) == [saved_match]
    out.write_text("earlier package", encoding="utf-8")
    assert run("--from", str(saved_match), "--case-ref", "AL-7", "-o", str(out)).exit_code == 2
    assert out.read_text(encoding="utf-8") == "earlier package"
    assert run("--from", str(saved_match), "--case-ref", "AL-7").stdout == ""


@pytest.mark.parametrize(
    ("suffix", "check"),
    [
        (".html", lambda text: text.startswith("<!DOCTYPE html>")),
        (".md", lambda text: text.startswith("> **DRAFT")),
        (".json", lambda text: json.loads(text)["draft"] is True),
    ],
)
def test_draft_without_consent_and_format_from_the_file_name(
    saved_match: Path, tmp_path: Path, suffix: str, check: Any
) -> None:
    out = tmp_path / f"package{suffix}"
    result = run("--from", str(saved_match), "--case-ref", "AL-7", "--draft", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert check(text) and (DRAFT_MARK in text or suffix == ".json")


def test_name_only_when_given_and_then_flagged(saved_match: Path) -> None:
    plain = run("--from", str(saved_match), "--case-ref", "AL-7", "-f", "md", *CONSENT)
    assert plain.exit_code == 0 and "contains the person" not in plain.output
    named = run(
        "--from", str(saved_match), "--case-ref", "AL-7", "-f", "json", "--name", "Drita Hoxha", *CONSENT
    )
    package = json.loads(named.stdout)
    assert package["contains_name"] is True and package["person"]["name"] == "Drita Hoxha"


def test_match_from_standard_input(saved_match: Path) -> None:
    result = run(
        "--from",
        "-",
        "--case-ref",
        "AL-7",
        "--lang",
        "ar",
        *CONSENT,
        stdin=saved_match.read_text(encoding="utf-8"),
    )
    assert result.exit_code == 0, result.output
    assert '<html lang="ar" dir="rtl">' in result.output
    assert SHELTER_ADDRESS not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--case-ref", "Drita Hoxha", "--draft"], "not a pseudonymous code"),
        (["--case-ref", "AL-7", "--draft", "--risk", "bad_luck"], "known flags: risk_to_life"),
        (["--case-ref", "AL-7", "--draft", "--select", "shelter=al-xx"], "eligible: al-shk-safe"),
        (["--case-ref", "AL-7", "--draft", "--select", "shelter"], "is not NEED=VALUE"),
        (["--case-ref", "AL-7", "--consent-date", "2026-13-01"], "not a real date"),
        (["--case-ref", "AL-7", "--consent-until", "2026-05-01"], "without a consent date"),
    ],
)
def test_bad_options_are_one_line_errors(saved_match: Path, args: list[str], message: str) -> None:
    result = run("--from", str(saved_match), *args)
    assert result.exit_code == 2
    assert result.output.startswith("svcmatch: error: ") and message in result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_bad_match_files(tmp_path: Path) -> None:
    missing = run("--from", str(tmp_path / "nope.json"), "--case-ref", "AL-7", "--draft")
    assert missing.exit_code == 2 and "cannot read" in missing.output
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    bad = run("--from", str(tmp_path / "bad.json"), "--case-ref", "AL-7", "--draft")
    assert bad.exit_code == 2 and "is not JSON" in bad.output
    (tmp_path / "other.json").write_text('{"rows": []}', encoding="utf-8")
    other = run("--from", str(tmp_path / "other.json"), "--case-ref", "AL-7", "--draft")
    assert other.exit_code == 3 and "lacks its 'case' or 'needs'" in other.output


def test_package_from_case_options_matches_the_directory(tmp_path: Path) -> None:
    out = tmp_path / "package.json"
    result = run(
        "--country",
        "AL",
        "--to",
        "Shkoder",
        "--needs",
        "shelter,doctor",
        "--sex",
        "female",
        "--age",
        "24",
        "--case-ref",
        "AL-9",
        "--draft",
        "-o",
        str(out),
    )
    assert result.exit_code == 0, result.output
    package = json.loads(out.read_text(encoding="utf-8"))
    assert package["return"]["region"] == "AL-10" and package["person"]["age"] == 24
    assert [s["need"] for s in package["needs"]] == ["shelter", "medical"]
    assert package["directory"]["country"] == "AL" and package["directory"]["version"]
    for service in package["needs"]:
        for provider in [service["provider"], *service["alternatives"]]:
            if provider["confidential_address"]:
                assert "address" not in provider["contact"] and provider["distance_km"] % 10 == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "match.json", "--country", "AL"], "--from and case options given together"),
        ([], "no case to package"),
    ],
)
def test_either_from_or_case_options(args: list[str], message: str) -> None:
    result = run(*args, "--case-ref", "AL-7", "--draft")
    assert result.exit_code == 2 and message in result.output


def test_case_ref_is_required(saved_match: Path) -> None:
    result = run("--from", str(saved_match), "--draft")
    assert result.exit_code == 2 and "--case-ref" in result.output


# --------------------------------------------------------------------------- Chromium


def pdf_page_texts(data: bytes) -> list[str]:
    """The text shown on each page of a PDF as Chromium (Skia) writes it.

    Pages name their fonts; each font's ToUnicode CMap turns the glyph codes of the page's
    (zlib-compressed) content stream back into characters. Enough for Skia's PDFs, not a
    general PDF reader.
    """
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj\s*(.*?)\s*endobj", data, re.S)}
    texts = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page\b(?!s)", body):
            continue
        fonts: dict[str, dict[str, str]] = {}
        font_dict = re.search(rb"/Font\s*<<(.*?)>>", body, re.S)
        for name, ref in re.findall(rb"/(\w+)\s+(\d+) 0 R", font_dict.group(1) if font_dict else b""):
            to_unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", objects.get(int(ref), b""))
            if to_unicode:
                fonts[name.decode()] = _cmap(_stream(objects[int(to_unicode.group(1))]))
        contents = re.search(rb"/Contents\s+(\d+) 0 R", body)
        texts.append(_shown_text(_stream(objects[int(contents.group(1))]) if contents else b"", fonts))
    return texts


def _stream(body: bytes) -> bytes:
    # The end-of-line before "endstream" stays in the group: a compressed stream may itself end
    # in a CR or LF byte, and decompressobj leaves the bytes after the zlib data unused.
    found = re.search(rb"stream\r?\n(.*?)endstream", body, re.S)
    if found is None:
        return b""
    if b"/FlateDecode" in body[: found.start()]:
        return zlib.decompressobj().decompress(found.group(1))
    return found.group(1).removesuffix(b"\n").removesuffix(b"\r")


def _cmap(text: bytes) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[src.decode().upper()] = bytes.fromhex(dst.decode()).decode("utf-16-be", "replace")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[f"{code:0{len(low)}X}"] = chr(int(dst, 16) + offset)
    return mapping


def _shown_text(stream: bytes, fonts: dict[str, dict[str, str]]) -> str:
    shown, cmap = [], {}
    for token in re.finditer(rb"/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\bET\b", stream):
        if token.group(1):
            cmap = fonts.get(token.group(1).decode(), {})
        elif token.group(2) is not None:
            codes, width = token.group(2).decode().upper(), len(next(iter(cmap), "0000"))
            shown.append("".join(cmap.get(codes[i : i + width], "") for i in range(0, len(codes), width)))
        else:
            shown.append(" ")
    return "".join(shown)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


@pytest.mark.slow
def test_html_prints_to_pdf_with_the_case_ref_and_a_draft_mark_on_every_page(
    saved_match: Path, tmp_path: Path
) -> None:
    chromium = find_chromium()
    if chromium is None:
        pytest.skip("no Chromium found (Debian: apt-get install chromium); .ci/run installs it")
    doc = match_document()
    for need in ("medical", "psychosocial", "documentation", "employment"):  # long enough for 2+ pages
        doc["needs"][need] = [dict(r, id=f"{r['id']}-{need}") for r in doc["needs"]["shelter"]]
    doc["case"]["needs"] = ["shelter", "medical", "psychosocial", "documentation", "employment"]
    doc["plan"] = []
    saved_match.write_text(json.dumps(doc), encoding="utf-8")
    html, pdf = tmp_path / "package.html", tmp_path / "package.pdf"
    result = run("--from", str(saved_match), "--case-ref", "ZX-2026-0042", "--draft", "-o", str(html))
    assert result.exit_code == 0, result.output
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert pdf.exists(), f"Chromium wrote no PDF (exit {done.returncode}): {done.stderr[-600:]}"
    data = pdf.read_bytes()
    assert b"/MediaBox [0 0 594.9" in data  # A4: 210 mm = 595 pt
    pages = pdf_page_texts(data)
    assert len(pages) >= 2
    assert "ZX-2026-0042" in pages[0]  # in the page's text, not only in the PDF's /Title
    for number, text in enumerate(pages, 1):
        assert DRAFT_MARK in text, f"page {number} has no draft mark"
        assert SHELTER_ADDRESS not in text


# --------------------------------------------------------------------------- package round 2


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_each_provider_appears_once_with_its_needs(saved_match: Path, fmt: str) -> None:
    result = run("--from", str(saved_match), "--case-ref", "AL-7", "--format", fmt, *CONSENT)
    assert result.exit_code == 0, result.output
    # The shelter is planned for shelter and medical: one card (its contact once), not two.
    assert result.stdout.count("Focal of al-shk-safe") == 1
    assert result.stdout.count("Focal of al-shk-hc") == 1  # medical's alternative, shown in full once


def test_unmet_needs_keep_their_reasons(saved_match: Path) -> None:
    doc = json.loads(saved_match.read_text())
    doc["unmet_reasons"] = {"legal": "the nearest legal provider is 140 km away, beyond the limit"}
    saved_match.write_text(json.dumps(doc), encoding="utf-8")
    package = json.loads(
        run("--from", str(saved_match), "--case-ref", "AL-7", "--format", "json", *CONSENT).stdout
    )
    assert package["unmet_reasons"] == {
        "legal": "the nearest legal provider is 140 km away, beyond the limit"
    }
    for fmt in ("html", "md"):
        text = run("--from", str(saved_match), "--case-ref", "AL-7", "--format", fmt, *CONSENT).stdout
        assert "140 km away, beyond the limit" in text


def test_a_sample_package_says_so_at_the_top(saved_match: Path) -> None:
    doc = json.loads(saved_match.read_text())
    doc["directory"]["sample"] = True
    saved_match.write_text(json.dumps(doc), encoding="utf-8")
    for fmt, title in (("html", "<h1>"), ("md", "# ")):
        text = run("--from", str(saved_match), "--case-ref", "AL-7", "--format", fmt, *CONSENT).stdout
        assert text.index("SAMPLE DATA — FICTIONAL PROVIDERS") < text.index(title)


def test_pdf_is_written_only_as_pdf(saved_match: Path, tmp_path: Path) -> None:
    wrong = run(
        "--from",
        str(saved_match),
        "--case-ref",
        "AL-7",
        "--format",
        "html",
        "-o",
        str(tmp_path / "x.pdf"),
        *CONSENT,
    )
    assert wrong.exit_code == 2 and "--format pdf" in wrong.stderr and not (tmp_path / "x.pdf").exists()
    no_file = run("--from", str(saved_match), "--case-ref", "AL-7", "--format", "pdf", *CONSENT)
    assert no_file.exit_code == 2 and "-o package.pdf" in no_file.stderr


def test_pdf_without_a_browser_is_refused_with_the_fix(
    saved_match: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no chromium on this PATH
    out = tmp_path / "p.pdf"
    result = run("--from", str(saved_match), "--case-ref", "AL-7", "-o", str(out), *CONSENT)
    assert (
        result.exit_code == 2
        and "no Chromium found" in result.stderr
        and "apt-get install chromium" in result.stderr
    )
    assert not out.exists()


@pytest.mark.slow
def test_pdf_format_prints_a_real_pdf_with_the_sample_mark_on_every_page(
    saved_match: Path, tmp_path: Path
) -> None:
    from svcmatch.html.pdf import find_browser

    if find_browser() is None:
        pytest.skip("no Chromium found (Debian: apt-get install chromium); .ci/run installs it")
    doc = match_document()
    for need in ("psychosocial", "documentation", "employment", "education"):  # long enough for 2+ pages
        doc["needs"][need] = [dict(r, id=f"{r['id']}-{need}") for r in doc["needs"]["shelter"]]
    doc["case"]["needs"] = ["shelter", "medical", "psychosocial", "documentation", "employment", "education"]
    doc["directory"]["sample"] = True
    saved_match.write_text(json.dumps(doc), encoding="utf-8")
    pdf = tmp_path / "package.pdf"
    result = run("--from", str(saved_match), "--case-ref", "ZX-2026-0042", "-o", str(pdf), *CONSENT)
    assert result.exit_code == 0, result.output
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    pages = pdf_page_texts(data)
    assert len(pages) >= 2
    for number, text in enumerate(pages, 1):
        assert "SAMPLE DATA" in text, f"page {number} has no sample mark"
        assert SHELTER_ADDRESS not in text


def test_one_list_of_package_options_for_the_command_the_api_and_batch() -> None:
    # The command's own options, less the case, where the match comes from and where it goes.
    others = {*CASE_KEYS, "case_file", "from_file", "weights_file", "fmt", "output", "force", "today", "name"}
    assert {p.name for p in package_command.params} - others == set(OPTION_KEYS)
    assert set(OPTION_KEYS) <= KNOWN_KEYS  # batch --packages takes each as a column
    options_from_values(dict.fromkeys(OPTION_KEYS, ""))  # and the API knows each


def test_o_keeps_a_package_written_earlier_unless_force(tmp_path: Path) -> None:
    """Issue 14 item 10: an existing package file is replaced only with --force."""
    target = tmp_path / "package.html"
    target.write_text("the package sent last week", encoding="utf-8")
    args = ["--country", "AL", "--to", "Shkoder", "--needs", "shelter", "--sex", "female", "--age", "24"]
    refused = run(*args, "--case-ref", "AL-1", "--draft", "-o", str(target))
    assert refused.exit_code == 2
    assert "exists already" in refused.output and "--force" in refused.output
    assert target.read_text(encoding="utf-8") == "the package sent last week"
    replaced = run(*args, "--case-ref", "AL-1", "--draft", "-o", str(target), "--force")
    assert replaced.exit_code == 0, replaced.output
    assert "<html" in target.read_text(encoding="utf-8")

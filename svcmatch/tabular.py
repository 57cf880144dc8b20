"""The spreadsheet template: read and write providers as CSV, XLSX and JSON rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Provider


@dataclass(frozen=True)
class RowProblem:
    """One problem with one cell or row of an input file.

    `row` is the spreadsheet row number (the header is row 1) or None when the problem is not
    tied to a row; `record` is the id of the record concerned, when there is one. An "error"
    refuses the row; a "note" is reported only.
    """

    row: int | None
    record: str | None
    field: str | None
    value: str | None
    message: str
    severity: str = "error"

    def describe(self) -> str:
        """One line: 'row 4, column latitude, value "91,5": latitude is outside -90..90'."""
        parts: list[str] = []
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.record:
            parts.append(f"record {self.record}")
        if self.field:
            parts.append(f"column {self.field}")
        if self.value is not None:
            parts.append(f"value {self.value!r}")
        where = ", ".join(parts)
        return f"{where}: {self.message}" if where else self.message


@dataclass
class ReadResult:
    """What reading an input file gave: the providers, the problems found, and notes."""

    providers: list[Provider] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

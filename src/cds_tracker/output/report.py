"""A command's answer as a value: what it says to people (blocks) and to machines (data).

Command functions build a `Report`; `output.emit` turns it into a table on a screen, Markdown,
JSON or CSV; only the CLI prints what the emitter makes. Nothing here formats or prints.

The blocks and the report are named tuples: every query imports them, and a tuple class costs a
fraction of a dataclass to make at import (no methods compiled), the most of a warm `cds due`
(issue 14). Nothing compares two reports (their `excel` is a function).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cds_tracker.core.tuples import Record
from cds_tracker.output.words import Lang, label


class Column(Record):
    key: str
    vi: str
    en: str
    ratio: int | None = None  # share of the spare width; wraps instead of being cut
    no_wrap: bool = False
    under: bool = False  # on a screen, its text goes on lines of their own under the row
    # on a narrow screen (screen.NARROW) its text goes under the row, leaving its width to the
    # main column (a unit's code, which never breaks, left the name a few letters a line)
    spare: bool = False

    @classmethod
    def labelled(cls, key: str, word: str, **options: Any) -> Column:
        """A column whose header is the catalogue's `word` (words.label)."""
        return cls(key, label(word, "vi"), label(word, "en"), **options)

    def header(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.vi


class Line(Record):
    """A line of text: a title (bold on screens, **bold** or a ## heading in Markdown)."""

    text: str = ""
    bold: bool = False
    heading: bool = False


class Grid(Record):
    """Label/value pairs: one thing in full (`cds show`)."""

    pairs: tuple[tuple[str, str], ...]


class Table(Record):
    """Rows of localised cells under a title; `details` are long values shown under their row."""

    columns: tuple[Column, ...]
    rows: tuple[dict[str, str], ...]
    lang: Lang
    title: str | None = None
    empty: str | None = None  # said instead of an empty table; None: show the empty table
    statuses: tuple[str, ...] = ()  # each row's status code, for its colour
    details: tuple[tuple[str, ...], ...] = ()  # each row's long values, one line each
    details_in: str = "status"  # the column that holds them where rows cannot (Markdown)
    footer: tuple[str, ...] = ()
    compact: bool = False  # rows of one line each (counts): no rule between them
    # Tables of one answer with the same key are laid out as one on a screen (the same columns
    # and widths: `late --by-unit`'s block per unit)
    together: str = ""


Block = Line | Grid | Table


class Report(Record):
    """What a command answers.

    `blocks` for people (table and Markdown), `markdown` when the Markdown form differs from the
    screen's, `data` for JSON, `csv_columns` the command's stable CSV columns (None: the command
    has no CSV form; else `data` is a list of records, one CSV row each), `excel` the same rows
    in words for the CSV for Excel.
    """

    blocks: tuple[Block, ...]
    data: Any = None
    csv_columns: tuple[str, ...] | None = None
    markdown: tuple[Block, ...] | None = None
    command: str = ""
    # The CSV for Excel (--excel): the headers and the rows in words (output.excel_rows), over
    # the same columns; made only when asked for.
    excel: Callable[[], tuple[list[str], list[dict[str, str]]]] | None = None
    # The machine CSV's records where they differ from `data` (a figure not counted said in
    # words in its cell, output/figures.py `values_cell`); None: `data`
    csv_data: Any = None


class Document(Record):
    """A finished text to print (its control characters shown, `sanitize.visible`): urging
    notes, what an export or a write did."""

    text: str

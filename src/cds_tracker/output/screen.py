"""Where tables and lines go: rich on a terminal, plain text when piped or redirected.

Piped output is for files, e-mail and other programs: an ASCII frame, no escape codes, wrapped to
$COLUMNS (80 by default) and written without loading rich, which also keeps a big listing fast.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from cds_tracker.output.tables import Column
    from cds_tracker.output.words import Lang

STATUS_STYLES = {
    "late": "bold red",
    "done": "green",
    "done_late": "yellow",
    "in_progress": "cyan",
    "not_started": "",
    "ongoing": "blue",
    "unreported": "magenta",
}


class Screen(Protocol):
    def line(self, text: str = "", *, bold: bool = False) -> None: ...

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[dict[str, str]],
        lang: Lang,
        statuses: Sequence[str] = (),
    ) -> None: ...

    def grid(self, pairs: Sequence[tuple[str, str]]) -> None: ...


def is_terminal() -> bool:
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def screen() -> Screen:
    return RichScreen() if is_terminal() else PlainScreen()


class RichScreen:
    def __init__(self) -> None:
        from cds_tracker.output.emit import console

        self.out = console()

    def line(self, text: str = "", *, bold: bool = False) -> None:
        from rich.text import Text

        # Text, not markup: a "[...]" in someone's note must print as typed.
        self.out.print(Text(text, style="bold" if bold else ""))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[dict[str, str]],
        lang: Lang,
        statuses: Sequence[str] = (),
    ) -> None:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        table = Table(box=box.ROUNDED, show_lines=True, header_style="bold", expand=True)
        for column in columns:
            table.add_column(
                column.header(lang), ratio=column.ratio, no_wrap=column.no_wrap, overflow="fold"
            )
        for i, row in enumerate(rows):
            style = STATUS_STYLES.get(statuses[i], "") if i < len(statuses) else ""
            table.add_row(*(Text(row[c.key]) for c in columns), style=style or None)
        self.out.print(table)

    def grid(self, pairs: Sequence[tuple[str, str]]) -> None:
        from rich.table import Table
        from rich.text import Text

        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for key, value in pairs:
            grid.add_row(Text(key), Text(value))
        self.out.print(grid)


class PlainScreen:
    def __init__(self) -> None:
        self.width = max(40, shutil.get_terminal_size((80, 24)).columns)
        self.write = sys.stdout.write

    def line(self, text: str = "", *, bold: bool = False) -> None:
        self.write(text + "\n")

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[dict[str, str]],
        lang: Lang,
        statuses: Sequence[str] = (),
    ) -> None:
        self.write(plain_table(columns, rows, lang, self.width))

    def grid(self, pairs: Sequence[tuple[str, str]]) -> None:
        key_width = max((cell_len(k) for k, _ in pairs), default=0)
        value_width = max(20, self.width - key_width - 2)
        out = []
        for key, value in pairs:
            lines = _wrap(value, value_width)
            out.append(f"{_pad(key, key_width)}  {lines[0]}")
            out += [f"{' ' * key_width}  {line}" for line in lines[1:]]
        self.write("\n".join(out) + "\n")


def cell_len(text: str) -> int:
    """Columns a string takes in a terminal: wide East Asian characters and emoji count two."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(paragraph, width, break_long_words=True, break_on_hyphens=False) or [
            ""
        ]
    return lines or [""]


def _longest_word(text: str) -> int:
    return max((cell_len(word) for word in text.split()), default=0)


def column_widths(
    natural: list[int], minimum: list[int], ratios: list[int | None], available: int
) -> list[int]:
    """Natural widths when they fit; else the wrapping columns share what is left by ratio."""
    if sum(natural) <= available:
        return natural
    widths = list(natural)
    flexible = [i for i, r in enumerate(ratios) if r]
    fixed = sum(widths[i] for i in range(len(widths)) if i not in flexible)
    space = available - fixed
    pending = list(flexible)
    while pending:  # columns that need less than their share give the rest to the others
        total = sum(ratios[i] or 0 for i in pending)
        share = {i: max(minimum[i], space * (ratios[i] or 0) // total) for i in pending}
        settled = [i for i in pending if natural[i] <= share[i]]
        if not settled:
            for i in pending:
                widths[i] = max(4, share[i])
            break
        for i in settled:
            widths[i] = natural[i]
            space -= natural[i]
            pending.remove(i)
    # Still too wide: narrow the widest columns, down to their longest word, then below it.
    for floor in (minimum, [4] * len(widths)):
        while sum(widths) > available:
            candidates = [i for i in range(len(widths)) if widths[i] > floor[i]]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: widths[i])
            widths[widest] -= 1
    return widths


def plain_table(
    columns: Sequence[Column], rows: Sequence[dict[str, str]], lang: Lang, width: int
) -> str:
    headers = [c.header(lang) for c in columns]
    body = [[row[c.key] for c in columns] for row in rows]
    natural, minimum = [], []
    for i, column in enumerate(columns):
        texts = [headers[i], *(cells[i] for cells in body)]
        natural.append(max(cell_len(line) for text in texts for line in text.split("\n")))
        minimum.append(
            natural[-1]
            if column.no_wrap
            else min(natural[-1], max(_longest_word(t) for t in texts))
        )
    widths = column_widths(
        natural, minimum, [c.ratio for c in columns], width - 3 * len(columns) - 1
    )
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    between = "|" + "+".join("-" * (w + 2) for w in widths) + "|"

    def render(cells: list[str]) -> list[str]:
        wrapped = [_wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in wrapped)
        return [
            "| "
            + " | ".join(
                _pad(lines[k] if k < len(lines) else "", w)
                for lines, w in zip(wrapped, widths, strict=True)
            )
            + " |"
            for k in range(height)
        ]

    out = [rule, *render(headers)]
    for cells in body:
        out.append(between)
        out += render(cells)
    out.append(rule)
    return "\n".join(out) + "\n"

"""Tables and lines for a terminal: one layout, drawn in plain text or with rich's colours.

The layout fits any width from 40 columns up: no column is narrower than its header word or 12
characters (or its whole text, if shorter); when the columns cannot all fit, the last wrapping
columns move out of the table onto lines of their own under each row ("Header: text"), as do
long values (indicator readings, a progress entry's note). Every text passes `sanitize.visible`
here, the one place terminal output is made.

Piped output (a file, e-mail, another program) is drawn in ASCII without escape codes and
without loading rich, which also keeps a big listing fast; a terminal gets rounded box lines and
each row in its status's colour.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cds_tracker.output.sanitize import visible

if TYPE_CHECKING:
    from rich.console import Console

    from cds_tracker.output.report import Block, Column, Table
    from cds_tracker.output.words import Lang

MIN_COLUMN = 12


@dataclass(frozen=True)
class Box:
    top: tuple[str, str, str, str]  # left, line, between columns, right
    between: tuple[str, str, str, str]
    bottom: tuple[str, str, str, str]
    side: str


ASCII = Box(("+", "-", "+", "+"), ("|", "-", "+", "|"), ("+", "-", "+", "+"), "|")
ROUNDED = Box(("╭", "─", "┬", "╮"), ("├", "─", "┼", "┤"), ("╰", "─", "┴", "╯"), "│")


def is_terminal() -> bool:
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


def console(*, stderr: bool = False) -> Console:
    """A console that is plain (no colour, no ANSI) when piped or when NO_COLOR is set."""
    from rich.console import Console

    if os.environ.get("NO_COLOR"):  # https://no-color.org: no escape codes at all
        return Console(stderr=stderr, highlight=False, soft_wrap=False, color_system=None)
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def draw(blocks: Sequence[Block]) -> str:
    """The blocks as the terminal shows them (with colours) or a pipe receives them (plain)."""
    if not is_terminal():
        width = max(40, shutil.get_terminal_size((80, 24)).columns)
        return "".join(_block_lines(block, width, ASCII) for block in blocks)
    return _draw_rich(blocks)


def _draw_rich(blocks: Sequence[Block]) -> str:
    from rich.text import Text

    from cds_tracker.output.report import Grid, Line
    from cds_tracker.output.styles import STYLES

    out = console()
    width = max(40, out.width)
    with out.capture() as captured:
        for block in blocks:
            if isinstance(block, Line):
                out.print(Text(visible(block.text), style="bold" if block.bold else ""))
            elif isinstance(block, Grid):
                for line, key in grid_lines(block.pairs, width):
                    out.print(Text.assemble((line[:key], "bold"), line[key:]), soft_wrap=True)
                out.print()
            else:
                if block.title:
                    out.print(Text(visible(block.title), style="bold"))
                if block.rows or block.empty is None:
                    for line, row in table_lines(block, width, ROUNDED):
                        style = "bold" if row == -1 else ""
                        if row >= 0 and row < len(block.statuses):
                            style = STYLES[block.statuses[row]].rich
                        out.print(Text(line, style=style), soft_wrap=True)  # laid out here
                else:
                    out.print(Text(visible(block.empty)))
                for line in block.footer:
                    out.print(Text(visible(line)))
    return captured.get()


def _block_lines(block: Block, width: int, box: Box) -> str:
    from cds_tracker.output.report import Grid, Line

    def wrapped(text: str) -> list[str]:
        return _wrap(visible(text), width)

    if isinstance(block, Line):
        return "".join(line + "\n" for line in wrapped(block.text))
    if isinstance(block, Grid):
        return "".join(line + "\n" for line, _ in grid_lines(block.pairs, width)) + "\n"
    lines = wrapped(block.title) if block.title else []
    if block.rows or block.empty is None:
        lines += [line for line, _ in table_lines(block, width, box)]
    else:
        lines += wrapped(block.empty)
    lines += [line for text in block.footer for line in wrapped(text)]
    return "".join(line + "\n" for line in lines)


def grid_lines(pairs: Sequence[tuple[str, str]], width: int) -> list[tuple[str, int]]:
    """'Label  value' lines, values wrapped beside their labels; with each line's label width."""
    shown = [(visible(k), visible(v)) for k, v in pairs]
    key_width = max((cell_len(k) for k, _ in shown), default=0)
    if width - key_width - 2 < 20:  # long labels: the value goes under its label
        out: list[tuple[str, int]] = []
        for key, value in shown:
            out += [(line, len(line)) for line in _wrap(key, width)]
            out += [("  " + line, 0) for line in _wrap(value, width - 2)]
        return out
    value_width = width - key_width - 2
    out = []
    for key, value in shown:
        lines = _wrap(value, value_width)
        out.append((f"{_pad(key, key_width)}  {lines[0]}", len(key)))
        out += [(f"{' ' * key_width}  {line}", 0) for line in lines[1:]]
    return out


# Characters one column wide and never combining: Latin (with Vietnamese's precomposed letters),
# general punctuation (— …), arrows, box drawing and block elements. Text made only of them — all
# Vietnamese text — is measured by its length, without a lookup per character.
_NARROW = re.compile(
    "[\x00-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f]*"
)


def cell_len(text: str) -> int:
    """Columns a string takes in a terminal: wide East Asian characters and emoji count two."""
    if text.isascii() or _NARROW.fullmatch(text):
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
        wrapped = textwrap.wrap(paragraph, width, break_long_words=True, break_on_hyphens=False)
        lines += [_cut(line, width) for line in wrapped] or [""]
    return lines or [""]


def _cut(line: str, width: int) -> str:
    """A line textwrap thought fits (it counts characters) cut to `width` terminal columns."""
    return line if cell_len(line) <= width else _cut(line[:-1], width)


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
    # Still too wide: narrow the widest columns, down to their floor, then below it.
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
    """A table in ASCII at `width` columns (for pipes, files and tests)."""
    from cds_tracker.output.report import Table

    table = Table(tuple(columns), tuple(rows), lang, empty=None)
    return "".join(line + "\n" for line, _ in table_lines(table, width, ASCII))


def _split(table: Table, width: int) -> tuple[list[Column], list[Column]]:
    """The columns shown as columns, and those whose text goes under each row."""
    shown = [c for c in table.columns if not c.under]
    under = [c for c in table.columns if c.under]
    floors = {}
    for column in shown:
        header = cell_len(column.header(table.lang))
        natural = max(
            [header]
            + [cell_len(line) for row in table.rows for line in row[column.key].split("\n")]
        )
        floors[column.key] = natural if column.no_wrap else min(natural, max(header, MIN_COLUMN))
    while len(shown) > 1 and sum(floors[c.key] for c in shown) + 3 * len(shown) + 1 > width:
        # The first wrapping column after the first is the row's main text: it stays; the other
        # wrapping columns go first, from the right, then the narrow ones from the right.
        wrapping = [c for c in shown[1:] if c.ratio]
        moved = wrapping[-1] if len(wrapping) > 1 else shown[-1]
        under.insert(0, moved)
        shown.remove(moved)
    return shown, under


def table_lines(table: Table, width: int, box: Box) -> list[tuple[str, int]]:
    """The table's lines, each with its row's index (-1 the header, -2 a rule)."""
    shown, under = _split(table, width)
    lang = table.lang
    headers = [visible(c.header(lang)) for c in shown]
    body = [[visible(row[c.key]) for c in shown] for row in table.rows]
    natural, minimum = [], []
    for i, column in enumerate(shown):
        texts = [headers[i], *(cells[i] for cells in body)]
        natural.append(max(cell_len(line) for text in texts for line in text.split("\n")))
        floor = max(cell_len(headers[i]), MIN_COLUMN)
        minimum.append(natural[-1] if column.no_wrap else min(natural[-1], floor))
    widths = column_widths(natural, minimum, [c.ratio for c in shown], width - 3 * len(shown) - 1)
    inner = sum(widths) + 3 * (len(widths) - 1)

    def rule(parts: tuple[str, str, str, str]) -> str:
        left, line, cross, right = parts
        return left + cross.join(line * (w + 2) for w in widths) + right

    def render(cells: list[str]) -> list[str]:
        wrapped = [_wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
        height = max(len(lines) for lines in wrapped)
        return [
            f"{box.side} "
            + f" {box.side} ".join(
                _pad(lines[k] if k < len(lines) else "", w)
                for lines, w in zip(wrapped, widths, strict=True)
            )
            + f" {box.side}"
            for k in range(height)
        ]

    def below(number: int) -> list[str]:
        row = table.rows[number]
        texts = [  # a column moved for want of width is labelled with its header
            visible(row[c.key]) if c.under else f"{visible(c.header(lang))}: {visible(row[c.key])}"
            for c in under
            if row[c.key]
        ]
        if number < len(table.details):
            texts += [visible(line) for line in table.details[number]]
        return [
            f"{box.side} {_pad(line, inner)} {box.side}"
            for text in texts
            for line in _wrap(text, inner)
        ]

    out = [(rule(box.top), -2), *((line, -1) for line in render(headers))]
    for number, cells in enumerate(body):
        out.append((rule(box.between), -2))
        out += [(line, number) for line in render(cells) + below(number)]
    out.append((rule(box.bottom), -2))
    return out

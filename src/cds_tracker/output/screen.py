"""Tables and lines for a terminal: one layout, drawn in plain text or in colour.

The layout fits any width from 40 columns up: no column is narrower than its header word, 12
characters or its longest word (or its whole text, if shorter); a line breaks between words or
after the dash of a date range, never inside a date or a code, and a cell holding a word wider
than 30 characters goes under its row; when the columns cannot all fit, the last wrapping
columns move out of the table onto lines of their own under each row ("Header: text"), as do
long values (indicator readings, a progress entry's note). Every text passes `sanitize.visible`
here, the one place terminal output is made.

Piped output (a file, e-mail, another program) is drawn in ASCII without escape codes; a terminal
gets rounded box lines and each row in its status's colour, written as the few escape codes
(`paint`) those styles need. rich drew the terminal's tables before: importing and setting it up
cost more than the rest of a warm `cds due` (issue 14), for the same lines.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.tuples import Record
from cds_tracker.output.sanitize import visible

if TYPE_CHECKING:
    from cds_tracker.output.report import Block, Column, Table
    from cds_tracker.output.words import Lang

MIN_COLUMN = 12
NARROW = 100  # a screen narrower than this shows a table's `spare` columns under each row


class Box(Record):
    top: tuple[str, str, str, str]  # left, line, between columns, right
    between: tuple[str, str, str, str]
    bottom: tuple[str, str, str, str]
    side: str


ASCII = Box(("+", "-", "+", "+"), ("|", "-", "+", "|"), ("+", "-", "+", "+"), "|")
ROUNDED = Box(("╭", "─", "┬", "╮"), ("├", "─", "┼", "┤"), ("╰", "─", "┴", "╯"), "│")


def is_terminal() -> bool:
    return sys.stdout.isatty() or bool(os.environ.get("FORCE_COLOR"))


# Select Graphic Rendition codes (ECMA-48) of the few styles a screen uses: the codes rich wrote
# for them. A table is laid out here whole, so colouring its lines needs no more than this.
_SGR = {
    "bold": "1",
    "dim": "2",
    "strike": "9",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}


def in_colour() -> bool:
    """Colours on a terminal, unless NO_COLOR (https://no-color.org) or a terminal that shows
    escape codes as text (TERM=dumb) says otherwise."""
    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") not in ("dumb", "unknown")


def paint(text: str, style: str) -> str:
    """`text` in `style` ("bold red"): the codes, the text, and a reset."""
    codes = ";".join(_SGR[word] for word in style.split())
    return f"\x1b[{codes}m{text}\x1b[0m" if codes and text else text


def draw(blocks: Sequence[Block]) -> str:
    """The blocks as the terminal shows them (rounded lines, each row in its status's colour) or
    a pipe receives them (ASCII, no escape codes): one layout either way."""
    width = max(40, shutil.get_terminal_size((80, 24)).columns)
    layouts = _shared_layouts(blocks, width)
    if not is_terminal():
        return "".join(
            _block_lines(block, width, ASCII, colour=False, layouts=layouts) for block in blocks
        )
    colour = in_colour()
    return "".join(_block_lines(block, width, ROUNDED, colour, layouts) for block in blocks)


Layout = tuple[list[int], list[int]]  # the indexes of the columns shown, and their widths


def _shared_layouts(blocks: Sequence[Block], width: int) -> dict[str, Layout]:
    """One layout for the tables of one answer that share a `together` key (`late --by-unit`:
    a block per unit): the columns and widths their rows need all together, so every block
    shows the same columns, in the same order, at the same widths."""
    from cds_tracker.output.report import Table

    rows: dict[str, list[dict[str, str]]] = {}
    first: dict[str, Table] = {}
    for block in blocks:
        if isinstance(block, Table) and block.together:
            first.setdefault(block.together, block)
            rows.setdefault(block.together, []).extend(block.rows)
    return {
        key: layout(table._replace(rows=tuple(rows[key])), width) for key, table in first.items()
    }


def _block_lines(
    block: Block, width: int, box: Box, colour: bool, layouts: dict[str, Layout] | None = None
) -> str:
    """The block's lines; in colour, headings and headers bold, each row in its status's style."""
    from cds_tracker.output.report import Grid, Line

    def styled(line: str, style: str) -> str:
        return (paint(line, style) if colour else line) + "\n"

    def wrapped(text: str, style: str = "") -> str:
        return "".join(styled(line, style) for line in wrap(visible(text), width))

    if isinstance(block, Line):
        return wrapped(block.text, "bold" if block.bold else "")
    if isinstance(block, Grid):  # the label in bold, its value plain
        lines = grid_lines(block.pairs, width)
        bold = (lambda text: paint(text, "bold")) if colour else str
        return "".join(f"{bold(line[:key])}{line[key:]}\n" for line, key in lines) + "\n"
    out = wrapped(block.title, "bold") if block.title else ""
    if block.rows or block.empty is None:
        styles = _row_styles(block.statuses) if colour else []
        shared = (layouts or {}).get(block.together) if block.together else None
        for line, row in table_lines(block, width, box, shared):  # row -1 header, -2 rule
            style = "bold" if row == -1 else ""
            if 0 <= row < len(styles):
                style = styles[row]
            out += styled(line, style)
    else:
        out += wrapped(block.empty)
    return out + "".join(wrapped(text) for text in block.footer)


def _row_styles(statuses: Sequence[str]) -> list[str]:
    from cds_tracker.output.styles import STYLES  # colours only: a pipe does without

    return [STYLES[status].ansi for status in statuses]


def grid_lines(pairs: Sequence[tuple[str, str]], width: int) -> list[tuple[str, int]]:
    """'Label  value' lines, values wrapped beside their labels; with each line's label width."""
    shown = [(visible(k), visible(v)) for k, v in pairs]
    key_width = max((cell_len(k) for k, _ in shown), default=0)
    if width - key_width - 2 < 20:  # long labels: the value goes under its label
        out: list[tuple[str, int]] = []
        for key, value in shown:
            out += [(line, len(line)) for line in wrap(key, width)]
            out += [("  " + line, 0) for line in wrap(value, width - 2)]
        return out
    value_width = width - key_width - 2
    out = []
    for key, value in shown:
        lines = wrap(value, value_width)
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


# A line breaks between words, and inside a word only after an en dash, so a date range
# "15/10/2023–14/11/2023" may end one line and begin the next; a date, a unit's code
# ("phong-tai-chinh-ke-hoach") or a target's code ("III.4") is never split.
BREAKS = "–"
# The longest word a column widens for; a cell with a longer one goes under its row.
LONGEST_WORD = 30


def pieces(word: str, breaks: str = BREAKS) -> list[str]:
    """A word's unbreakable pieces: split after each of `breaks` ('a–b' → 'a–', 'b')."""
    if not any(mark in word for mark in breaks):  # most words: no regular expression to run
        return [word]
    return re.findall(f"[^{re.escape(breaks)}]*[{re.escape(breaks)}]|[^{re.escape(breaks)}]+", word)


def longest_piece(text: str) -> int:
    """The width of the widest piece a line of `text` must hold whole."""
    if not any(mark in text for mark in BREAKS) and (text.isascii() or _NARROW.fullmatch(text)):
        return max(map(len, text.split()), default=0)  # most cells: its words, each narrow
    return max((cell_len(p) for word in text.split() for p in pieces(word)), default=0)


def wrap(text: str, width: int, breaks: str = BREAKS) -> list[str]:
    """`text` in lines of at most `width` columns, each paragraph on lines of its own, breaking
    between words or after one of `breaks`; only a piece wider than `width` is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += _wrap_paragraph(paragraph, width, breaks) or [""]
    return lines or [""]


def _wrap_paragraph(paragraph: str, width: int, breaks: str) -> list[str]:
    if paragraph.isprintable():  # its only spaces are " ": when it fits, it is its one line
        whole = paragraph.rstrip(" ")
        if cell_len(whole) <= width:
            return [whole] if whole else []
    out: list[str] = []
    line, used = "", 0
    for space, word in re.findall(r"(\s*)(\S+)", paragraph):
        for number, piece in enumerate(pieces(word, breaks)):
            size = cell_len(piece)
            gap = 0 if number else len(space)  # the spaces before a word as written
            if used + gap + size <= width:
                line, used = line + " " * gap + piece, used + gap + size
                continue
            if line:
                out.append(line)
            while size > width:  # wider than a whole line: cut it, there is no better place
                head = _cut(piece, width)
                out.append(head)
                piece = piece[len(head) :]
                size = cell_len(piece)
            line, used = piece, size
    if line:
        out.append(line)
    return out


def _cut(line: str, width: int) -> str:
    """The longest start of `line` that fits in `width` terminal columns (at least a character)."""
    head = line[:width]
    while len(head) > 1 and cell_len(head) > width:
        head = head[:-1]
    return head


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


def _measure(header: str, texts: Sequence[str], no_wrap: bool) -> tuple[int, int]:
    """A column's natural width (its longest line) and its floor: no narrower than its header,
    12 characters and its longest word (up to LONGEST_WORD), unless its whole text is narrower."""
    natural = max(cell_len(line) for text in (header, *texts) for line in text.split("\n"))
    if no_wrap:
        return natural, natural
    word = min(LONGEST_WORD, max(longest_piece(text) for text in (header, *texts)))
    return natural, min(natural, max(cell_len(header), MIN_COLUMN, word))


def _split(columns: Sequence[Column], floors: Sequence[int], width: int) -> list[int]:
    """The indexes of the columns shown as columns; the others' text goes under each row (the
    `spare` ones on a narrow screen, first)."""
    shown = [i for i, c in enumerate(columns) if not c.under]
    if width < NARROW:
        shown = [i for i in shown if not columns[i].spare] or shown
    while len(shown) > 1 and sum(floors[i] for i in shown) + 3 * len(shown) + 1 > width:
        # The first wrapping column after the first is the row's main text: it stays; the other
        # wrapping columns go first, from the right, then the narrow ones from the right.
        wrapping = [i for i in shown[1:] if columns[i].ratio]
        shown.remove(wrapping[-1] if len(wrapping) > 1 else shown[-1])
    return shown


def layout(table: Table, width: int) -> Layout:
    """The columns a table shows at `width` (the others' text goes under each row) and their
    widths, measured over its rows."""
    columns = table.columns
    all_headers = [visible(c.header(table.lang)) for c in columns]
    cells = [[visible(row[c.key]) for c in columns] for row in table.rows]
    measures = [
        _measure(all_headers[i], [row[i] for row in cells], c.no_wrap)
        for i, c in enumerate(columns)
    ]
    picked = _split(columns, [floor for _, floor in measures], width)
    widths = column_widths(
        [measures[i][0] for i in picked],
        [measures[i][1] for i in picked],
        [columns[i].ratio for i in picked],
        width - 3 * len(picked) - 1,
    )
    return picked, widths


def table_lines(
    table: Table, width: int, box: Box, shared: Layout | None = None
) -> list[tuple[str, int]]:
    """The table's lines, each with its row's index (-1 the header, -2 a rule); `shared`: the
    layout of the tables it is shown with (`_shared_layouts`), else its own."""
    lang = table.lang
    columns = table.columns
    all_headers = [visible(c.header(lang)) for c in columns]
    cells = [[visible(row[c.key]) for c in columns] for row in table.rows]
    picked, widths = shared if shared is not None else layout(table, width)
    under = [i for i, c in enumerate(columns) if i not in picked and not c.under]
    headers = [all_headers[i] for i in picked]
    inner = sum(widths) + 3 * (len(widths) - 1)

    def rule(parts: tuple[str, str, str, str]) -> str:
        left, line, cross, right = parts
        return left + cross.join(line * (w + 2) for w in widths) + right

    def render(cells: list[str]) -> list[str]:
        wrapped = [wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
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

    def below(number: int, moved: Sequence[int]) -> list[str]:
        row = cells[number]
        texts = [  # a column moved for want of width is labelled with its header
            row[i] if columns[i].under else f"{all_headers[i]}: {row[i]}"
            for i in sorted((*under, *moved, *(k for k, c in enumerate(columns) if c.under)))
            if row[i]
        ]
        if number < len(table.details):
            texts += [visible(line) for line in table.details[number]]
        return [
            f"{box.side} {_pad(line, inner)} {box.side}"
            for text in texts
            for line in wrap(text, inner)
        ]

    out = [(rule(box.top), -2), *((line, -1) for line in render(headers))]
    for number, row in enumerate(cells):
        # a cell holding a word wider than its column goes under the row rather than be cut
        moved = [
            i
            for i, w in zip(picked, widths, strict=True)
            if not columns[i].no_wrap and longest_piece(row[i]) > w
        ]
        shown_cells = ["↓" if i in moved else row[i] for i in picked]
        if number == 0 or not table.compact:
            out.append((rule(box.between), -2))
        out += [(line, number) for line in render(shown_cells) + below(number, moved)]
    out.append((rule(box.bottom), -2))
    return out

"""Text from files and users, made safe for each kind of output: one function per kind.

Notes, registry texts and unit names are typed by people and may carry control characters: an
escape sequence (clear screen, OSC 52 clipboard write, OSC 8 link, window title), a bare carriage
return, or Word's manual line break (vertical tab). Each output kind passes every text through
its function here, once, where the text is written:

- terminals (rich and plain) and Markdown: `visible` shows control characters as their Unicode
  pictures (ESC → "␛"), so nothing reaches the terminal as a command; tabs become spaces;
- CSV: `csv_cell` keeps line breaks (the writer quotes any cell with CR or LF), shows other
  controls, and never lets a cell start a formula;
- xlsx: `xlsx_text` turns a vertical tab into a real line break and other characters Excel refuses
  into pictures;
- iCalendar: `ics_text` keeps line breaks (escaped as \\n by the writer) and drops other controls.
"""

from __future__ import annotations

import re

# C0 controls but newline, DEL, and the C1 controls (U+0080–U+009F: CSI, OSC… in 8-bit form).
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# For terminals and Markdown also the bidi embeddings, overrides and isolates, which reorder what
# a reader sees ("Trojan Source"): shown as <U+202E> like the C1 controls.
_SCREEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CSV_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _picture(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "␡"
    return f"<U+{code:04X}>"  # C1 and bidi controls: no picture exists


def line_breaks(text: str) -> str:
    """Every way of breaking a line (CRLF, bare CR, Word's vertical tab, U+2028) as '\\n'."""
    if text.isprintable():
        return text
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\x0b", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )


def visible(text: str) -> str:
    """For a terminal or Markdown: line breaks kept, a tab a space, other controls shown."""
    if text.isprintable() or not _SCREEN.search(text):
        return text
    return _SCREEN.sub(_picture, line_breaks(text).replace("\t", " "))


def neutralise(value: str) -> str:
    """Spreadsheets run a cell that starts with =, +, -, @ as a formula: make it text."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def csv_cell(text: str) -> str:
    """Never the start of a formula; controls but tab and line breaks shown as pictures (a CSV
    printed to a terminal must not drive it). The writer quotes a cell with CR or LF."""
    if not text.isprintable():
        text = _CSV_CONTROL.sub(_picture, text)
    return neutralise(text)


def xlsx_text(text: str) -> str:
    """A text Excel accepts: Word's manual line break becomes a line break, other controls shown."""
    text = line_breaks(text)
    return _XLSX_ILLEGAL.sub(_picture, text) if _XLSX_ILLEGAL.search(text) else text


def ics_text(text: str) -> str:
    """For iCalendar: line breaks kept (the writer escapes them), other controls dropped."""
    return _CONTROL.sub("", line_breaks(text).replace("\t", " "))

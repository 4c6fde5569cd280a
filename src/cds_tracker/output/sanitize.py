"""Text from files and users, made safe for each kind of output: one function per kind.

Notes, registry texts and unit names are typed by people and may carry control characters: an
escape sequence (clear screen, OSC 52 clipboard write, OSC 8 link, window title), a bare carriage
return, or Word's manual line break (vertical tab). Each output kind passes every text through
its function here, once, where the text is written:

- terminals (rich and plain) and Markdown: `visible` shows control characters as their Unicode
  pictures (ESC → "␛"), so nothing reaches the terminal as a command; tabs become spaces;
  zero-width characters (U+200B–D, U+2060–4, U+FEFF, U+180E) as <U+200B>, so two names that
  look the same show why they differ (files and JSON keep them: they are the data);
- JSON: `json_text` escapes, in the dumped text, what JSON itself leaves raw (DEL, the C1
  controls, bidi controls) as \\u009b, so the data is kept and a terminal is never driven;
- CSV: `csv_cell` keeps line breaks (the writer quotes any cell with CR or LF), shows other
  controls, and never lets a cell start a formula (nor a line break or space then "=");
- xlsx: `xlsx_text` turns a vertical tab into a real line break and other controls (C0, which
  Excel refuses, C1) into pictures;
- Word: `docx_text` likewise, for what XML cannot carry;
- iCalendar: `ics_text` keeps line breaks (escaped as \\n by the writer) and drops other controls.

Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks (LRM
U+200E, RLM U+200F, ALM U+061C) reorder what a reader sees
("Trojan Source"), in a file as on a screen: every kind shows them as <U+202E> (iCalendar drops
them, as it drops every control; JSON escapes them). No output carries one raw.
"""

from __future__ import annotations

import re

# The bidi controls, the one list (core/chars.py; registry/importing/writing.py escapes the
# same in YAML), and the zero-width characters, shown on a terminal only (files keep the data).
from cds_tracker.core.chars import BIDI, SCREEN_SHOWN

_BIDI = BIDI
# The patterns are texts, compiled by `re` when first used (most text is printable and asks
# none; compiling the five at every start cost a warm answer ~2 ms).
# For terminals and Markdown: the C0 controls but newline, DEL, the C1 controls (U+0080–U+009F:
# CSI, OSC… in 8-bit form) and the bidi controls, shown as pictures.
# \ud800-\udfff: a name's bytes that are not UTF-8 (Python keeps them as lone surrogates);
# written as they are they would reach the terminal as raw bytes. The one list: core/chars.py
# (core/command_words.py prints no value holding one in a hint's command).
_SCREEN = f"[{SCREEN_SHOWN}]"
# For CSV, xlsx and Word: the same but tab and line breaks (C0 but those is what openpyxl refuses).
_FILE_SHOWN = f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}]"
_XML_FORBIDDEN = "[\ud800-\udfff\ufffe\uffff]"
_ICS_DROPPED = f"[\x00-\x09\x0b-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]"
# What json.dumps(ensure_ascii=False) leaves raw and a terminal obeys (it escapes C0 itself).
_JSON_RAW = f"[\x7f-\x9f{_BIDI}]"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _picture(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟
    if code == 0x7F:
        return "␡"
    if 0xDC80 <= code <= 0xDCFF:
        return f"<0x{code - 0xDC00:02X}>"  # a byte of a file name that is not UTF-8
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
    # Every character _SCREEN names is unprintable, and a text of several lines is unprintable
    # for its line breaks alone: asked so first, it needs no pattern (compiling _SCREEN cost a
    # warm `cds due`, whose titles hold line breaks, ~1 ms).
    if text.replace("\n", "").isprintable() or not re.search(_SCREEN, text):
        return text
    return re.sub(_SCREEN, _picture, line_breaks(text).replace("\t", " "))


def visible_line(text: str) -> str:
    """For a terminal, on one line (a path, a name in a heading): line breaks shown too (␊)."""
    return visible(text).replace("\n", "\u240a")


# What Markdown reads as markup that can run or link: raw HTML and autolinks ("<script>",
# "<javascript:…>": no tag opens without "<", so ">" stays, as in "> 80") and link or image
# syntax ("[x](javascript:…)", "![…]"); the backslash too, so a text's own "\[" is not read as
# an escape. Emphasis, code spans and headings do no harm and stay as typed.
_MARKDOWN_ACTIVE = str.maketrans({c: "\\" + c for c in "\\<[]"})


def markdown_text(text: str) -> str:
    """For Markdown prose (the one home of its escaping; the HTML export escapes in html.py):
    `visible`, then raw HTML and link syntax backslash-escaped ('\\<script>', '\\[x\\](…)'), so
    "<script>" and "[x](javascript:…)" from a note read as typed wherever the file is rendered."""
    return visible(text).translate(_MARKDOWN_ACTIVE)


def markdown_cell(text: str) -> str:
    """For a Markdown table cell: `markdown_text` on one line, a '|' escaped."""
    return markdown_text(text).replace("|", "\\|").replace("\n", " ")


def json_text(dumped: str) -> str:
    """JSON text (from json.dumps) with DEL, C1 and bidi controls escaped as \\u009b: they can
    only stand inside strings, where the escape reads back as the same character."""
    if dumped.isascii() or not re.search(_JSON_RAW, dumped):
        return dumped
    return re.sub(_JSON_RAW, lambda m: f"\\u{ord(m.group()):04x}", dumped)


def neutralise(value: str) -> str:
    """Spreadsheets run a cell that starts with =, +, -, @ as a formula: make it text."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def csv_cell(text: str) -> str:
    """Never the start of a formula, even after leading line breaks or spaces (which spreadsheets
    may trim); controls but tab and line breaks shown as pictures (a CSV printed to a terminal
    must not drive it). The writer quotes a cell with CR or LF."""
    if not text.isprintable():
        text = re.sub(_FILE_SHOWN, _picture, text)
    if text[:1] in ("\n", " ") and text.lstrip(" \t\r\n").startswith(FORMULA_PREFIXES):
        return "'" + text
    return neutralise(text)


def xlsx_text(text: str) -> str:
    """A text Excel accepts: Word's manual line break becomes a line break, other controls shown."""
    text = line_breaks(text)
    return re.sub(_FILE_SHOWN, _picture, text) if re.search(_FILE_SHOWN, text) else text


def docx_text(text: str) -> str:
    """Text as Word can hold it: Word's manual line break (vertical tab) and CR become line
    breaks; other control characters, which XML cannot carry, and bidi controls are shown as
    their pictures (␛, <U+202E>); what XML forbids beyond them (U+FFFE, lone surrogates) as �."""
    text = line_breaks(text)
    if re.search(_FILE_SHOWN, text):
        text = re.sub(_FILE_SHOWN, _picture, text)
    return re.sub(_XML_FORBIDDEN, "\ufffd", text) if re.search(_XML_FORBIDDEN, text) else text


def ics_text(text: str) -> str:
    """For iCalendar: line breaks kept (the writer escapes them), other controls dropped."""
    return re.sub(_ICS_DROPPED, "", line_breaks(text).replace("\t", " "))

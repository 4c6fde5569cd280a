"""Progress files as cds writes them, decoded straight into entries (msgspec, in C).

The JSON-line reader (`lines.py`) turns a file into dicts that `fast_check` then checks field by
field in Python; for a file in the writer's exact shape this module does both at once: msgspec
decodes the rows into typed structs, checking every field's type, required fields and unknown
keys in C, and only the constraints written beside the fields of `Entry` (patterns, day and
moment checks; `constraints.py`) are then asked in Python, by the very `accepts` that
`fast_check` asks. The struct is made from `Entry`'s own fields (nothing is listed here).

It is a fast path, never a second opinion: whatever it is not sure of (anything msgspec refuses,
a value that breaks a constraint, a key written twice or written empty, a text that is not NFC
or holds an escape YAML reads otherwise) makes it return None, and the caller takes the dict path,
which accepts and refuses exactly what the YAML path does (tests/test_lines.py).

It reads the file's bytes, not its text: the file is never decoded whole. What decoding proved
is proven here too, in less: every byte of a row is msgspec's JSON (ASCII outside texts, each
text decoded as UTF-8, a bad byte refused), the rest of the file is blank lines and comments,
and those are decoded; NFC is asked of each distinct text decoded, not of the whole file (two
passes over every byte of 100,000 entries were a tenth of a cold read).
"""

from __future__ import annotations

import re
import typing
import unicodedata
from collections.abc import Callable, Iterable
from functools import partial
from itertools import chain
from typing import Any

import msgspec

from cds_tracker.core.constraints import Pattern
from cds_tracker.core.entries import Entry
from cds_tracker.progress.fast_check import EMPTY, KINDS, base_type
from cds_tracker.registry.yamlio import MAX_BYTES

# Texts that repeat across entries (a target, a unit, a day): one object each in memory.
_SHARED = ("target", "unit", "date", "written", "by", "note")
_HINTS = typing.get_type_hints(Entry, include_extras=True)


def _struct() -> type[msgspec.Struct]:
    """A struct with Entry's fields, types and defaults; a field the file may leave out meaning
    empty defaults to an empty value (replaced by one shared empty value per field below)."""
    hints = typing.get_type_hints(Entry, include_extras=True)
    fields: list[tuple[str, Any, Any]] = []
    for name in Entry._fields:
        kind = base_type(hints[name])
        if name in EMPTY:
            fields.append((name, kind, msgspec.field(default_factory=EMPTY[name])))
        elif name in Entry._field_defaults:
            fields.append((name, kind, Entry._field_defaults[name]))
        else:
            fields.append((name, kind, msgspec.NODEFAULT))
    return msgspec.defstruct(
        "Line", fields, forbid_unknown_fields=True, gc=False, omit_defaults=False
    )


def _checks() -> tuple[tuple[int, Callable[[Any], Any], bool], ...]:
    """Each constraint written beside a field of `Entry`: (field, how to ask it, whether it is
    asked once per distinct value). A pattern is asked of the whole column at C speed; any other
    check (a day, a moment, counts) once per distinct text, or of every value that is not text."""
    found: list[tuple[int, Callable[[Any], Any], bool]] = []
    for i, name in enumerate(Entry._fields):
        for marker in getattr(_HINTS[name], "__metadata__", ()):
            if isinstance(marker, Pattern):
                found.append((i, marker.search, False))
            elif hasattr(marker, "accepts"):
                found.append((i, marker.accepts, base_type(_HINTS[name]) is str))
    return tuple(found)


_LINE = _struct()
_DECODE = msgspec.json.Decoder(_LINE).decode
_AS_TUPLE = msgspec.structs.astuple
_ENTRY = partial(tuple.__new__, Entry)  # Entry from a sequence of its fields, in C
_POSITION = {name: i for i, name in enumerate(Entry._fields)}
_EMPTY_AT = tuple((_POSITION[name], make()) for name, make in EMPTY.items())
_SHARED_AT = tuple(_POSITION[name] for name in _SHARED)
_CHECKS = _checks()
_EMPTY_PASSES = frozenset(
    i for i, check, _ in _CHECKS for j, empty in _EMPTY_AT if i == j and check(empty)
)
_REQUIRED_EMPTY = (_POSITION["target"], _POSITION["unit"])  # written even when empty
# Field → the texts its constraint accepted (each constraint asked once per distinct text is a
# function of the text alone: a day, a moment). Files of one load share most of their days:
# asked once per load, not once per file (a third of the checks' time at 100,000 entries).
# Bounded, as a long process may read many loads.
_ACCEPTED: dict[int, set[Any]] = {}
_ACCEPTED_MOST = 100_000
_VALUES, _COUNTS = _POSITION["values"], _POSITION["counts"]
# Where the decoded texts are: a field's value, the items of its sequence, the keys of its map.
_TEXTS = tuple(_POSITION[name] for name in (*KINDS["text"], *KINDS["maybe"]))
_TEXT_ITEMS = tuple(_POSITION[name] for name in KINDS["texts"])
_TEXT_KEYS = tuple(_POSITION[name] for name in (*KINDS["numbers"], *KINDS["counts"]))
_NFC = partial(unicodedata.is_normalized, "NFC")


_CONTROLS = bytes(range(32)).replace(b"\n", b"") + b"\x7f"
# Every risky character beyond ASCII (`RISKY`: C1 controls, line and paragraph separators, BOM,
# non-characters) as its UTF-8 bytes, one pattern per lead byte: in valid UTF-8 a lead byte is
# never a continuation, so these find exactly what `RISKY` finds beyond ASCII. Searched in the
# bytes, each from its literal lead (a third of the time of `RISKY` over a Vietnamese text).
_RISKY_BYTES = (
    re.compile(rb"\xc2[\x80-\x9f]"),
    re.compile(rb"\xe2\x80[\xa8\xa9]"),
    re.compile(rb"\xef(?:\xbb\xbf|\xbf[\xbe\xbf])"),
)
_SPACED_COLON = re.compile(rb'" +:')
_SPACE_COLON = re.compile(rb" :")  # the C search finds it in half the time of `in`


def typed_entries(raw: bytes, shared: dict[str, str]) -> list[Entry] | None:
    """The entries of a file (its bytes) when it is exactly as cds writes it and every entry is
    valid; None when the dict path must read it. `shared` holds this load's texts.

    Proven, beside what `lines.py` proves of JSON lines (nothing on which JSON and YAML disagree,
    every text NFC as written, rows only `- {…}`, comments and blanks): each row is one JSON
    object to its end (each is decoded alone); no key is written twice or written with an empty
    value (the writer leaves empty fields out): the non-empty fields and the `values`/`counts`
    keys, counted, are as many as the `": ` separators, and every key is followed by `":`
    (nothing is spaced before a colon), so each key accounts for one separator.
    """
    rows = _rows(raw)
    if rows is None:
        return None
    try:
        rows_data = list(map(_AS_TUPLE, map(_DECODE, rows)))
    except (msgspec.DecodeError, UnicodeDecodeError):  # the latter: a text not UTF-8
        return None
    if not rows_data:
        return []
    columns = list(zip(*rows_data, strict=True))
    del rows_data
    if not _all_nfc(columns):
        return None
    keys = sum(len(list(filter(None, column))) for column in columns)  # the non-empty fields
    keys += sum(map(len, columns[_VALUES])) + sum(map(len, columns[_COUNTS]))
    keys += sum(columns[i].count("") for i in _REQUIRED_EMPTY)
    separators = raw.count(b'": ')
    if keys != separators or raw.count(b'":') != separators:
        return None
    return _entries(columns, shared)


def _rows(raw: bytes) -> list[bytes] | None:
    """Each entry row's JSON object, when the file holds only `- {` rows, comments (UTF-8) and
    blank lines and nothing on which JSON and YAML disagree; else None. Byte-wise C scans: a
    control character, a bare CR, a `\\u` escape, a key spaced from its colon (then a repeated
    key could hide behind a `": ` inside a text), a risky character."""
    if len(raw) > MAX_BYTES:
        return None  # the YAML path refuses it, with its size
    if b"\r" in raw:
        raw = raw.replace(b"\r\n", b"\n")  # a bare CR is left, and refused as a control
    if (
        len(raw.translate(None, _CONTROLS)) != len(raw)
        or (b"\\" in raw and b"\\u" in raw)  # one byte is found at memchr speed
        or (_SPACE_COLON.search(raw) and _SPACED_COLON.search(raw))
        or any(pattern.search(raw) for pattern in _RISKY_BYTES)
    ):
        return None
    lines = raw.split(b"\n")
    rows = [line[2:] for line in lines if line.startswith(b"- {")]
    if len(rows) != len(lines):
        others = [line for line in lines if not line.startswith(b"- {")]
        if any(line.strip(b" ") and not line.startswith(b"#") for line in others):
            return None
        try:
            b"\n".join(others).decode("utf-8")  # the comments are never decoded by msgspec
        except UnicodeDecodeError:
            return None
    return rows


def _all_nfc(columns: list[tuple[Any, ...]]) -> bool:
    """Whether every text decoded is NFC, as the YAML path's reader makes it (it normalises;
    the file must not need it). An ASCII text is NFC: a column all ASCII is told so by one join
    (the ids); a column of repeated texts (`_SHARED`: a unit, a day, a note) is asked once per
    distinct text; each text beyond ASCII, once."""
    for i, texts in chain(
        ((i, columns[i]) for i in _TEXTS),
        ((i, tuple(chain.from_iterable(columns[i]))) for i in _TEXT_ITEMS + _TEXT_KEYS),
    ):
        if i in _SHARED_AT:
            texts = tuple(set(texts))
        if not "".join(filter(None, texts)).isascii() and not all(map(_NFC, filter(None, texts))):
            return False
    return True


def _entries(columns: list[tuple[Any, ...]], shared: dict[str, str]) -> list[Entry] | None:
    """Entries from the decoded columns, every constraint of `Entry` asked; None if one fails.
    Column by column, in C loops: a hundred thousand entries cost a few maps, not a Python loop
    each."""
    for i, check, distinct in _CHECKS:
        values: Iterable[Any] = columns[i]
        if distinct:  # a text accepted once (in any file) need not be asked again
            accepted = _ACCEPTED.setdefault(i, set())
            values = set(values) - accepted
        if i in _EMPTY_PASSES:  # an empty value it accepts need not be asked again
            values = [value for value in values if value]
        if not all(map(check, values)):
            return None
        if distinct:
            if len(accepted) > _ACCEPTED_MOST:
                accepted.clear()
            accepted.update(values)
    share = shared.setdefault
    for i in _SHARED_AT:
        columns[i] = tuple(map(share, columns[i], columns[i]))
    for i, empty in _EMPTY_AT:  # one empty value for all: entries are never edited
        column = columns[i]
        if not all(column):  # most files: every entry has values, none has counts
            columns[i] = (
                (empty,) * len(column)
                if not any(column)
                else tuple(value or empty for value in column)
            )
    return list(map(_ENTRY, zip(*columns, strict=True)))

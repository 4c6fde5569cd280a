"""Progress files as JSON lines: each entry one line `- {json object}`, valid YAML and JSON at once.

A flow mapping of double-quoted keys and values is YAML, so the files stay readable, diffable,
line-mergeable, and `validate` still locates errors by line and column; a JSON parser reads them
several times faster than a YAML one. `json_items` takes the JSON route only for a file in which
every line is such an entry, a comment or blank, and nothing in it could read differently as JSON
than as YAML; for anything else (a hand-written block entry, a tab, a `---` marker, an escape
YAML reads differently) it returns None and the caller parses the file as YAML. A property test
(tests/test_lines.py) proves that whatever this accepts, YAML reads as exactly the same data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from itertools import repeat
from json.scanner import make_scanner
from operator import itemgetter, methodcaller
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

    from cds_tracker.core.entries import Entry
    from cds_tracker.core.records import Registry

# Characters and escapes on which JSON and YAML disagree or that YAML refuses: C0 controls and
# tabs, DEL and C1 (NEL is a line break in YAML), line/paragraph separators, BOM and
# non-characters, and surrogate escapes (JSON pairs them; YAML refuses them).
RISKY = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_SURROGATE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\u[dD][89abAB]")  # searched only if `\u` occurs
# A key spaced from its colon (`"k" : 1`) would not be counted among the `": ` separators, and
# then a repeated key could hide behind a `": ` inside a text: such a file is checked key by key.
_SPACED_COLON = re.compile(r'" +:')
_MAX_DEPTH = 20  # deeper data is left to the YAML path, which has its own limits and messages


class _Refused(ValueError):
    pass


def _refuse(name: str) -> Any:
    raise _Refused(name)  # NaN, Infinity: not JSON, and YAML reads them as text


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise _Refused("repeated key")  # YAML refuses it; JSON would keep the last
    return found


_fast = json.JSONDecoder(parse_constant=_refuse).raw_decode
_scan = make_scanner(json.JSONDecoder(parse_constant=_refuse))  # type: ignore[arg-type]  # C: (object, end) from (text, i)
_values = methodcaller("get", "values")
_evidence = methodcaller("get", "evidence")
_checked = json.JSONDecoder(parse_constant=_refuse, object_pairs_hook=_unique).raw_decode


def json_items(text: str, shared: dict[str, str] | None = None) -> list[Any] | None:
    """The file's entries as data, or None when it must be read as YAML.

    A repeated key, which YAML refuses and JSON lets pass (the last one wins), is caught by
    counting first: as cds writes them, every key is followed by `": ` and nothing else is, so
    the file holds exactly as many `": ` and `":` as the objects have keys unless a key repeats.
    When the counts differ (a text holding `":`, a key written `"k":v`), the file is decoded
    again with every object checked for repeats, which is exact and slower.

    Strings are NFC as YAML's reader makes them: when the whole text is NFC and has no `\\u`
    escape, so is every string in it (each starts after a quote, which composes with nothing);
    otherwise they are normalised as on the YAML path.
    """
    prepared = _prepared(text)
    if prepared is None:
        return None
    text = prepared
    rows = text.split("\n")
    spaced = _SPACED_COLON.search(text) is not None
    try:
        written = None if spaced else _as_written(text, rows, {} if shared is None else shared)
        if written is not None:
            return _nfc(text, written)
        found = _decode(rows, _fast)
        if found is None:
            return None
        items, keys = found
        separators = text.count('": ')
        if spaced or keys != separators or text.count('":') != separators:
            found = _decode(rows, _checked)
            if found is None:
                return None
            items = found[0]
    except (ValueError, RecursionError):
        return None
    return _nfc(text, items)


def _prepared(text: str) -> str | None:
    """The text with CRLF line ends made LF; None if it holds anything on which JSON and YAML
    disagree (a bare CR, a risky character, a surrogate escape)."""
    if "\r" in text:
        if "\r" in text.replace("\r\n", ""):
            return None
        text = text.replace("\r\n", "\n")
    if RISKY.search(text) or ("\\u" in text and _SURROGATE_ESCAPE.search(text)):
        return None
    return text


def _nfc(text: str, items: list[Any]) -> list[Any]:
    if "\\u" in text or not unicodedata.is_normalized("NFC", text):
        from cds_tracker.registry.yamlio import normalise

        return normalise(items)  # type: ignore[no-any-return]
    return items


def _as_written(text: str, rows: list[str], shared: dict[str, str]) -> list[Any] | None:
    """The items of a file exactly as cds writes it, decoded with C loops only; None when that
    is not proven (the exact, per-row path then decides).

    Proven means: every entry row is one JSON object to its last character; every other row is
    blank or a comment; the only nested values are `values` objects and `evidence` lists (the
    file holds exactly as many `{` and `[` as there are such containers, so none is deeper and
    none hides inside a text); and the keys are as many as the `": ` separators (none repeats).
    """
    entries = [row for row in rows if row.startswith("- {")]
    if len(entries) != len(rows) and any(
        row.strip(" ") and not row.startswith("#") for row in rows if not row.startswith("- {")
    ):
        return None
    # A row that is not JSON raises StopIteration inside map(), which ends the list early:
    # the ends then differ from the row lengths, and the exact path reports it.
    found = list(map(_scan, entries, repeat(2)))
    if list(map(itemgetter(1), found)) != list(map(len, entries)):
        return None
    items = list(map(itemgetter(0), found))
    values = [v for v in map(_values, items) if type(v) is dict]
    lists = [e for e in map(_evidence, items) if type(e) is list]
    if text.count("{") + text.count("[") != len(items) + len(values) + len(lists):
        return None
    keys = sum(map(len, items)) + sum(map(len, values))
    separators = text.count('": ')
    if keys != separators or text.count('":') != separators:
        return None
    _share(items, shared)
    return items


_REPEATED = ("target", "unit", "status", "date", "written", "by", "note")


def _share(items: list[dict[str, Any]], seen: dict[str, str]) -> None:
    """One string object for each repeated text (a target, a unit, a day, a status), across all
    the files of one load (`seen`): a third less memory for the entries, which keep them."""
    share = seen.setdefault
    for item in items:
        for key in _REPEATED:
            value = item.get(key)
            if type(value) is str:
                item[key] = share(value, value)


def _decode(rows: list[str], decode: Any) -> tuple[list[Any], int] | None:
    """Each row's object and how many keys they hold; None if a row is not `- {json}`."""
    items: list[Any] = []
    append = items.append
    keys = 0
    for line in rows:
        if line.startswith("- {"):
            item, end = decode(line, 2)
            if end != len(line) and line[end:].strip(" "):
                return None
            keys += len(item)
            for value in item.values():
                if type(value) is dict or type(value) is list:
                    keys += _keys(value, 1)
            append(item)
        elif line and not line.startswith("#") and line.strip(" "):
            return None
    return items, keys


def _keys(value: dict[str, Any] | list[Any], depth: int) -> int:
    if depth > _MAX_DEPTH:
        raise _Refused("too deep")
    count = 0
    if type(value) is dict:
        count = len(value)
        value = list(value.values())
    for inner in value:
        if type(inner) is dict or type(inner) is list:
            count += _keys(inner, depth + 1)
    return count


def entry_line(data: dict[str, Any]) -> str:
    """One entry as it is written: `- ` and a JSON object on one line.

    Invisible and line-breaking characters (controls, format characters such as bidi marks,
    separators) are written as `\\uXXXX` escapes, which JSON and YAML read alike; characters
    beyond the BMP stay raw (a surrogate-pair escape is JSON only).
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    if not text.isascii() or "\x7f" in text:
        text = "".join(f"\\u{ord(c):04x}" if c > "~" and _invisible(c) else c for c in text)
    return f"- {text}\n"


def _invisible(char: str) -> bool:
    return ord(char) < 0x10000 and (
        unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs") or char in "\ufffe\uffff"
    )


def target_rows(raw: bytes, target_id: str) -> bytes | None:
    """The lines of a file in the writer's shape (an entry per line, `- {…}`, besides comments
    and blank lines) that name `target_id` as the writer spells it, as a file of their own;
    None for any other file (a hand-written block entry spans lines: it is read whole)."""
    lines = raw.split(b"\n")
    if not all(not line.strip() or line[:3] == b"- {" or line[:1] == b"#" for line in lines):
        return None
    needle = b'"target": ' + json.dumps(target_id, ensure_ascii=False).encode()
    rows = [line for line in lines if needle in line]
    return b"\n".join(rows) + b"\n" if rows else b""


def target_entries(registry: Registry, path: Path, target_id: str) -> list[Entry]:
    """One unit's entries about `target_id`, for a question that needs no other target's
    (`progress/reopening.py`, before a write). A file in the writer's shape is cut to the
    target's lines (`target_rows`) and read by the typed fast path (`typed_lines`); any other
    file is read whole by the one reader (`reading.load_progress`), imported only then. A file
    that cannot be read gives none: the write itself, and `cds validate`, say what is wrong."""
    from cds_tracker.progress.files import read_progress
    from cds_tracker.progress.typed_lines import typed_entries

    try:
        raw = read_progress(path) if path.exists() else b""
    except OSError:
        return []
    rows = target_rows(raw, target_id)
    if rows is not None:
        fast = typed_entries(rows, {}) if rows else []
        if fast is not None:
            return [e for e in fast if e.target == target_id]
    from cds_tracker.core.errors import DataError
    from cds_tracker.progress.reading import load_progress

    try:
        loaded = load_progress(registry, [path])
    except (DataError, OSError):
        return []
    return [e for e in loaded.entries if e.target == target_id]

"""Entries decoded straight from the writer's lines (msgspec) are the entries the YAML path reads.

`typed_entries` may decline a file (None: the dict path, then YAML, reads it); whenever it does
not, the whole progress load must be what the YAML path alone gives: the same entries, the same
problems. Files are made close to what cds writes, with the slips a hand or a merge adds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_tracker.progress import lines, reading, typed_lines
from cds_tracker.progress.lines import entry_line
from cds_tracker.progress.typed_lines import typed_entries
from test_lines import TRICKY, shipped_registry

VALID = st.fixed_dictionaries(
    {
        "id": st.sampled_from(["aaaaaa111111", "bbbbbb222222"]),
        "target": st.sampled_from(["III.4", "III.9"]),
        "unit": st.just("phong-y-te"),
        "status": st.sampled_from(["done", "in_progress", "not_started"]),
        "date": st.sampled_from(["2023-10-15", "2024-01-01", "2023-12-01"]),
        "written": st.sampled_from(["2023-12-01T08:00:00+07:00", "2023-12-01T01:00:00Z"]),
    },
    optional={
        "values": st.dictionaries(
            st.just("health_facilities_cashless"),
            st.one_of(st.floats(0, 100), st.integers(0, 100)),
            max_size=1,
        ),
        "counts": st.dictionaries(
            st.just("health_facilities_cashless"),
            st.lists(st.integers(0, 5), min_size=2, max_size=2),
            max_size=1,
        ),
        "note": st.one_of(st.sampled_from(["Đã triển khai", "a: b", 'x": y']), TRICKY),
        "by": st.sampled_from(["", "Chị Lan", "Anh Hùng"]),
        "evidence": st.lists(st.sampled_from(["a.pdf", "", "b"]), max_size=2),
        "corrects": st.sampled_from([None, "aaaaaa111111", "bbbbbb222222"]),
        "forced": st.booleans(),
    },
)
# One field made wrong: the entry must be refused (or found wrong) exactly as YAML's path does.
WRONG = [
    ("id", "x"),
    ("id", "AAAAAA333333"),
    ("target", "IX.99"),
    ("target", ""),
    ("unit", "phong-kinh-te"),
    ("unit", ""),
    ("status", "finished"),
    ("date", "2023-10-32"),
    ("date", "20231015"),
    ("date", "2024-02-01"),  # after it was written
    ("written", "soon"),
    ("written", "2023-12-01"),
    ("values", {"nope": 1}),
    ("values", {"health_facilities_cashless": "a"}),
    ("values", {"health_facilities_cashless": 150}),
    ("counts", {"nope": [1, 2]}),
    ("counts", {"health_facilities_cashless": [6, 5]}),
    ("counts", {"health_facilities_cashless": [2]}),
    ("evidence", [3]),
    ("forced", 1),
    ("extra", "x"),
]
ENTRIES = st.tuples(VALID, st.one_of(st.none(), st.none(), st.sampled_from(WRONG))).map(
    lambda pair: pair[0] if pair[1] is None else {**pair[0], pair[1][0]: pair[1][1]}
)


_EMPTY = ("", None, False, [], {})
_ALWAYS = ("id", "target", "unit")


def _line(entry: dict[str, Any], style: int) -> str:
    """One row: as cds writes it, or as a hand, another tool or a merge might."""
    if style == 0:  # the writer leaves empty optional fields out (entries.entry_data)
        return entry_line({k: v for k, v in entry.items() if v not in _EMPTY or k in _ALWAYS})
    if style == 1:
        return "- " + json.dumps(entry) + "\n"  # \\u escapes
    if style == 2:
        return "- " + json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n"
    if style == 3:
        return "- " + json.dumps(entry, ensure_ascii=False, separators=(", ", " : ")) + "\n"
    if style == 4:  # a key written twice, once hidden behind a `": ` in a text
        body = json.dumps(entry, ensure_ascii=False)
        return '- {"note" : "x", "note" : "y\\": z", ' + body[1:] + "\n"
    if style == 5:  # two entries on one row
        body = json.dumps(entry, ensure_ascii=False)
        return f"- {body}, {body}\n"
    if style == 6:  # an empty field written out
        return "- " + json.dumps({**entry, "note": ""}, ensure_ascii=False) + "\n"
    return "- " + json.dumps(entry, ensure_ascii=False) + " # a comment\n"


def _loads(registry: Any, path: Path) -> tuple[Any, Any]:
    """The load as it runs, and the load by the YAML path alone."""
    fast = reading.load_progress(registry, [path])
    typed, as_json = typed_lines.typed_entries, lines.json_items
    try:
        typed_lines.typed_entries = lambda raw, shared: None  # type: ignore[assignment]
        reading.json_items = lambda text, shared=None: None  # type: ignore[assignment]
        slow = reading.load_progress(registry, [path])
    finally:
        typed_lines.typed_entries, reading.json_items = typed, as_json
    return fast, slow


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(ENTRIES, st.sampled_from([0] * 8 + [1, 2, 3, 4, 5, 6, 7])), max_size=4),
    st.sampled_from(["", "# header\n", "\n  \n", "---\n"]),
    st.booleans(),
)
def test_typed_entries_are_what_yaml_reads(
    tmp_path: Path, rows: list[tuple[dict[str, Any], int]], head: str, crlf: bool
) -> None:
    text = head + "".join(_line(entry, style) for entry, style in rows)
    if crlf:
        text = text.replace("\n", "\r\n")
    path = tmp_path / "progress" / "phong-y-te.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    fast, slow = _loads(shipped_registry(), path)
    assert fast == slow


def _written(*entries: dict[str, Any]) -> bytes:
    text = "# Tiến độ\n" + "".join(entry_line(e) for e in entries)
    return text.encode("utf-8")


GOOD = {
    "id": "aaaaaa111111",
    "target": "III.4",
    "unit": "phong-y-te",
    "status": "done",
    "date": "2023-10-15",
    "values": {"health_facilities_cashless": 80},
    "note": "Đã triển khai \u200b\u202e",  # invisible characters: written escaped
    "evidence": ["a.pdf"],
    "counts": {"health_facilities_cashless": [4, 5]},
    "corrects": "bbbbbb222222",
    "forced": True,
    "written": "2023-12-01T08:00:00+07:00",
}


def test_what_cds_writes_is_decoded_straight_into_entries() -> None:
    plain = {k: v for k, v in GOOD.items() if k != "note"}
    second = {k: v for k, v in plain.items() if k not in ("counts", "corrects")}
    raw = _written(plain, {**second, "id": "bbbbbb222222"})
    entries = typed_entries(raw, {})
    assert entries is not None and len(entries) == 2
    assert entries[0].values == {"health_facilities_cashless": 80.0}
    assert entries[0].counts == {"health_facilities_cashless": (4, 5)}
    assert entries[0].evidence == ("a.pdf",) and entries[0].forced is True
    assert entries[1].counts == {} and entries[1].note == ""


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"id": "x"}, "an id too short: the field's pattern"),
        ({"date": "2023-02-30"}, "no such day: the field's check"),
        ({"written": "2023-12-01 08:00"}, "not RFC 3339"),
        ({"status": "finished"}, "not a status"),
        ({"counts": {"k": [6, 5]}}, "more than all"),
        ({"forced": 1}, "not a boolean"),
        ({"extra": 1}, "an unknown key"),
        ({"note": "Vie\u0302\u0323t"}, "not NFC"),
        ({"note": "a\u2028b"}, "escaped by the writer: a `\\u` escape goes to the dict path"),
    ],
)
def test_anything_unsure_goes_to_the_dict_path(change: dict[str, Any], why: str) -> None:
    entry = {k: v for k, v in GOOD.items() if k != "note"} | change
    line = "- " + json.dumps(entry, ensure_ascii=False) + "\n"
    assert typed_entries(line.encode(), {}) is None, why


def test_risky_characters_are_found_in_the_bytes_as_in_the_text() -> None:
    """`_rows` looks for the risky characters beyond ASCII in the file's bytes: every code point
    beyond ASCII is found there exactly when `lines.RISKY` finds it in the text."""
    for code in [*range(0x80, 0x10000), *range(0x10000, 0x110000, 97), 0x10FFFF]:
        if 0xD800 <= code < 0xE000:
            continue  # surrogates: never in decoded UTF-8
        raw = f"a{chr(code)}b".encode()
        in_bytes = any(p.search(raw) for p in typed_lines._RISKY_BYTES)
        assert in_bytes == bool(lines.RISKY.search(chr(code))), hex(code)


_NOT_NFC = "Vie\u0302\u0323t"  # "Việt" decomposed: YAML's reader makes it NFC


@pytest.mark.parametrize(
    "change",
    [
        {"note": _NOT_NFC},
        {"by": _NOT_NFC},
        {"obstacles": _NOT_NFC},
        {"evidence": ["a.pdf", _NOT_NFC]},
        {"values": {_NOT_NFC: 1}},
        {"counts": {_NOT_NFC: [1, 2]}},
        {"corrects": _NOT_NFC},
    ],
)
def test_a_text_not_nfc_anywhere_goes_to_the_dict_path(
    tmp_path: Path, change: dict[str, Any]
) -> None:
    """NFC is asked of each text decoded, not of the file: every place a text can be."""
    raw = _written({k: v for k, v in GOOD.items() if k != "note"} | change)
    assert typed_entries(raw, {}) is None
    path = tmp_path / "progress" / "phong-y-te.yaml"
    path.parent.mkdir()
    path.write_bytes(raw)
    fast, slow = _loads(shipped_registry(), path)
    assert fast == slow


def test_a_comment_not_nfc_changes_no_entry(tmp_path: Path) -> None:
    """Comments are no data: a file as cds writes it under one is read straight into entries,
    the entries YAML reads."""
    plain = {k: v for k, v in GOOD.items() if k not in ("note", "corrects")}
    raw = f"# {_NOT_NFC}\n".encode() + _written(plain)
    assert typed_entries(raw, {}) is not None
    path = tmp_path / "progress" / "phong-y-te.yaml"
    path.parent.mkdir()
    path.write_bytes(raw)
    fast, slow = _loads(shipped_registry(), path)
    assert fast == slow and len(fast.entries) == 1 and not fast.problems


@pytest.mark.parametrize("bad", [b"# \xff\n", b"# \xed\xa0\x80\n", b"#\xe1\xbb\n"])
@pytest.mark.parametrize("where", ["comment", "note"])
def test_bytes_not_utf8_are_refused_as_the_yaml_path_refuses_them(
    tmp_path: Path, bad: bytes, where: str
) -> None:
    """The file is never decoded whole on the fast path: a byte that is not UTF-8, in a comment
    or in a text, is still found, and reported where the YAML path reports it."""
    plain = {k: v for k, v in GOOD.items() if k not in ("note", "corrects")}
    raw = _written(plain)
    if where == "comment":
        raw = bad + raw
    else:
        raw = raw.replace(b'"written"', b'"note": "' + bad[1:-1] + b'", "written"', 1)
        assert b'"note"' in raw
    assert typed_entries(raw, {}) is None
    path = tmp_path / "progress" / "phong-y-te.yaml"
    path.parent.mkdir()
    path.write_bytes(raw)
    fast, slow = _loads(shipped_registry(), path)
    assert fast == slow and fast.problems and not fast.entries

"""Appending progress: exact round trips, byte-for-byte preservation, and failures that change
nothing."""

from __future__ import annotations

import datetime as dt
import errno
import os
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import DataError
from cds_tracker.output.words import say
from cds_tracker.progress.writing import ONE_WRITE, append_entry, entry_text
from cds_tracker.registry.models import check_entry
from cds_tracker.registry.yamlio import parse
from read_only import namespaces_work, run_read_only

HEADER = "# header\n"

# Text as people type it: any Unicode a file can hold (no surrogates), already NFC as cds stores it.
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200).map(
    lambda s: __import__("unicodedata").normalize("NFC", s)
)
entries = st.builds(
    lambda **fields: check_entry(fields),
    id=st.from_regex(r"[0-9a-f]{12}", fullmatch=True),
    target=st.sampled_from(["II.4", "III.4", "IV.8"]),
    unit=st.sampled_from(["van-phong", "phong-y-te"]),
    status=st.sampled_from(["not_started", "in_progress", "done"]),
    date=st.dates(dt.date(2023, 1, 1), dt.date(2026, 1, 1)).map(dt.date.isoformat),
    written=st.just("2026-01-02T08:00:00+07:00"),
    values=st.dictionaries(
        st.sampled_from(["a_b", "online_payment_share", "x1"]),
        st.floats(0, 100, allow_nan=False),
        max_size=3,
    ),
    note=texts,
    obstacles=texts,
    proposals=texts,
    evidence=st.lists(texts, max_size=3).map(tuple),
    by=texts,
    corrects=st.none() | st.from_regex(r"[0-9a-f]{12}", fullmatch=True),
    forced=st.booleans(),
)


def read_entries(path: Path) -> list[Entry]:
    data = parse(path.read_text(encoding="utf-8")) or []
    return [check_entry(item) for item in data]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entry=entries)
def test_any_entry_round_trips_through_its_text(entry: Entry) -> None:
    text = entry_text(entry)
    assert text.startswith('- {"id": "') and text.endswith("}\n") and text.count("\n") == 1
    back = parse(text)
    assert [check_entry(item) for item in back] == [entry]


@settings(
    max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(batch=st.lists(entries, min_size=1, max_size=4))
def test_appended_entries_load_back_exactly(tmp_path: Path, batch: list[Entry]) -> None:
    path = tmp_path / f"{uuid.uuid4().hex}.yaml"
    for entry in batch:
        append_entry(path, entry, HEADER)
    assert read_entries(path) == batch


TRICKY = [
    "quotes \" and ' mixed",
    "colon: here",
    "# not a comment",
    "- leading dash",
    "line\nbreaks\n\nand blank",
    "emoji 🎉👍🏽",
    "Tiếng Việt: Đã hoàn thành 100%",
    "  spaces around  ",
    "",
    "null",
    "yes",
    "1e3",
    "[not, a, list]",
    "{a: b}",
    "|",
    ">",
    "tab\there",
    "\\backslash",
    "@at",
    "`tick`",
    "%percent",
    "*star",
    "&amp",
    "!bang",
    "ends with colon:",
    "x" * 5000,
]


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
def test_tricky_text_in_every_field(tmp_path: Path, text: str) -> None:
    entry = check_entry(
        dict(
            id="abcdef012345",
            target="II.4",
            unit="van-phong",
            status="done",
            date="2023-10-15",
            written="2023-10-16T08:00:00+07:00",
            note=text,
            obstacles=text,
            proposals=text,
            evidence=(text, text),
            by=text,
        )
    )
    path = tmp_path / "van-phong.yaml"
    append_entry(path, entry, HEADER)
    append_entry(path, entry._replace(id="abcdef999999"), HEADER)
    assert [e.id for e in read_entries(path)] == ["abcdef012345", "abcdef999999"]
    assert read_entries(path)[0] == entry


def _entry(n: int) -> Entry:
    return check_entry(
        dict(
            id=f"{n:012x}",
            target="II.4",
            unit="van-phong",
            status="in_progress",
            date="2023-10-15",
            written="2023-10-16T08:00:00+07:00",
            note=f"n{n}",
        )
    )


def test_existing_bytes_are_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "van-phong.yaml"
    original = (
        "# Ghi chú của cán bộ: giữ nguyên!\n"
        "-   id: 00000000aaaa   # odd indentation and a trailing comment\n"
        "    target: II.4\n    unit: van-phong\n    status: done\n"
        "    date: '2023-10-01'\n    written: \"2023-10-02T08:00:00+07:00\"\n"
        "\n# cuối tệp\n"
    )
    path.write_bytes(original.encode("utf-8"))
    append_entry(path, _entry(1), HEADER)
    data = path.read_bytes()
    assert data.startswith(original.encode("utf-8"))
    assert [e.id for e in read_entries(path)] == ["00000000aaaa", "000000000001"]


def test_missing_final_newline_and_indented_sequence(tmp_path: Path) -> None:
    path = tmp_path / "van-phong.yaml"
    path.write_bytes(
        b"  - id: 00000000aaaa\n    target: II.4\n    unit: van-phong\n"
        b"    status: done\n    date: '2023-10-01'\n"
        b"    written: '2023-10-02T08:00:00+07:00'"
    )
    append_entry(path, _entry(2), HEADER)
    assert [e.id for e in read_entries(path)] == ["00000000aaaa", "000000000002"]


def test_a_new_file_gets_the_header(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "van-phong.yaml"
    append_entry(path, _entry(3), HEADER)
    assert path.read_text(encoding="utf-8").startswith(
        '# header\n- {"id": "000000000003", "target": "II.4", "unit": "van-phong", '
        '"status": "in_progress", "date": "2023-10-15", "note": "n3", '
        '"written": "2023-10-16T08:00:00+07:00"}\n'
    )


def test_large_entry_goes_through_a_renamed_copy(tmp_path: Path) -> None:
    path = tmp_path / "van-phong.yaml"
    append_entry(path, _entry(4), HEADER)
    before = path.read_bytes()
    inode = path.stat().st_ino
    big = _entry(5)._replace(note="x" * (ONE_WRITE * 2))
    append_entry(path, big, HEADER)
    assert path.read_bytes().startswith(before)
    assert path.stat().st_ino != inode  # replaced, not appended in place
    assert read_entries(path)[-1] == big
    assert sorted(p.name for p in tmp_path.iterdir()) == [".lock", "van-phong.yaml"]


def test_disk_full_leaves_the_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "van-phong.yaml"
    append_entry(path, _entry(6), HEADER)
    before = path.read_bytes()
    real_write = os.write

    def half_then_fail(fd: int, data: bytes) -> int:
        real_write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_fail)
    with pytest.raises(DataError) as caught:
        append_entry(path, _entry(7), HEADER)
    assert say(caught.value.message, "en") == (
        f"could not write {path}: No space left on device; the file is unchanged"
    )
    assert caught.value.exit_code == 1
    monkeypatch.undo()
    assert path.read_bytes() == before


@pytest.mark.skipif(not namespaces_work(), reason="needs user namespaces (unshare -rm)")
def test_read_only_folder(tmp_path: Path) -> None:
    """A read-only mount: writing fails for root too, so this runs where CI runs (as root)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    script = tmp_path / "append.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from cds_tracker.core.errors import DataError\n"
        "from cds_tracker.progress.writing import append_entry\n"
        "from cds_tracker.registry.models import check_entry\n"
        "entry = check_entry(dict(id='000000000008', target='II.4', unit='van-phong',\n"
        "    status='done', date='2023-10-15', written='2023-10-16T08:00:00+07:00'))\n"
        "try:\n"
        "    append_entry(Path(sys.argv[1]), entry, '# header\\n')\n"
        "except DataError as error:\n"
        "    from cds_tracker.output.words import say\n"
        "    print(say(error.message, 'en'))\n"
        "    raise SystemExit(1) from None\n",
        encoding="utf-8",
    )
    done = run_read_only(folder, [str(script), str(folder / "van-phong.yaml")])
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout == (
        f"could not write {folder / 'van-phong.yaml'}: Read-only file system; the file is "
        "unchanged\n"
    )
    assert list(folder.iterdir()) == []


def test_read_only_file_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated with os.open failing as it does on a read-only file system."""
    path = tmp_path / "van-phong.yaml"
    append_entry(path, _entry(9), HEADER)
    before = path.read_bytes()
    real_open = os.open

    def read_only(file: str | os.PathLike[str], flags: int, *args: int) -> int:
        if str(file) == str(path) and flags & os.O_APPEND:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(DataError) as caught:
        append_entry(path, _entry(10), HEADER)
    assert "Read-only file system; the file is unchanged" in say(caught.value.message, "en")
    monkeypatch.undo()
    assert path.read_bytes() == before

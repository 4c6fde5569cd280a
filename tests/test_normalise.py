"""`cds progress normalise`: older files become JSON lines with every entry and comment kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.progress.lines import json_items
from cds_tracker.progress.reading import load_progress
from cds_tracker.registry.loading import load_registry_bytes

runner = CliRunner()

OLD = (
    "# Tiến độ của Phòng Y tế\n"
    "- {id: 'aaaaaa000001', target: III.4, unit: phong-y-te, status: in_progress, "
    "date: '2023-09-10', values: {health_facilities_cashless: 40.0}, note: Đã có 4/10 cơ sở, "
    'written: "2023-09-11T08:00:00+07:00"}\n'
    "\n"
    "# sửa tay sau cuộc họp\n"
    "- id: aaaaaa000002\n"
    "  target: III.4\n"
    "  unit: phong-y-te\n"
    "  status: done\n"
    "  date: '2023-10-20'\n"
    "  note: |\n"
    "    Hoàn thành.\n"
    "    # dòng này là nội dung, không phải chú thích\n"
    "  evidence: [QĐ 12/QĐ-UBND]\n"
    "  written: '2023-10-21T09:30:00+07:00'\n"
    "- {id: 'aaaaaa000003', target: III.5, unit: phong-y-te, status: done, date: '2023-10-01', "
    'note: "số #3: xong", written: "2023-10-02T08:00:00+07:00"}\n'
)


def _entries(folder: Path) -> tuple[object, ...]:
    registry_path = folder / "phu_luc_01.yaml"
    registry = load_registry_bytes(
        registry_path.read_bytes(), path=registry_path, display=str
    ).registry
    assert registry is not None
    loaded = load_progress(registry, [folder / "progress" / "phong-y-te.yaml"])
    assert loaded.problems == ()
    return loaded.entries


def _invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_old_and_hand_written_entries_become_json_lines(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.parent.mkdir(exist_ok=True)
    file.write_text(OLD, encoding="utf-8")
    before = _entries(own_registry)
    assert len(before) == 3 and json_items(OLD) is None
    shown = ["progress", "list", "--unit", "Phòng Y tế", "--registry", str(own_registry)]
    listing = _invoke(*shown, "--format", "json")

    code, output = _invoke("progress", "normalise", "--registry", str(own_registry), "--lang", "en")

    assert code == 0, output
    assert "phong-y-te.yaml: 3 entries rewritten as JSON lines" in output
    text = file.read_text(encoding="utf-8")
    assert json_items(text) is not None  # now read at JSON speed
    assert _entries(own_registry) == before  # every entry, field for field, in order
    assert _invoke(*shown, "--format", "json") == listing
    rows = text.split("\n")
    assert rows[0] == "# Tiến độ của Phòng Y tế"
    assert rows[1].startswith('- {"id": "aaaaaa000001", "target": "III.4"')
    assert rows[2:4] == ["", "# sửa tay sau cuộc họp"]  # the comment stays before its entry
    assert rows[4].startswith('- {"id": "aaaaaa000002"')
    assert '"date": "2023-10-20"' in rows[4] and '"evidence": ["QĐ 12/QĐ-UBND"]' in rows[4]
    assert "\\n# dòng này là nội dung, không phải chú thích\\n" in rows[4]
    assert '"note": "số #3: xong"' in rows[-2] and rows[-1] == ""
    assert not [p for p in file.parent.iterdir() if p.name.endswith(".tmp")]

    code, output = _invoke("progress", "normalise", "--registry", str(own_registry), "--lang", "en")
    assert code == 0 and "phong-y-te.yaml: already JSON lines" in output
    assert file.read_text(encoding="utf-8") == text


def test_a_comment_at_the_end_of_a_line_keeps_the_file_as_it_is(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.parent.mkdir(exist_ok=True)
    text = OLD.replace("  status: done\n", "  status: done   # theo biên bản\n")
    file.write_text(text, encoding="utf-8")
    code, output = _invoke("progress", "normalise", "--registry", str(own_registry), "--lang", "en")
    assert code == 1
    assert "phong-y-te.yaml:8:18: a comment at the end of a line" in output
    assert file.read_text(encoding="utf-8") == text


def test_an_invalid_file_is_left_alone(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.parent.mkdir(exist_ok=True)
    text = OLD.replace("status: done\n", "status: finished\n")
    file.write_text(text, encoding="utf-8")
    code, output = _invoke("progress", "normalise", "--registry", str(own_registry))
    assert code == 1
    assert "phong-y-te.yaml:8:" in output
    assert file.read_text(encoding="utf-8") == text


def test_the_bundled_registry_is_never_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no registry found here: the bundled copy is the one in use
    code, output = _invoke("progress", "normalise")
    assert code == 2
    assert "cds init" in output

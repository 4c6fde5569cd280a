"""The diff of a plan carry-over annulled a copy in, and of its exports (attack23).

a23-07: `cds diff 2024 2025` listed a copy carry-over annulled (its target finished in 2024 by
the carry day, app/carry_withdrawn.py) as carried in; a23-09: the Word export left that copy
out, the Excel kept it as carried, so three diffs of one plan disagreed. Now each says it
annulled ("bên mới đã bãi bỏ", JSON `carried_annulled`), and both exports read back without it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from test_attack23_carry_said import NEW_OWN, TWO, _add
from test_carry_units import EMPTY, _plan, _target, cds, ok


@pytest.fixture
def annulled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """2024's I.1 (Phòng Y tế finished 15/08/2024) and I.2, carried into 2025 as I.2 and I.3;
    then Phòng Tư pháp's "hoàn thành" of I.1 dated 20/12/2024 recorded in 2024: I.1 was
    finished there by the carry day, and carry-over again annuls 2025's I.2 from 01/01/2025."""
    monkeypatch.chdir(tmp_path)
    _plan(
        tmp_path,
        2024,
        [
            _target(1, "Số hóa sổ hộ tịch.", (EMPTY, TWO, EMPTY), "6/2024"),
            _target(2, "Bản đồ số.", (EMPTY, TWO, EMPTY), "10/2024"),
        ],
    )
    _plan(tmp_path, 2025, NEW_OWN)
    for year in (2024, 2025):  # each plan cited as issued in its own year, as exports print it
        path = tmp_path / "plans" / str(year) / "phu_luc_01.yaml"
        text = path.read_text(encoding="utf-8").replace("/5/2023", f"/1/{year}")
        path.write_text(text, encoding="utf-8")
    _add("phong-y-te", "15/08/2024")
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    _add("phong-tu-phap", "20/12/2024")
    assert "Đã ghi bãi bỏ 1 chỉ tiêu" in ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    return tmp_path


DIFF_TAIL = [
    "+ I.1  Trợ lý ảo.",
    "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên mới có: 1",
    "  I.3 ← I.2 (2024)",
    "Chỉ tiêu chuyển từ kế hoạch trước, bên mới đã bãi bỏ (không tính, không theo dõi): 1",
    "  I.2 ← I.1 (2024) (bãi bỏ từ 01/01/2025)",
]
DIFF_TAIL_EN = [
    "+ I.1  Trợ lý ảo.",
    "Targets carried from an earlier plan, on the new side only: 1",
    "  I.3 ← I.2 (2024)",
    "Targets carried from an earlier plan, annulled since on the new side (not counted, not "
    "followed): 1",
    "  I.2 ← I.1 (2024) (annulled from 01/01/2025)",
]


def test_the_diff_says_a_carried_copy_annulled_since(annulled: Path) -> None:
    assert ok("diff", "2024", "2025").splitlines() == [
        "plans/2024/phu_luc_01.yaml → plans/2025/phu_luc_01.yaml: thêm 1, bỏ 0, sửa 0 chỉ tiêu.",
        "~ Đầu văn bản",
        '    Dòng "Kèm theo Kế hoạch": Kế hoạch số /KH-BCĐ ngày /1/[-2024-]{+2025+} của Ban Chỉ '
        "đạo chuyển đổi số thành phố",
        "    Ngày kế hoạch: /1/[-2024-]{+2025+}",
        "    Năm kế hoạch: [-2024-]{+2025+}",
        *DIFF_TAIL,
    ]
    assert ok("--lang", "en", "diff", "2024", "2025").splitlines()[5:] == DIFF_TAIL_EN
    data = json.loads(ok("diff", "2024", "2025", "--format", "json"))
    assert data["carried_in"] == [{"id": "I.3", "carried_from": "2024/I.2"}]
    assert data["carried_annulled"] == [
        {"id": "I.2", "carried_from": "2024/I.1", "cancelled": "01/01/2025"}
    ]
    assert data["carried_out"] == []


def _numbers(path: str) -> list[Any]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [row[1] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_the_exports_agree_with_the_plan_on_an_annulled_copy(annulled: Path, kind: str) -> None:
    name = f"e.{kind}"
    ok("--plan", "2025", "export", "-f", kind, "--out", name, "--as-of", "10/01/2025")
    plan = ok("diff", "2024", "2025").splitlines()
    table = cds("diff", "2024", name)
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[-len(DIFF_TAIL) :] == DIFF_TAIL
    assert table.output.splitlines()[1:] == plan[1:]
    english = ok("--lang", "en", "diff", "2024", name).splitlines()
    assert english[-len(DIFF_TAIL_EN) :] == DIFF_TAIL_EN
    data = json.loads(ok("diff", "2024", name, "--format", "json"))
    assert data["carried_annulled"] == [
        {"id": "I.2", "carried_from": "2024/I.1", "cancelled": "01/01/2025"}
    ]
    assert data["carried_out"] == []
    # read back, both give the plan in force: its own I.1 and the carried I.3, not the annulled
    result = cds("--plan", "2025", "import", name, "--out", "lai.yaml")
    assert result.exit_code == 0, result.output
    assert "Đã ghi 2 chỉ tiêu (1 nhóm) vào lai.yaml." in result.output.splitlines()
    from cds_tracker.registry.loading import load_registry

    imported = load_registry(Path("lai.yaml")).registry
    assert imported is not None
    assert [(t.id, t.carried_from) for _, t in imported.targets()] == [
        ("I.1", None),
        ("I.3", "2024/I.2"),
    ]
    if kind == "xlsx":  # kept in the sheet, as an own annulled row is: cited annulled
        numbers = _numbers(name)
        assert "I.1 (2024) (đã bãi bỏ)" in numbers
        assert "I.2 (2024)" in numbers
        assert (
            "e.xlsx:Phụ lục 01!B10: ghi chú: dòng I.2 không có số thứ tự: chỉ tiêu không còn "
            "trong kế hoạch đang có hiệu lực (đã bãi bỏ); không nhập"
        ) in result.output.splitlines()


def test_typed_the_other_way_round_the_annulled_copy_is_said_on_the_old_side(
    annulled: Path,
) -> None:
    assert ok("diff", "2025", "2024").splitlines()[-4:] == [
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên cũ có: 1",
        "  I.3 ← I.2 (2024)",
        "Chỉ tiêu chuyển từ kế hoạch trước, bên cũ đã bãi bỏ (không tính, không theo dõi): 1",
        "  I.2 ← I.1 (2024) (bãi bỏ từ 01/01/2025)",
    ]
    assert ok("--lang", "en", "diff", "2025", "2024").splitlines()[-2:] == [
        "Targets carried from an earlier plan, annulled since on the old side (not counted, not "
        "followed): 1",
        "  I.2 ← I.1 (2024) (annulled from 01/01/2025)",
    ]
    data = json.loads(ok("diff", "2025", "2024", "--format", "json"))
    assert data["carried_old"] == [{"id": "I.3", "carried_from": "2024/I.2"}]
    assert data["carried_annulled_old"] == [
        {"id": "I.2", "carried_from": "2024/I.1", "cancelled": "01/01/2025"}
    ]

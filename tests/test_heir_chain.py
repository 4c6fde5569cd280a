"""The whole chain of successors, followed (review 9 of issue 16): Phòng Y tế ends 30/06/2023
merged into Phòng Mới, which itself ends 31/07/2023. With no successor after Phòng Mới, nobody
answers for III.4 and IV.7 (led by Phòng Y tế, due Tháng 10/2023) nor IV.8 (due Tháng
11/2023) from 01/08/2023: `validate` refuses it at Phòng Mới's catalog line. With Phòng Khác
after it (from 01/08/2023), Phòng Khác is urged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()

HEAD = """units:
  - id: phong-y-te
    valid_to: 30/06/2023
    merged_into: phong-moi
  - id: phong-moi
    name: Phòng Mới
    kind: department
    source: user
    valid_from: 01/07/2023
    valid_to: 31/07/2023
"""
KHAC = """    merged_into: phong-khac
  - id: phong-khac
    name: Phòng Khác
    kind: department
    source: user
    valid_from: 01/08/2023
"""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path


def _changes(workspace: Path, text: str) -> None:
    (workspace / "plans" / "don_vi_thay_doi.yaml").write_text(text, encoding="utf-8")


def test_an_heir_that_ends_with_nobody_after_it_is_refused_at_its_line(workspace: Path) -> None:
    _changes(workspace, HEAD)
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        "plans/don_vi_thay_doi.yaml:10:5: 'Phòng Mới' (phong-moi) kết thúc ngày 31/07/2023 và "
        "không có đơn vị kế thừa, nhưng nó đang nhận thay phần việc của đơn vị đã sáp nhập hoặc "
        "đổi tên ở chỉ tiêu III.4, IV.7, IV.8, cần đến 30/11/2023: từ hôm sau không đơn vị nào "
        "được đôn đốc"
    )
    assert lines[3] == (
        "  gợi ý: ghi đơn vị nhận lại công việc của 'phong-moi' (đơn vị kế thừa, `merged_into`) "
        "trong danh mục hay plans/don_vi_thay_doi.yaml, hoặc sửa ngày cuối cùng (`valid_to`) của "
        "nó"
    )
    assert lines[-1] == "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp)."
    english = runner.invoke(app, ["validate", "--lang", "en"]).output.splitlines()[0]
    assert english.endswith(
        "'Phòng Mới' (phong-moi) ends on 31/07/2023 with no successor, but it holds the part of a "
        "unit merged or renamed in targets III.4, IV.7, IV.8, needed until 30/11/2023: from the "
        "next day no unit is urged"
    )


def test_the_final_living_heir_is_urged(workspace: Path) -> None:
    _changes(workspace, HEAD + KHAC)
    assert runner.invoke(app, ["validate"]).exit_code == 0
    late = json.loads(
        runner.invoke(
            app, ["late", "--by-unit", "--as-of", "01/11/2023", "--format", "json"]
        ).output
    )
    owed = [(r["unit"], r["id"], r["in_place_of"]) for r in late if r["id"] in ("III.4", "IV.7")]
    assert owed == [
        ("Phòng Khác", "III.4", ["Phòng Y tế"]),
        ("Phòng Khác", "IV.7", ["Phòng Y tế"]),
    ]
    notes = json.loads(
        runner.invoke(
            app, ["remind", "--month", "10/2023", "--as-of", "01/11/2023", "--format", "json"]
        ).output
    )
    urged = {n["unit_id"]: [t["id"] for t in n["targets"]] for n in notes}
    assert {"III.4", "IV.7"} <= set(urged["phong-khac"])
    assert "phong-moi" not in urged and "phong-y-te" not in urged
    assert None not in urged  # every owed target has its letter


def test_a_loop_in_the_chain_is_said_once_and_does_not_hang(workspace: Path) -> None:
    _changes(workspace, HEAD + "    merged_into: phong-y-te\n")
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert "phong-y-te → phong-moi → phong-y-te" in result.output
    assert "kết thúc ngày 31/07/2023 và không có đơn vị kế thừa" not in result.output


def test_json_remind_lists_the_targets_no_unit_can_be_urged_for(workspace: Path) -> None:
    # Phòng Y tế ends 30/11/2023 with no successor (valid: its targets are due by then). On
    # 01/12/2023 III.4, IV.7 (due 10/2023) and IV.8 (due 11/2023) are late, owed by a unit that
    # no longer exists: no letter, and the JSON says so in one object with no unit.
    _changes(workspace, "units:\n  - id: phong-y-te\n    valid_to: 30/11/2023\n")
    assert runner.invoke(app, ["validate"]).exit_code == 0
    args = ["remind", "--month", "11/2023", "--as-of", "01/12/2023", "--format", "json"]
    notes = json.loads(runner.invoke(app, args).output)
    nobody = notes[-1]
    assert (nobody["unit"], nobody["unit_id"], nobody["month"]) == (None, None, "2023-11")
    assert [(t["id"], t["no_unit"], t["gone_unit"]) for t in nobody["targets"]] == [
        ("III.4", "unit_gone", "Phòng Y tế"),
        ("IV.7", "unit_gone", "Phòng Y tế"),
        ("IV.8", "unit_gone", "Phòng Y tế"),
    ]
    assert all(n["unit"] is not None for n in notes[:-1])
    # Asked for one unit, only its letter.
    one = json.loads(runner.invoke(app, [*args, "--unit", "Phòng Tư pháp"]).output)
    assert [n["unit_id"] for n in one] == ["phong-tu-phap"]


def _concerned_only(workspace: Path) -> None:
    """III.2 (due Tháng 11/2023) led only by "Các cơ quan, đơn vị có liên quan"."""
    path = workspace / "plans" / "2023" / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("      - id: III.2\n")
    old = (
        "          text: >-\n            Phòng kinh tế, phòng Tài chính - KH; các cơ quan, đơn "
        "vị có liên quan; UBND các phường,\n            xã\n          units:\n"
        "            - phong-kinh-te\n            - phong-tai-chinh-ke-hoach\n"
        "            - cac-phong-lien-quan\n            - ubnd-cac-phuong-xa\n"
    )
    new = (
        "          text: Các cơ quan, đơn vị có liên quan\n          units:\n"
        "            - cac-phong-lien-quan\n"
    )
    at = text.index(old, start)
    text = text[:at] + new + text[at + len(old) :]
    at = text.index("scope: city", start)
    text = text[:at] + "scope: each" + text[at + len("scope: city") :]
    path.write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["validate"]).exit_code == 0


def test_remind_says_a_target_owed_that_names_no_unit_to_urge(workspace: Path) -> None:
    _concerned_only(workspace)
    args = ["remind", "--month", "11/2023", "--as-of", "01/12/2023"]
    text = runner.invoke(app, args).output.splitlines()
    at = text.index(
        "Không đơn vị nào đang tồn tại nhận phần việc của các chỉ tiêu sau, nên không có văn bản "
        "đôn đốc:"
    )
    assert text[at + 1 :] == [
        "- III.2: chưa hoàn thành, nhưng chỉ giao cho 'Các cơ quan, đơn vị có liên quan', không "
        "nêu đơn vị cụ thể nào để đôn đốc",
        "Gợi ý: giao chỉ tiêu cho đơn vị cụ thể (sửa đơn vị chủ trì trong sổ đăng ký), hoặc đề "
        "nghị đơn vị có liên quan ghi tiến độ (cds progress add): từ đó đơn vị ấy được đôn đốc.",
    ]
    english = runner.invoke(app, [*args, "--lang", "en"]).output.splitlines()
    assert english[-2] == (
        "- III.2: not done, but assigned only to 'Các cơ quan, đơn vị có liên quan', which names "
        "no unit in particular to urge"
    )
    notes = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    assert [(t["id"], t["no_unit"], t["gone_unit"]) for t in notes[-1]["targets"]] == [
        ("III.2", "no_specific_unit", None)
    ]
    # A unit concerned that records progress owes its part from then on, and is urged.
    progress = ["progress", "add", "III.2", "--unit", "Phòng Tư pháp"]
    runner.invoke(app, [*progress, "--status", "in_progress", "--date", "15/11/2023"])
    notes = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    urged = {n["unit_id"]: [t["id"] for t in n["targets"]] for n in notes}
    assert "III.2" in urged["phong-tu-phap"] and None not in urged

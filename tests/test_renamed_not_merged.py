"""A department renamed is never said to have been merged (clerk15 F5): Phòng Kinh tế is renamed
Phòng Kinh tế, Hạ tầng và Đô thị from 01/03/2023 (`successor`, the new name begun that day, no
other predecessor: registry/succession.is_rename, as `cds units` says "đổi tên"). Plan 2023's
III.5 (directed and led by Phòng Kinh tế, due Tháng 10/2023) is one day late on 01/11/2023; the
renamed office answers for it. `late --by-unit`, `show`, `report --unit`, `remind` and its Word
letter said "(… nhận thay Phòng Kinh tế, đã sáp nhập)"; each now says the part is the office's
under its former name. A rename followed by a merger is a merger (`renamed_as`). Hand-computed.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
NEW = "Phòng Kinh tế, Hạ tầng và Đô thị"
RENAME = f"""units:
  - id: phong-kinh-te
    valid_to: 28/02/2023
    successor: phong-kinh-te-ha-tang-do-thi
  - id: phong-kinh-te-ha-tang-do-thi
    name: {NEW}
    kind: department
    source: user
    valid_from: 01/03/2023
"""
# The renamed office and Phòng Quản lý đô thị then merged into Phòng Kinh tế và Đô thị.
THEN_MERGED = RENAME.replace(
    "    valid_from: 01/03/2023\n",
    "    valid_from: 01/03/2023\n    valid_to: 31/08/2023\n    successor: phong-kinh-te-moi\n",
) + (
    "  - id: phong-quan-ly-do-thi\n    valid_to: 31/08/2023\n    successor: phong-kinh-te-moi\n"
    "  - id: phong-kinh-te-moi\n    name: Phòng Kinh tế và Đô thị\n    kind: department\n"
    "    source: user\n    valid_from: 01/09/2023\n"
)
CONTENT = (
    "Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số, trên "
    "30% doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số."
)


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(RENAME, encoding="utf-8")
    assert ok("validate") == "Hợp lệ: 2 tệp.\n"
    return tmp_path


def _cells(text: str, target: str, column: int) -> list[str]:
    """The lines of one column of a target's row in a screen table (the row and the lines under
    it up to the next rule), each stripped."""
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"| {target} "))
    found = []
    for line in lines[at:]:
        cells = line.split("|")
        if not line.startswith("| ") or len(cells) <= column + 1:  # a rule, the table's end
            break  # or a line across the row (report --unit's parts)
        found.append(cells[column].strip())
    return found


def _part_line(text: str, title: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(title))


def test_late_by_unit_says_the_former_name(workspace: Path) -> None:
    text = ok("late", "--as-of", "01/11/2023", "--by-unit")
    assert _cells(text, "III.5", 3) == [
        "Phòng Kinh tế",
        f"→ {NEW} (từ 01/03/2023)",
        "(trước đây là Phòng Kinh tế, đã đổi tên)",
    ]
    assert "sáp nhập" not in text
    text = ok("--lang", "en", "late", "--as-of", "01/11/2023", "--by-unit")
    assert _cells(text, "III.5", 3) == [
        "Phòng Kinh tế",
        f"→ {NEW} (from 01/03/2023)",
        "(formerly Phòng Kinh tế, renamed)",
    ]
    assert "merged" not in text


def test_show_and_report_say_the_former_name(workspace: Path) -> None:
    shown = ok("show", "III.5", "--as-of", "01/11/2023")
    assert _part_line(shown, "Phần việc") == (
        f"Phần việc của từng đơn vị (0/1 hoàn thành)  {NEW} (trước đây là Phòng Kinh tế, đã đổi"
        " tên): Quá hạn (chưa báo cáo)"
    )
    shown = ok("--lang", "en", "show", "III.5", "--as-of", "01/11/2023")
    assert _part_line(shown, "Each unit") == (
        f"Each unit's part (0/1 done)  {NEW} (formerly Phòng Kinh tế, renamed): Late (not reported)"
    )
    report = ok("report", "--unit", NEW, "--as-of", "01/11/2023")
    roles = " ".join(_cells(report, "III.5", 3))
    assert roles == (
        "Trực tiếp chỉ đạo (trước đây là Phòng Kinh tế, đã đổi tên); Chủ trì (trước đây là"
        " Phòng Kinh tế, đã đổi tên)"
    )
    assert "| (phần giao cho Phòng Kinh tế, tên trước đây của đơn vị, từ 01/03/2023: Quá hạn)" in (
        report
    )
    report = ok("--lang", "en", "report", "--unit", NEW, "--as-of", "01/11/2023")
    assert "| (part assigned to Phòng Kinh tế, its former name, from 01/03/2023: Late)" in report
    row = json.loads(ok("report", "--unit", NEW, "--as-of", "01/11/2023", "--format", "json"))
    (iii5,) = [r for r in row if r["id"] == "III.5"]
    assert [(p["taken_over_from"], p["renamed"]) for p in iii5["unit_parts"]] == [
        ("Phòng Kinh tế", True)
    ]


def test_the_letter_asks_for_the_part_under_its_former_name(workspace: Path) -> None:
    from docx import Document

    args = ("remind", "--month", "10/2023", "--as-of", "01/11/2023", "--unit", NEW)
    text = ok(*args)
    row = next(line for line in text.splitlines() if "| III.5 |" in line)
    assert row == (
        f"| 4 | III.5 | {CONTENT} (đề nghị thực hiện phần việc giao cho Phòng Kinh tế, tên trước"
        " đây của đơn vị) | Tháng 10/2023 | Quá hạn 1 ngày | Chưa báo cáo |"
    )
    ok(*args, "--format", "docx", "--out", "thu/")
    (letter,) = (workspace / "thu").glob("*.docx")
    rows = [[c.text for c in r.cells] for t in Document(str(letter)).tables for r in t.rows]
    (iii5,) = [r for r in rows if r[1] == "III.5"]
    assert iii5 == [
        "4",
        "III.5",
        f"{CONTENT}\n(đề nghị thực hiện phần việc giao cho Phòng Kinh tế, tên trước đây của"
        " đơn vị)",
        "Tháng 10/2023",
        "Quá hạn 1 ngày",
        "Chưa báo cáo",
    ]
    said = "\n".join(c for r in rows for c in r)
    assert "sáp nhập" not in said


def test_a_rename_then_a_merger_is_a_merger(workspace: Path) -> None:
    """Before the merger (01/06/2023) the renamed office holds its former name's part; after it
    (01/11/2023) Phòng Kinh tế và Đô thị holds it in place of a unit merged into it."""
    changes = workspace / "plans" / "don_vi_thay_doi.yaml"
    changes.write_text(THEN_MERGED, encoding="utf-8")
    ok("validate")
    shown = ok("--lang", "en", "show", "III.5", "--as-of", "01/06/2023")
    assert _part_line(shown, "Each unit") == (
        f"Each unit's part (0/1 done)  {NEW} (formerly Phòng Kinh tế, renamed): Not started (not"
        " reported)"
    )
    shown = ok("show", "III.5", "--as-of", "01/11/2023")
    assert _part_line(shown, "Phần việc") == (
        "Phần việc của từng đơn vị (0/1 hoàn thành)  Phòng Kinh tế và Đô thị (thay Phòng Kinh tế,"
        " đã sáp nhập): Quá hạn (chưa báo cáo)"
    )
    text = ok(
        "remind", "--month", "10/2023", "--as-of", "01/11/2023", "--unit", "Phòng Kinh tế và Đô thị"
    )
    row = next(line for line in text.splitlines() if "| III.5 |" in line)
    assert "(đề nghị thực hiện phần việc nhận thay Phòng Kinh tế, đã sáp nhập)" in row


def test_renamed_as_follows_every_step() -> None:
    from cds_tracker.core.records import Unit
    from cds_tracker.registry.succession import renamed_as

    def unit(uid: str, **kw: str) -> Unit:
        return Unit(id=uid, name=uid, kind="department", source="user", **kw)  # type: ignore[arg-type]

    units = {
        "a": unit("a", valid_to="2023-02-28", successor="b"),
        "b": unit("b", valid_from="2023-03-01", valid_to="2023-08-31", successor="c"),
        "d": unit("d", valid_to="2023-08-31", successor="c"),
        "c": unit("c", valid_from="2023-09-01"),
    }
    assert renamed_as(units, "a", "b") is True  # b is a under a new name
    assert renamed_as(units, "a", "c") is False  # then merged with d into c
    assert renamed_as(units, "d", "c") is False
    assert renamed_as(units, "a", "a") is False  # its own part, not one taken over


def test_units_excel_says_the_change_in_words(workspace: Path) -> None:
    """`units --excel`: the column of who answers for a unit says merger or rename, and the
    change is said in words under its own header (it was the raw code under "succession")."""
    text = ok("units", "--as-of", "01/11/2023", "--excel")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert table[0][-3:] == ["Đơn vị kế thừa", "Sáp nhập vào hoặc đổi tên thành", "Thay đổi"]
    (row,) = [r for r in table if r[0] == "phong-kinh-te"]
    assert row[-4:] == ["28/02/2023", NEW, NEW, "đổi tên"]
    text = ok("--lang", "en", "units", "--as-of", "01/11/2023", "--excel")
    table = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert table[0][-3:] == ["Successor", "Merged into or renamed", "Change"]
    (row,) = [r for r in table if r[0] == "phong-kinh-te"]
    assert row[-1] == "renamed"

"""Attack 12 follow-ups.

a12_01: a `before` entry's deadline ("Tháng 13", or "Tháng 6" with due 2023-07) was accepted by
validate and printed by `show --as-of`; its unit texts were never resolved. A `before` entry's
cells are now held to the rules of the target's own, said at the entry's line:col.
a12_03: after the plan's year, an ongoing target whose last period went unreported is "Chưa báo
cáo kỳ cuối" on screen but was "kỳ này" in the --excel CSV (status, unit_status) and in the
unit's part of the Word and Excel unit reports: every output now says it through `status_key`.
a12_07: a "P." name naming no unit ("P. Kinh", "P. Tây Sơ") got no suggestion, though its
readings ("Phòng Kinh", "phường Tây Sơ") do: it now gets theirs, merged, best first."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

from paths import REGISTRY

runner = CliRunner()

# I.3's own deadline, then a `before` entry: the deadline as it stood before 20/03/2023
I3_DEADLINE = '          text: Tháng 7/2023\n          due: "2023-07"\n'


def _with_before(tmp_path: Path, entry: str) -> Path:
    text = REGISTRY.read_text(encoding="utf-8")
    start = text.index("      - id: I.3")
    end = text.index(I3_DEADLINE, start) + len(I3_DEADLINE)
    path = tmp_path / "phu_luc_01.yaml"
    path.write_text(text[:end] + entry + text[end:], encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [i for i, line in enumerate(lines, 1) if needle in line][-1]


def _validate(path: Path, *lang: str) -> Any:
    return runner.invoke(app, ["validate", str(path), *lang])


MERGER = """units:
  - id: phong-quan-ly-do-thi
    valid_to: 30/06/2023
    merged_into: phong-kinh-te
"""


# a12_01 ---------------------------------------------------------------------------------------

BEFORE = (
    "        before:\n          - until: 20/03/2023\n            deadline:\n"
    '              text: {text}\n              due: "{due}"\n'
)


def test_a_before_deadline_naming_no_month_is_refused_at_its_cell(tmp_path: Path) -> None:
    path = _with_before(tmp_path, BEFORE.format(text="Tháng 13", due="2023-07"))
    line = _line_of(path, "text: Tháng 13")
    result = _validate(path)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{path}:{line}:21: không đọc được thời hạn 'Tháng 13'",
        f"  {line} |               text: Tháng 13",
        "      |                     ^",
        "  gợi ý: viết 'Tháng 9/2023', 'Quý III/2023', '30/11/2023' hoặc 'Thường xuyên'",
        "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
    english = _validate(path, "--lang", "en")
    assert english.exit_code == 1
    assert english.output.splitlines()[0] == f"{path}:{line}:21: cannot read deadline 'Tháng 13'"
    assert english.output.splitlines()[3] == (
        "  hint: write 'Tháng 9/2023', 'Quý III/2023', '30/11/2023' or 'Thường xuyên'"
    )


def test_a_before_deadline_whose_due_is_another_month_gets_the_one_it_says(
    tmp_path: Path,
) -> None:
    path = _with_before(tmp_path, BEFORE.format(text="Tháng 6", due="2023-07"))
    line = _line_of(path, '              due: "2023-07"')
    result = _validate(path)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{path}:{line}:20: Hạn (ngày/tháng) '2023-07' không khớp với thời hạn ghi 'Tháng 6', "
        "nghĩa là tháng 06/2023"
    )
    assert lines[3:] == [
        "  gợi ý: có phải ý bạn là '2023-06'?",
        "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
    english = _validate(path, "--lang", "en")
    assert english.output.splitlines()[3] == "  hint: did you mean '2023-06'?"


def test_a_before_deadline_that_reads_right_is_valid(tmp_path: Path) -> None:
    path = _with_before(tmp_path, BEFORE.format(text="Tháng 6/2023", due="2023-06"))
    result = _validate(path)
    assert (result.exit_code, result.output) == (0, "Hợp lệ: 1 tệp.\n")


def test_a_before_lead_text_naming_no_unit_is_refused(tmp_path: Path) -> None:
    """The entry's lead as the target's own: its text resolves to the units listed."""
    entry = (
        "        before:\n          - until: 20/03/2023\n            lead:\n"
        "              text: Phòng Ngoại vụ\n              units:\n"
        "                - phong-van-hoa-thong-tin\n"
    )
    path = _with_before(tmp_path, entry)
    line = _line_of(path, "text: Phòng Ngoại vụ")
    result = _validate(path)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{path}:{line}:21: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ'"
    )
    english = _validate(path, "--lang", "en")
    assert english.output.splitlines()[0] == (
        f"{path}:{line}:21: no unit in the catalog is named 'Phòng Ngoại vụ'"
    )


def test_a_before_lead_gone_before_the_plans_year_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A unit merged away on 30/06/2022 cannot have led I.3 before 20/03/2023: as the target's
    own lead, said at the entry's unit, with who took it over."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    gone = MERGER.replace("30/06/2023", "30/06/2022")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(gone, encoding="utf-8")
    path = tmp_path / "plans" / "2023" / "phu_luc_01.yaml"
    entry = (
        "        before:\n          - until: 20/03/2023\n            lead:\n"
        "              text: Phòng Quản lý đô thị\n              units:\n"
        "                - phong-quan-ly-do-thi\n"
    )
    text = path.read_text(encoding="utf-8")
    end = text.index(I3_DEADLINE, text.index("      - id: I.3")) + len(I3_DEADLINE)
    path.write_text(text[:end] + entry + text[end:], encoding="utf-8")
    line = _line_of(path, "- phong-quan-ly-do-thi")
    shown = "plans/2023/phu_luc_01.yaml"
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{shown}:{line}:19: đơn vị chủ trì 'Phòng Quản lý đô thị' không còn tồn tại trong năm "
        "2023 của kế hoạch (chỉ đến 30/06/2022)"
    )
    english = runner.invoke(app, ["validate", "--lang", "en"])
    assert english.output.splitlines()[0] == (
        f"{shown}:{line}:19: lead unit 'Phòng Quản lý đô thị' no longer existed in the plan's "
        "year 2023 (only until 30/06/2022)"
    )


# a12_03 ---------------------------------------------------------------------------------------

AFTER_YEAR = "31/12/2024"


@pytest.fixture
def unreported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """I.2 (monthly, VH&TT its lead) reported in progress each month to 25/10/2023: its last
    period (15/11–14/12/2023) went unreported."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "ws")
    monkeypatch.chdir(tmp_path / "ws")
    for month in range(1, 11):
        added = runner.invoke(
            app,
            ["progress", "add", "I.2", "--unit", "VH&TT", "--status", "in_progress",
             "--date", f"25/{month:02d}/2023"],
        )  # fmt: skip
        assert added.exit_code == 0, added.output
    return tmp_path / "ws"


def _csv_row(*args: str) -> dict[str, str]:
    result = runner.invoke(app, [*args, "--as-of", AFTER_YEAR, "--excel"])
    assert result.exit_code == 0, result.output
    rows = csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")))
    return next(row for row in rows if next(iter(row.values())) == "I.2")


def test_the_excel_csv_says_last_period_after_the_year(unreported: Path) -> None:
    assert _csv_row("list")["Tình trạng"] == "Chưa báo cáo kỳ cuối"
    unit = _csv_row("report", "--unit", "VH&TT")
    assert (unit["Tình trạng"], unit["Phần của đơn vị"]) == (
        "Chưa báo cáo kỳ cuối",
        "Chưa báo cáo kỳ cuối",
    )
    english = _csv_row("report", "--unit", "VH&TT", "--lang", "en")
    assert (english["Status"], english["Own part"]) == (
        "Last period not reported",
        "Last period not reported",
    )
    assert _csv_row("list", "--lang", "en")["Status"] == "Last period not reported"


def test_the_unit_reports_part_cell_says_last_period(unreported: Path) -> None:
    import docx
    import openpyxl

    for out in ("r.docx", "r.xlsx"):
        args = ["report", "--unit", "VH&TT", "--as-of", AFTER_YEAR, "--out", out]
        assert runner.invoke(app, args).exit_code == 0
    word = [
        [cell.text for cell in row.cells]
        for table in docx.Document("r.docx").tables
        for row in table.rows
        if row.cells[0].text == "I.2"
    ]
    assert [row[4:6] for row in word] == [["Chưa báo cáo kỳ cuối", "Chưa báo cáo kỳ cuối"]]
    cells = [
        value
        for sheet in openpyxl.load_workbook("r.xlsx")
        for row in sheet.iter_rows(values_only=True)
        if "I.2" in row
        for value in row
        if isinstance(value, str) and value.startswith("Chưa báo cáo")
    ]
    assert cells == ["Chưa báo cáo kỳ cuối", "Chưa báo cáo kỳ cuối"]


def test_an_heirs_parts_in_the_word_report_say_last_period(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """I.2 (monthly) led by Phòng Kinh tế and Phòng Quản lý đô thị, merged into it from
    01/07/2023; nobody reported: on 31/12/2024 each part the heir answers for is "kỳ cuối"."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")
    path = tmp_path / "plans" / "2023" / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    old = "          text: Phòng Văn hóa và Thông tin\n          units:\n"
    old += "            - phong-van-hoa-thong-tin\n"
    at = text.index(old, text.index("      - id: I.2\n"))
    new = "          text: Phòng Kinh tế; Phòng Quản lý đô thị\n          units:\n"
    new += "            - phong-kinh-te\n            - phong-quan-ly-do-thi\n"
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    import docx

    parts = {}
    for lang in ("vi", "en"):
        args = ["report", "--unit", "Phòng Kinh tế", "--as-of", AFTER_YEAR, "--out", f"{lang}.docx"]
        assert runner.invoke(app, [*args, "--lang", lang]).exit_code == 0
        parts[lang] = [
            row.cells[5].text
            for table in docx.Document(f"{lang}.docx").tables
            for row in table.rows
            if row.cells[0].text == "I.2"
        ]
    assert parts == {
        "vi": [
            "Chưa báo cáo kỳ cuối\n(phần của đơn vị: Chưa báo cáo kỳ cuối)\n"
            "(phần nhận thay Phòng Quản lý đô thị từ 01/07/2023: Chưa báo cáo kỳ cuối)"
        ],
        "en": [
            "Last period not reported\n(own part: Last period not reported)\n"
            "(part of Phòng Quản lý đô thị, taken over from 01/07/2023: Last period not reported)"
        ],
    }


# a12_07 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "near"),
    [
        ("P. Kinh", "Phòng Kinh tế"),
        ("P. Y", "Phòng Y tế"),
        ("P. Tây Sơ", "UBND phường Tây Sơn"),
        ("P. Tân", "UBND phường Tân Bình"),
    ],
)
def test_a_p_dot_name_naming_nothing_gets_its_readings_suggestions(typed: str, near: str) -> None:
    args = ["report", "--unit", typed, "--registry", str(REGISTRY)]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        f"cds: lỗi: không có đơn vị '{typed}'",
        f"  gợi ý: có phải ý bạn là: {near}?",
    ]
    english = runner.invoke(app, [*args, "--lang", "en"])
    assert english.exit_code == 2
    assert english.output.splitlines() == [
        f"cds: error: unknown unit '{typed}'",
        f"  hint: Did you mean: {near}?",
    ]

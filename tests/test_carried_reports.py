"""A report on a carried target belongs to the plan that follows it (issue 16, review 8).

plans/2024: I.1 "Số hóa hồ sơ y tế" led by Phòng Y tế, I.2 led by Phòng Văn hóa và Thông tin,
both due 10/2024; plans/2025: one target of its own. Carried over on 31/12/2024, 2024/I.1 becomes
2025/I.2 and 2024/I.2 becomes 2025/I.3. A report filed under plan 2024 on 10/02/2025 would count
nowhere (plan 2024 shows I.1 carried over, plan 2025 never reads plan 2024's files), so it is
refused — by `progress add` (exit 2, --force or not), by `progress import` of a form made
before the carry-over, and by `validate` for a line written by hand — naming where it belongs."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

ADD = ("progress", "add", "I.1", "--unit", "Phòng Y tế", "--status", "hoàn thành")


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    culture = _cell("Phòng Văn hóa và Thông tin", "phong-van-hoa-thong-tin")
    _plan(
        tmp_path,
        2024,
        [
            _target(1, "Số hóa hồ sơ y tế.", (EMPTY, health, EMPTY), "10/2024"),
            _target(2, "Số hóa di tích.", (EMPTY, culture, EMPTY), "10/2024"),
        ],
    )
    _plan(tmp_path, 2025, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2025")])
    ok("--plan", "2024", "progress", "add", "I.2", "--unit", "Phòng Văn hóa và Thông tin",
       "--status", "đang thực hiện", "--date", "20/10/2024")  # fmt: skip
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    return tmp_path


def test_progress_add_after_the_carry_over_is_refused_with_the_new_plans_id(
    carried: Path,
) -> None:
    result = cds("--plan", "2024", *ADD, "--date", "10/02/2025")
    assert result.exit_code == 2, result.output
    assert (
        "chỉ tiêu I.1 đã chuyển sang kế hoạch 2025 (chỉ tiêu I.2) ngày 31/12/2024: báo cáo "
        "ngày 10/02/2025 không ghi vào kế hoạch này nữa"
    ) in result.output
    assert "ghi vào kế hoạch 2025, chỉ tiêu I.2: cds --plan 2025 progress add I.2" in result.output
    forced = cds("--lang", "en", "--plan", "2024", *ADD, "--date", "01/01/2025", "--force")
    assert forced.exit_code == 2, forced.output
    assert (
        "target I.1 was carried over to plan 2025 (target I.2) on 31/12/2024: a report dated "
        "01/01/2025 no longer belongs to this plan"
    ) in forced.output
    assert "record it in plan 2025, target I.2: cds --plan 2025 progress add I.2" in forced.output
    assert not (carried / "plans/2024/progress/phong-y-te.yaml").exists()
    # The carry day (its last day there) still belongs to plan 2024; the new plan takes the rest.
    ok("--plan", "2024", *ADD, "--date", "31/12/2024")
    ok("--plan", "2025", "progress", "add", "I.2", "--unit", "Phòng Y tế", "--status",
       "hoàn thành", "--date", "10/02/2025")  # fmt: skip
    # The report of 31/12/2024 is plan 2025's too once carry-over copies it (test_carry_gaps.py):
    # until then validate says so.
    said = cds("validate", "plans/2024")
    assert said.exit_code == 1 and "nhưng chưa có ở kế hoạch 2025" in said.output, said.output
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    assert cds("validate", "plans/2024").exit_code == 0


def test_validate_locates_a_hand_written_report_after_the_carry_over(carried: Path) -> None:
    path = carried / "plans/2024/progress/phong-y-te.yaml"
    path.write_text(
        '- {"id": "a1b2c3d4e5f6", "target": "I.1", "unit": "phong-y-te", "status": "done", '
        '"date": "2025-02-10", "written": "2025-02-10T08:00:00+07:00"}\n',
        encoding="utf-8",
    )
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        "plans/2024/progress/phong-y-te.yaml:1:91: chỉ tiêu I.1 đã chuyển sang kế hoạch 2025 "
        "(chỉ tiêu I.2) ngày 31/12/2024: báo cáo ngày 10/02/2025 không ghi vào kế hoạch này nữa"
    )
    assert lines[3] == (
        "  gợi ý: báo cáo này thuộc kế hoạch 2025, chỉ tiêu I.2: "
        "ghi vào kế hoạch đó trước, rồi mới xóa dòng này: "
        'cds --registry plans/2025 progress add I.2 --id --unit phong-y-te --status "hoàn thành" '
        "--date 10/02/2025 (việc xong đến hết 31/12/2024 thì sửa ngày cho đúng)"
    )
    english = cds("--lang", "en", "validate", "plans/2024")
    # `validate plans/2024`: a folder named, so the other plan is named by its folder too
    assert english.output.splitlines()[3] == (
        "  hint: this report belongs to plan 2025, target I.2: "
        "record it there first, then delete this line: "
        "cds --registry plans/2025 progress add I.2 --id --unit phong-y-te --status done "
        "--date 10/02/2025 (work finished by 31/12/2024: correct its day)"
    )
    # Dated before the carry-over, the same line belongs here; validate then only asks for the
    # copy plan 2025 lacks (test_carry_gaps.py).
    path.write_text(path.read_text(encoding="utf-8").replace("2025-02-10", "2024-12-30"), "utf-8")
    said = cds("validate", "plans/2024")
    assert "không ghi vào kế hoạch này nữa" not in said.output
    assert said.output.splitlines()[-1] == "1 lỗi trong 1 tệp (đã kiểm tra 3 tệp)."
    assert "nhưng chưa có ở kế hoạch 2025" in said.output


def test_a_form_filled_after_the_carry_over_is_refused_at_its_date_cell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Số hóa hồ sơ y tế.", (EMPTY, health, EMPTY), "10/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2025")])
    form = tmp_path / "phieu.xlsx"
    ok("--plan", "2024", "form", "--unit", "Phòng Y tế", "--month", "12/2024", "--as-of",
       "01/12/2024", "--out", str(form))  # fmt: skip
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    book = openpyxl.load_workbook(io.BytesIO(form.read_bytes()))
    sheet = book["Phiếu báo cáo"]
    assert sheet["B8"].value.split("\n")[0] == "I.1"
    sheet["F8"], sheet["G8"] = "Hoàn thành", "05/01/2025"
    book.save(form)
    result = cds("--plan", "2024", "progress", "import", str(form))
    assert result.exit_code == 1, result.output
    assert (
        "phieu.xlsx:Phiếu báo cáo!G8: chỉ tiêu I.1 đã chuyển sang kế hoạch 2025 (chỉ tiêu I.2) "
        "ngày 31/12/2024: báo cáo ngày 05/01/2025 không ghi vào kế hoạch này nữa"
    ) in result.output
    assert not (tmp_path / "plans/2024/progress/phong-y-te.yaml").exists()

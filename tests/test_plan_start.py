"""A progress report dated before its plan began is refused: 2013 typed for 2023, or another
plan's work. The plan of the bundled registry is for 2023 ("ngày /5/2023", no day printed): its
reporting year begins 15/12/2022 (Nghị định 09/2019), the first day a report may be dated."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.questions.periods import plan_start

runner = CliRunner()


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def refusal(day: str) -> str:
    return (
        f"cds: lỗi: ngày {day} trước khi kế hoạch năm 2023 bắt đầu (15/12/2022)\n"
        "  gợi ý: kiểm tra năm của ngày (dd/mm/yyyy); kế hoạch năm 2023 nhận báo cáo từ "
        "15/12/2022 (đầu kỳ báo cáo năm, Nghị định 09/2019); việc của kế hoạch khác ghi vào kế "
        "hoạch đó (--plan)\n"
    )


def test_plan_start() -> None:
    assert plan_start(2023, "/5/2023") == dt.date(2022, 12, 15)  # the day is blank in the source
    assert plan_start(2024, "10/01/2024") == dt.date(2023, 12, 15)  # issued after the year began
    assert plan_start(2024, "01/12/2023") == dt.date(2023, 12, 1)  # issued before: its own day
    assert plan_start(2023, "") == dt.date(2022, 12, 15)


@pytest.mark.parametrize(
    ("day", "extra"),
    [("15/11/2013", ()), ("01/01/1999", ()), ("14/12/2022", ()), ("01/01/1999", ("--force",))],
)
def test_a_report_before_the_plan_is_refused(
    own_registry: Path, day: str, extra: tuple[str, ...]
) -> None:
    """--force records a unit not assigned to the target; it does not move the plan's start."""
    add = ("progress", "add", "V.3", "--unit", "Y tế", "--status", "hoàn thành", "--date", day)
    assert cds(*add, *extra, "--registry", str(own_registry)) == (2, refusal(day))
    assert not (own_registry / "progress" / "phong-y-te.yaml").exists()
    shown = json.loads(cds("show", "V.3", "--format", "json", "--registry", str(own_registry))[1])
    assert next(p for p in shown["parts"] if p["unit"] == "phong-y-te")["status"] == "late"


def test_the_first_day_of_the_reporting_year_is_accepted(own_registry: Path) -> None:
    add = ("progress", "add", "I.2", "--unit", "VH&TT", "--status", "đang thực hiện")
    code, output = cds(*add, "--date", "15/12/2022", "--registry", str(own_registry))
    assert code == 0, output


def test_english(own_registry: Path) -> None:
    add = ("progress", "add", "V.3", "--unit", "Y tế", "--status", "done", "--date", "15/11/2013")
    assert cds(*add, "--registry", str(own_registry), "--lang", "en") == (
        2,
        "cds: error: 15/11/2013 is before the 2023 plan began (15/12/2022)\n"
        "  hint: check the year of the date (dd/mm/yyyy); the 2023 plan takes reports from "
        "15/12/2022 (the start of the reporting year, Nghị định 09/2019); work of another plan "
        "goes in that plan (--plan)\n",
    )


def test_a_form_dated_before_the_plan_is_refused_at_its_date_cell(
    own_registry: Path, tmp_path: Path
) -> None:
    import openpyxl

    form = tmp_path / "phieu.xlsx"
    made = cds(
        "form", "--unit", "Phòng Y tế", "--month", "11/2023", "--as-of", "01/11/2023",
        "--out", str(form), "--registry", str(own_registry),
    )  # fmt: skip
    assert made[0] == 0, made[1]
    book = openpyxl.load_workbook(form)
    book["Phiếu báo cáo"]["F8"] = "Hoàn thành"  # I.1's row
    book["Phiếu báo cáo"]["G8"] = dt.datetime(2013, 10, 25)
    book.save(form)
    result = runner.invoke(app, ["progress", "import", str(form), "--registry", str(own_registry)])
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        f"{form}: 1 lỗi, không ghi mục nào từ tệp này\n",
        f"{form}:Phiếu báo cáo!G8: ngày 25/10/2013 trước khi kế hoạch năm 2023 bắt đầu "
        "(15/12/2022)\n  gợi ý: sửa ô Ngày báo cáo G8 thành ngày từ 15/12/2022 trở đi (kiểm tra "
        "năm, dd/mm/yyyy), rồi nhập lại; việc của kế hoạch năm khác thì xoá dòng này khỏi phiếu\n",
    )

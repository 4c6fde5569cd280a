"""A carried target's origin in the files a clerk opens in Excel (issue 16).

The revised 2024 workspace of test_revised_plan.py: I.4 is carried from 2023/I.1, I.1 is the
plan's own. Terminal tables cite I.4 as "I.1 (2023)" under its id and JSON gives `origin`; the
CSV (machine and `--excel`) and the exported workbook's history carry it too, in a column of
their own, empty for the plan's own targets, whatever the rows (the columns never depend on the
data), made safe as every cell is.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from test_revise import cds, ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

AS_OF = ("--as-of", "01/07/2024")
VI = "Chuyển tiếp từ (số thứ tự, năm)"
EN = "Carried over from (number, year)"
MACHINE = "plan=2023; id=I.1; number=I.1; year=2023; cited=I.1 (2023)"


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_the_machine_csv_has_an_origin_column_always(revised: Path) -> None:
    text = ok("--plan", "2024", "list", "--format", "csv", *AS_OF)
    by_id = {row["id"]: row for row in rows(text)}
    assert by_id["I.4"]["origin"] == MACHINE  # the JSON object, flattened as every mapping is
    assert by_id["I.1"]["origin"] == "" and by_id["I.3"]["origin"] == ""
    # a plan that carries nothing has the same column, in the same place
    header_2023 = ok("--plan", "2023", "list", "--format", "csv").splitlines()[0].split(",")
    header_2024 = text.splitlines()[0].split(",")
    at = header_2023.index("origin")
    assert header_2023[at - 2 : at + 2] == ["flagged", "carried_from", "origin", "carried_to"]
    assert header_2024 == header_2023


def test_the_csv_for_excel_cites_the_origin_in_words(revised: Path) -> None:
    result = cds("--plan", "2024", "late", "--excel", "--as-of", "01/09/2025")
    raw = result.stdout_bytes  # as written: `output` reads CRLF as LF
    assert raw.startswith("\ufeffMã chỉ tiêu,".encode()) and raw.count(b"\r\n") == raw.count(b"\n")
    text = raw.decode("utf-8")
    by_id = {row["Mã chỉ tiêu"]: row for row in rows(text)}
    assert by_id["I.4"][VI] == "I.1 (2023)" and by_id["I.1"][VI] == ""
    english = rows(ok("--plan", "2024", "due", "--month", "12/2024", "--excel", "--lang", "en"))
    cited = {row["Target"]: row[EN] for row in english}
    assert cited["I.4"] == "I.1 (2023)" and cited["I.9"] == ""


def test_by_unit_and_report_carry_it_too(revised: Path) -> None:
    by_unit = rows(ok("--plan", "2024", "late", "--by-unit", "--excel", "--as-of", "01/09/2025"))
    assert {row[VI] for row in by_unit if row["Mã chỉ tiêu"] == "I.4"} == {"I.1 (2023)"}
    report = rows(ok("--plan", "2024", "report", "--unit", "Phòng Y tế", "--format", "csv", *AS_OF))
    assert {row["id"]: row["origin"] for row in report}["I.4"] == MACHINE


def test_progress_list_says_the_origin_in_both_csvs(revised: Path) -> None:
    ok("--plan", "2024", "progress", "add", "I.4", "--unit", "Phòng Y tế",
       "--status", "đang thực hiện", "--date", "02/07/2024")  # fmt: skip
    machine = rows(ok("--plan", "2024", "progress", "list", "--format", "csv"))
    assert [
        (e["target"], e["target_origin"]) for e in machine if e["target"] in ("I.4", "I.1")
    ] == [
        ("I.4", "I.1 (2023)"),
        ("I.1", ""),
    ]
    people = rows(ok("--plan", "2024", "progress", "list", "--excel", "--lang", "en"))
    header = "Target carried over from (number, year)"
    assert [(e["Target"], e[header]) for e in people if e["Target"] in ("I.4", "I.1")] == [
        ("I.4", "I.1 (2023)"),
        ("I.1", ""),
    ]


def test_the_workbooks_history_cites_the_origin(revised: Path, tmp_path: Path) -> None:
    ok("--plan", "2024", "progress", "add", "I.4", "--unit", "Phòng Y tế",
       "--status", "đang thực hiện", "--date", "02/07/2024")  # fmt: skip
    out = tmp_path / "bao-cao.xlsx"
    ok("--plan", "2024", "export", "--format", "xlsx", "--out", str(out))
    log = load_workbook(out).worksheets[1]
    header = [c.value for c in log[6]]
    assert header[-2:] == ["Thời điểm ghi", VI]
    cited = {row[1]: row[-1] for row in log.iter_rows(min_row=7, values_only=True)}
    assert cited["I.4"] == "I.1 (2023)" and cited["I.1"] is None  # II.8: carried from II.7
    assert cited["II.8"] == "II.7 (2023)"


def test_an_origin_that_looks_like_a_formula_is_made_safe(revised: Path, tmp_path: Path) -> None:
    """The origin's number is another plan's `printed`, a file's text: a cell starting with '='
    is guarded in the CSV as every cell is, and stored as text in the workbook."""
    old = revised / "plans" / "2023" / "phu_luc_01.yaml"
    text = old.read_text(encoding="utf-8")
    anchor = "      - id: I.1\n        number: 1\n"
    assert text.count(anchor) == 1
    old.write_text(text.replace(anchor, anchor + "        printed: '=1+2'\n"), encoding="utf-8")
    people = rows(ok("--plan", "2024", "list", "--excel", *AS_OF))
    assert {row["Mã chỉ tiêu"]: row[VI] for row in people}["I.4"] == "'=1+2 (2023)"
    machine = rows(ok("--plan", "2024", "list", "--format", "csv", *AS_OF))
    assert "cited==1+2 (2023)" in {row["id"]: row["origin"] for row in machine}["I.4"]
    ok("--plan", "2024", "progress", "add", "I.4", "--unit", "Phòng Y tế",
       "--status", "đang thực hiện", "--date", "02/07/2024")  # fmt: skip
    out = tmp_path / "bao-cao.xlsx"
    ok("--plan", "2024", "export", "--format", "xlsx", "--out", str(out))
    cell = next(
        r[-1] for r in load_workbook(out).worksheets[1].iter_rows(min_row=7) if r[1].value == "I.4"
    )
    assert (cell.value, cell.data_type) == ("=1+2 (2023)", "s")

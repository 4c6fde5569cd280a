"""Issue 16, the smaller findings of a clerk's month: `cds plans` totals that add up, a usage
error said before any note, a deadline in a month that does not exist, members said once,
report windows with their years.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from appendix_files import write_docx
from test_revise import REGISTRY, REVISED_HEADING, cds, ok, workspace

__all__ = ["workspace"]


def _rows(table: str) -> dict[str, list[str]]:
    """`cds plans`'s table as {row label: cells}."""
    rows = {}
    for line in table.splitlines():
        if line.startswith("| "):
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


@pytest.mark.parametrize(
    ("lang", "total", "apart", "carried"),
    [
        ("vi", "Chỉ tiêu", "Bãi bỏ (không tính vào Chỉ tiêu)", "Đã chuyển sang kế hoạch sau"),
        ("en", "Targets", "Annulled (not in Targets)", "Carried over"),
    ],
)
def test_plans_status_rows_add_up_to_the_total(
    workspace: Path, lang: str, total: str, apart: str, carried: str
) -> None:
    """2023: 31 targets, all carried over on 31/12/2023 (nothing reported): 31, the carried
    row 31. 2024: its 4 rows (I.1–I.3, II.1) + 31 carried + the revision's new I.9 = 36, I.2
    annulled: 35 in force; the status rows above the annulled one add up to 35, the annulled
    row says 1."""
    ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    text = ok("plans", "--as-of", "01/10/2024", "--lang", lang)
    rows = _rows(text)
    assert rows[total][:2] == ["31", "35"]
    assert rows[apart][:2] == ["0", "1"]
    assert rows[carried][:2] == ["31", "0"]
    labels = list(rows)
    assert labels[-1] == apart  # last, apart from the rows that add up
    statuses = labels[labels.index(total) + 1 : -1]
    for column in (0, 1):
        assert sum(int(rows[s][column]) for s in statuses) == int(rows[total][column])
    note = {
        "vi": "Chỉ tiêu đã chuyển sang kế hoạch sau vẫn tính vào Chỉ tiêu của kế hoạch cũ (chưa "
        "hoàn thành ở đó) và cũng là chỉ tiêu của kế hoạch nhận.",
        "en": "Targets carried over to a later plan still count in the old plan's Targets (left "
        "unfinished there) and are targets of the plan they went to as well.",
    }[lang]
    assert note in " ".join(text.split())  # folded to the terminal's width


@pytest.mark.parametrize(
    ("lang", "error", "note"),
    [
        (
            "vi",
            "cds: lỗi: giá trị không hợp lệ cho --month: '13/2024': không có tháng 13",
            "cds: không có kế hoạch 2024; dùng kế hoạch 2023, kế hoạch mới nhất (năm 2023)"
            " (--plan để chọn kế hoạch khác)",
        ),
        (
            "en",
            "cds: error: invalid value for --month: '13/2024': there is no month 13",
            "cds: no plan for 2024; using plan 2023, the latest (year 2023)"
            " (--plan to choose another)",
        ),
    ],
)
def test_a_bad_month_is_said_before_any_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, error: str, note: str
) -> None:
    """plans/2023 alone: a question about 12/2024 says "no plan for 2024; using plan 2023".
    A month that cannot be read is a usage error (exit 2), said alone: error and hint."""
    from cds_tracker.app.setup import init_registry

    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    asked = cds("due", "--month", "12/2024", "--lang", lang)
    # then, 12/2024 being over and no --as-of given, the past-month note (tests/test_past_month.py)
    assert (asked.exit_code, asked.stderr.splitlines()[:1]) == (0, [note])
    assert len(asked.stderr.splitlines()) == 2 and "--as-of 31/12/2024" in asked.stderr
    result = cds("due", "--month", "13/2024", "--lang", lang)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == error
    assert len(result.stderr.splitlines()) == 2  # the error and its hint, no note


BAD_DAY = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", "Tập huấn kỹ năng số cho 500 người dân.", "", "Phòng Nội vụ", "", "31/13/2024", ""),
    ("2.", "Số hóa hồ sơ.", "", "Phòng Nội vụ", "", "31/6/2024", ""),
]


@pytest.mark.parametrize(
    ("lang", "month", "day", "hint"),
    [
        (
            "vi",
            "không đọc được thời hạn '31/13/2024': không có tháng 13",
            "không đọc được thời hạn '31/6/2024': tháng 6 chỉ có 30 ngày",
            "  gợi ý: tháng chỉ từ 1 đến 12: sửa theo văn bản gốc, ví dụ 'Tháng 12/2024'",
        ),
        (
            "en",
            "cannot read the deadline '31/13/2024': there is no month 13",
            "cannot read the deadline '31/6/2024': month 6 has only 30 days",
            "  hint: months run from 1 to 12: correct it from the signed plan, e.g. 'Tháng "
            "12/2024'",
        ),
    ],
)
def test_a_deadline_in_month_13_says_so(
    workspace: Path, lang: str, month: str, day: str, hint: str
) -> None:
    source = write_docx(workspace / "sai.docx", BAD_DAY, REVISED_HEADING)
    result = cds("import", str(source), "--out", "sai.yaml", "--registry", REGISTRY, "--lang", lang)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()  # rows 1–2: the header, 3: the group, 4–5: targets
    assert lines[0] == f"sai.docx:1:4:6: {month}"
    assert lines[1] == hint
    assert lines[2] == f"sai.docx:1:5:6: {day}"
    checked = cds("validate", "sai.yaml", "--lang", lang)
    assert checked.exit_code == 1
    said = [line for line in checked.output.splitlines() if "13/2024" in line]
    validate_month = month.replace("the deadline", "deadline")
    assert said[0].endswith(f": {validate_month}")


def test_a_collectives_members_are_not_named_twice(workspace: Path) -> None:
    """The column says "Tên khác / thành viên": a collective's cell lists its members without
    "thành viên:" again (ubnd-cac-phuong-xa: the 9 wards and communes of the sample)."""
    text = ok("--plan", "2023", "units", "-f", "json")
    assert '"members"' in text
    table = ok("--plan", "2023", "units")
    assert "thành viên: thành viên" not in table
    assert "Tên khác / thành viên: UBND phường Bắc Sơn, UBND phường Nam Sơn" in " ".join(
        table.split()
    )


def test_a_letter_dates_both_ends_of_a_report_window() -> None:
    from cds_tracker.output.reminders import deadline_text

    class Period:
        start, end = dt.date(2024, 9, 15), dt.date(2024, 10, 14)

    class Row:
        period = Period()

    class Item:
        row = Row()

    assert deadline_text(Item()) == "Báo cáo kỳ 15/09/2024–14/10/2024"  # type: ignore[arg-type]

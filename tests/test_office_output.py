"""Files an office opens and text from strangers (issue 12 items 3, 4, 6; issue 13 class 4).

Driven through the command line only, so each test states the user-visible problem it fixes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
AS_OF = "01/12/2023"
HOSTILE = (
    "A\x1b[2Jclear"  # clear screen
    "\x1b]52;c;ZXZpbA==\x07"  # OSC 52: write the clipboard
    "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\"  # OSC 8: a hidden link
    "\x1b]0;pwned\x07"  # the window title
    " B\rC\x0bD\x9b31m"  # a bare CR, Word's line break, an 8-bit CSI
)


def cds(*args: str, **env: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env or None)
    return result.exit_code, result.stdout_bytes.decode(), result.stderr


def add(folder: Path, target: str, unit: str, *extra: str, status: str = "in_progress") -> None:
    code, out, err = cds(
        "progress",
        "add",
        target,
        "--unit",
        unit,
        "--status",
        status,
        "--date",
        "20/10/2023",
        "--registry",
        str(folder),
        *extra,
    )
    assert code == 0, out + err


@pytest.fixture
def hostile(own_registry: Path) -> Path:
    """A registry whose progress holds escape sequences, a bare CR and a vertical tab."""
    add(own_registry, "III.4", "Phòng Y tế", "--value", "80", "--note", HOSTILE)
    add(own_registry, "II.4", "Văn phòng HĐND và UBND thành phố", "--note", "=1+2\rnext")
    return own_registry


# --- issue 13, class 4: text reaches terminals and files raw ------------------------------


HEALTH_CONTENT = (
    "        content: >-\n          100% cơ sở y tế trên địa bàn thành phố triển khai dịch vụ "
    "thanh toán không dùng tiền mặt."
)


def hostile_registry_text(folder: Path) -> None:
    """III.4's content with Word's line break, a bare CR, a clear-screen and a BEL."""
    registry = folder / "phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    assert HEALTH_CONTENT in text
    registry.write_text(
        text.replace(
            HEALTH_CONTENT,
            '        content: "100% cơ sở y tế\\vtrên địa bàn\\r\\e[2J thành phố\\x07 triển '
            'khai dịch vụ thanh toán không dùng tiền mặt."',
        ),
        encoding="utf-8",
    )


def no_raw_controls(text: str) -> None:
    """Only colour (SGR) sequences of our own; no other escape, BEL, bare CR or 8-bit CSI."""
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f]", stripped), repr(stripped)


@pytest.mark.parametrize("fmt", ["table", "markdown"])
@pytest.mark.parametrize("command", [["progress", "list"], ["show", "III.4"]])
def test_escapes_in_a_note_are_shown_not_run(hostile: Path, command: list[str], fmt: str) -> None:
    code, out, _ = cds(*command, "--registry", str(hostile), "--format", fmt)
    assert code == 0
    no_raw_controls(out)
    if fmt == "markdown":  # and no link syntax: "[" and "]" escaped (output-formats.md)
        out = out.replace("\\[", "[").replace("\\]", "]")
    assert "␛[2Jclear" in out and "␛]52;c;ZXZpbA==␇" in out


@pytest.mark.parametrize("fmt", ["table", "markdown"])
@pytest.mark.parametrize("command", [["show", "III.4"], ["report", "--unit", "Phòng Y tế"]])
def test_escapes_in_a_registry_text_are_shown_not_run(
    hostile: Path, command: list[str], fmt: str
) -> None:
    hostile_registry_text(hostile)
    code, out, err = cds(*command, "--registry", str(hostile), "--format", fmt)
    assert code == 0, err
    no_raw_controls(out)
    assert ("␛\\[2J thành phố␇" if fmt == "markdown" else "␛[2J thành phố␇") in out


def test_escapes_in_a_note_on_a_colour_terminal(hostile: Path) -> None:
    code, out, _ = cds("progress", "list", "--registry", str(hostile), FORCE_COLOR="1")
    assert code == 0
    assert "\x1b[" in out  # colours still there
    no_raw_controls(out)
    assert "␛]0;pwned␇" in out


def test_escapes_in_an_error_message_are_shown(own_registry: Path) -> None:
    code, _out, err = cds("report", "--unit", "Phòng\x1b]0;pwned\x07 Y")
    assert code == 2
    no_raw_controls(err)
    assert "␛]0;pwned␇" in err


def test_bare_cr_stays_inside_its_csv_cell(hostile: Path) -> None:
    code, out, _ = cds("progress", "list", "--registry", str(hostile), "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 3  # the header and two entries: no row split by a CR
    notes = [row[rows[0].index("note")] for row in rows[1:]]
    assert "'=1+2\rnext" in notes  # quoted whole; the formula guard kept
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert "\x1b" not in out


def test_vertical_tab_in_a_note_and_in_the_registry_exports_to_xlsx(
    hostile: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    hostile_registry_text(hostile)
    out = tmp_path / "x.xlsx"
    code, stdout, stderr = cds(
        "export", "--format", "xlsx", "--out", str(out), "--registry", str(hostile)
    )
    assert code == 0, stdout + stderr
    book = load_workbook(out)
    log = book.worksheets[1]
    column = [c.value for c in log[6]].index("Nội dung")
    notes = [row[column].value for row in log.iter_rows(min_row=7) if row[column].value]
    assert any("B\nC\nD" in note for note in notes)  # CR and VT: real line breaks
    contents = [c.value for c in book.worksheets[0]["C"] if c.value]
    assert any(c.startswith("100% cơ sở y tế\ntrên địa bàn\n␛[2J thành phố␇") for c in contents)


def test_ics_carries_no_control_bytes(hostile: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    hostile_registry_text(hostile)
    out = tmp_path / "x.ics"
    code, stdout, stderr = cds(
        "export", "--format", "ics", "--out", str(out), "--registry", str(hostile)
    )
    assert code == 0, stdout + stderr
    data = out.read_bytes()
    body = data.replace(b"\r\n", b"")
    assert not re.search(rb"[\x00-\x1f\x7f]", body)
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 29
    health = next(e for e in events if str(e["SUMMARY"]).startswith("III.4 "))
    assert str(health["SUMMARY"]).startswith("III.4 100% cơ sở y tế\ntrên địa bàn\n[2J thành")


# --- issue 12, item 3: tables that fit (every command at every width: test_output_fit.py) ------


@pytest.mark.parametrize("width", [60, 80, 100])
def test_report_keeps_the_content_readable_once_a_value_is_recorded(
    own_registry: Path, width: int
) -> None:
    """At 80 columns the content column shrank to 1 character (2,037 lines)."""
    from cds_tracker.output.screen import cell_len

    add(own_registry, "III.4", "Phòng Y tế", "--value", "80")
    code, out, err = cds(
        "report",
        "--unit",
        "Phòng Y tế",
        "--as-of",
        AS_OF,
        "--registry",
        str(own_registry),
        COLUMNS=str(width),
    )
    assert code == 0, err
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    assert len(lines) < 500
    header = next(line for line in lines if "Nội dung chỉ tiêu" in line)
    assert all(len(cell.strip()) >= 12 for cell in header.strip("|").split("|")[1:2])
    # the indicator by what it measures (issue 12), on lines of its own under the row
    unframed = " ".join(line.strip("|+ ").strip() for line in lines)
    assert (
        "Tỷ lệ cơ sở y tế triển khai thanh toán không dùng tiền mặt: 80% / ≥ 100% — chưa đạt"
        in unframed
    )


@pytest.mark.parametrize("width", [80, 100])
def test_summary_group_names_are_not_one_letter_per_line(width: int) -> None:
    code, out, _ = cds("summary", "--as-of", AS_OF, COLUMNS=str(width))
    assert code == 0
    assert "I. Dữ liệu" in out  # before: "I.", "Dữ", "liệ", "u" on lines of their own
    assert max(len(line) for line in out.splitlines()) <= width


# --- issue 12, item 4: CSV that Excel opens -------------------------------------------------


def test_progress_list_csv_with_different_optional_fields(own_registry: Path) -> None:
    add(own_registry, "III.4", "Phòng Y tế", "--value", "80")
    add(own_registry, "III.4", "Phòng Y tế", "--by", "Nguyễn Văn A", "--evidence", "Số 1")
    code, out, err = cds("progress", "list", "--registry", str(own_registry), "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2
    assert list(rows[0])[:6] == ["id", "target", "unit", "status", "date", "values"]
    assert {r["values"] for r in rows} == {"health_facilities_cashless=80", ""}
    assert {r["by"] for r in rows} == {"Nguyễn Văn A", ""}


def test_csv_of_a_collective_report_on_the_shipped_registry() -> None:
    code, out, err = cds("report", "--unit", "Bộ phận một cửa liên thông", "--format", "csv")
    assert code == 0, err
    header = next(csv.reader(io.StringIO(out)))
    assert header[-7:] == [
        "roles",
        "via",
        "role_details",
        "unit_status",
        "unit_reported",
        "unit_finished_on",
        "unit_last_status",
    ]
    assert "indicators" in header and "flagged" in header


def test_csv_values_are_flat_not_python(own_registry: Path) -> None:
    add(
        own_registry,
        "II.4",
        "Văn phòng HĐND và UBND thành phố",
        "--value",
        "online_payment_share=35",
    )
    code, out, _ = cds("progress", "list", "--registry", str(own_registry), "--format", "csv")
    assert code == 0
    assert "online_payment_share=35" in out and "{" not in out
    unit = "Văn phòng HĐND và UBND thành phố"
    _code, out, _ = cds(
        "report", "--unit", unit, "--registry", str(own_registry), "--format", "csv"
    )
    row = next(r for r in csv.DictReader(io.StringIO(out)) if r["id"] == "II.4")
    assert "key=online_payment_share; comparator=>=; threshold=30" in row["indicators"]
    assert "value=35" in row["indicators"]


def test_csv_for_excel_has_a_bom_and_crlf() -> None:
    code, out, _ = cds("late", "--as-of", AS_OF, "--excel")
    assert code == 0
    assert out.startswith("\ufeffMã chỉ tiêu,Nhóm,")  # headed in words (tests/test_office_clerk.py)
    assert out.count("\r\n") == out.count("\n")
    code, out, _err = cds("late", "--excel", "--format", "json")
    assert code == 2


def test_csv_columns_do_not_depend_on_the_data() -> None:
    """The same columns whether or not anything is late, with or without --unit."""
    headers = {}
    for as_of in ("01/01/2023", AS_OF):
        for extra in ([], ["--by-unit"]):
            code, out, _ = cds("late", "--as-of", as_of, "--format", "csv", *extra)
            assert code == 0
            headers[as_of, bool(extra)] = out.splitlines()[0]
    assert headers["01/01/2023", False] == headers[AS_OF, False]
    by_unit = "unit,via,in_place_of," + headers[AS_OF, False]
    assert headers["01/01/2023", True] == headers[AS_OF, True] == by_unit
    plain = cds("list", "--format", "csv")[1].splitlines()[0]
    by_unit = cds("list", "--unit", "Phòng Y tế", "--format", "csv")[1].splitlines()[0]
    assert plain == by_unit


def test_show_csv_refuses_instead_of_printing_json() -> None:
    code, out, err = cds("show", "II.4", "--format", "csv")
    assert (code, out) == (2, "")
    assert err == "cds: lỗi: 'cds show' không có dạng CSV\n  gợi ý: dùng --format json\n"


@pytest.mark.parametrize(
    "command",
    [
        ["due", "--month", "10/2023"],
        ["late"],
        ["late", "--by-unit"],
        ["report", "--unit", "Phòng Y tế"],
        ["report", "--unit", "UBND phường Tân Bình"],
        ["list"],
        ["list", "--unit", "Phòng Y tế"],
        ["units"],
        ["progress", "list"],
    ],
)
def test_csv_of_every_command_with_progress(hostile: Path, command: list[str]) -> None:
    add(hostile, "I.1", "Phòng Y tế", status="done")
    code, out, err = cds(*command, "--registry", str(hostile), "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len({len(row) for row in rows}) == 1  # every row under the same columns


# --- issue 12, item 6: xlsx for the office ----------------------------------------------------


def test_xlsx_for_the_office(own_registry: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    add(own_registry, "III.4", "Phòng Y tế", "--value", "80", "--by", "+84 912 345 678")
    out = tmp_path / "x.xlsx"
    code, stdout, stderr = cds(
        "export",
        "--format",
        "xlsx",
        "--out",
        str(out),
        "--registry",
        str(own_registry),
        "--as-of",
        AS_OF,
    )
    assert code == 0, stdout + stderr
    book = load_workbook(out)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[6]]
    assert header[0] == "Mã"  # the target code: "4." alone repeats in every group
    codes = [row[0].value for row in sheet.iter_rows(min_row=7) if row[0].value]
    assert len([c for c in codes if "." in c]) == 31 and "III.4" in codes
    health = next(row for row in sheet.iter_rows(min_row=7) if row[0].value == "III.4")
    by_header = {h: cell.value for h, cell in zip(header, health, strict=False)}
    assert by_header["Tình trạng"] == "Quá hạn"
    assert by_header["Số ngày quá hạn"] == 31
    for each in book.worksheets:
        assert each.page_setup.orientation == "landscape"
        assert int(each.page_setup.paperSize) == 9  # A4
        assert int(each.page_setup.fitToWidth) == 1
        assert each.sheet_properties.pageSetUpPr.fitToPage
        assert each.print_title_rows == "$6:$6"
    log = book.worksheets[1]
    log_header = [c.value for c in log[6]]
    assert "status" not in log_header and "Trạng thái" in log_header
    entry = {h: c.value for h, c in zip(log_header, log[7], strict=False)}
    assert entry["Trạng thái"] == "Đang thực hiện"
    assert entry["Ngày"].date() == dt.date(2023, 10, 20)
    assert isinstance(entry["Thời điểm ghi"], dt.datetime)
    assert entry["Người báo cáo"] == "+84 912 345 678"  # no guard apostrophe
    by_cell = next(c for c in log[7] if c.value == "+84 912 345 678")
    assert by_cell.data_type == "s"

"""What a clerk reads (issue 12, found again by a tester playing a Vietnamese clerk): indicators
by what they measure with a decimal comma, the Excel CSV in words, the xlsx dated, and tables
that never cut a date or a code.

The progress below is the tester's; every figure is worked out by hand beside its assertion.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
AS_OF = "01/11/2023"
TELEHEALTH = "Tỷ lệ dân số trưởng thành sử dụng nền tảng hỗ trợ tư vấn khám chữa bệnh từ xa"
SHARE = (
    "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh "
    "toán của dịch vụ công"
)
ESTIMATE = "ước tính, trung bình không trọng số"


def cds(*args: str, **env: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env=env or None)
    return result.exit_code, result.stdout_bytes.decode("utf-8"), result.stderr


@pytest.fixture
def clerk(own_registry: Path) -> Path:
    """IV.7 (Phòng Y tế, > 30%): 25 on 15/10, 35 and done on 30/10. II.4 (each unit, ≥ 30%):
    27.5 from the city office, 19.5 from Bắc Sơn, no counts: (27.5 + 19.5) / 2 = 23.5, an
    estimate from 2 of the 10 lead parts."""
    for args in (
        ("IV.7", "-u", "Y tế", "-s", "đang thực hiện", "-d", "15/10/2023", "-v", "25"),
        ("IV.7", "-u", "Y tế", "-s", "hoàn thành", "-d", "30/10/2023", "-v", "35"),
        ("II.4", "-u", "VP HĐND-UBND", "-s", "in_progress", "-d", "20/10/2023"),
        ("II.4", "-u", "Bắc Sơn", "-s", "in_progress", "-d", "21/10/2023"),
    ):
        value = (
            "-v",
            "online_payment_share=27.5" if "VP" in args[2] else "online_payment_share=19.5",
        )
        extra = value if args[0] == "II.4" else ()
        code, out, err = cds("progress", "add", *args, *extra, "--registry", str(own_registry))
        assert code == 0, out + err
    return own_registry


def test_summary_names_indicators_and_writes_a_decimal_comma(clerk: Path) -> None:
    code, out, _ = cds(
        "summary", "--as-of", AS_OF, "--format", "markdown", "--registry", str(clerk)
    )
    assert code == 0
    lines = out.splitlines()
    assert f"| IV.7 | {TELEHEALTH}: 35% / > 30% — đạt |" in lines
    assert (
        f"| II.4 | {SHARE}: 23,5% ({ESTIMATE}) / ≥ 30% — chưa đủ số liệu (2/10 đơn vị) |"
    ) in lines
    assert "adults_using_telehealth" not in out and "23.5" not in out
    code, table, _ = cds("summary", "--as-of", AS_OF, "--registry", str(clerk), COLUMNS="250")
    assert code == 0
    assert f"| IV.7     | {TELEHEALTH}: 35% / > 30% — đạt" in table
    assert "adults_using_telehealth" not in table and "23,5%" in table
    # English: the registry's words are data, the figure has a decimal point
    code, english, _ = cds(
        "summary",
        "--as-of",
        AS_OF,
        "--format",
        "markdown",
        "--lang",
        "en",
        "--registry",
        str(clerk),
    )
    assert f"| II.4 | {SHARE}: 23.5% (estimate, unweighted mean) / ≥ 30% — incomplete" in english
    # JSON keeps the machine contract: keys and numbers
    code, data, _ = cds("summary", "--as-of", AS_OF, "--format", "json", "--registry", str(clerk))
    assert '"key": "adults_using_telehealth"' in data and '"value": 23.5' in data


def test_show_labels_an_indicator_by_what_it_measures(clerk: Path) -> None:
    code, out, _ = cds("show", "IV.7", "--as-of", AS_OF, "--registry", str(clerk), COLUMNS="200")
    assert code == 0
    assert "adults_using_telehealth" not in out
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("Chỉ số "))
    assert lines[at].split(None, 2)[2] == f"{TELEHEALTH} (trên 30%)"
    assert lines[at + 1].strip() == "→ 35% / > 30% — đạt"
    assert lines[at + 2].strip() == "diễn biến: ▁█ 25% (15/10/2023) → 35% (30/10/2023)"
    # the history under it: each entry's figure by name too
    code, markdown, _ = cds(
        "show", "IV.7", "--as-of", AS_OF, "-f", "markdown", "--registry", str(clerk)
    )
    rows = [line for line in markdown.splitlines() if "| IV.7 | Phòng Y tế |" in line]
    assert [row.split(" | ")[5] for row in rows] == [f"{TELEHEALTH}: 35%", f"{TELEHEALTH}: 25%"]


def test_xlsx_names_indicators_in_both_sheets(clerk: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "bao-cao.xlsx"
    code, said, err = cds(
        "export", "--format", "xlsx", "--out", str(out), "--as-of", AS_OF, "--registry", str(clerk)
    )
    assert code == 0, said + err
    book = load_workbook(out)
    main = [[c.value for c in row] for row in book["Phụ lục 01"].iter_rows()]
    header = next(row for row in main if "Giá trị mới nhất" in row)
    latest = header.index("Giá trị mới nhất")
    by_code = {row[0]: row for row in main if row[0]}
    assert by_code["IV.7"][latest] == f"{TELEHEALTH}: 35% / > 30% — đạt"
    assert by_code["II.4"][latest] == (
        f"{SHARE}: 23,5% ({ESTIMATE}) / ≥ 30% — chưa đủ số liệu (2/10 đơn vị)"
    )
    log = [[c.value for c in row] for row in book["Lịch sử tiến độ"].iter_rows()]
    header = next(row for row in log if "Số liệu" in row)
    values = [row[header.index("Số liệu")] for row in log[log.index(header) + 1 :]]
    # oldest first: 15/10, 20/10, 21/10, 30/10
    assert values == [
        f"{TELEHEALTH}: 25%",
        f"{SHARE}: 27,5%",
        f"{SHARE}: 19,5%",
        f"{TELEHEALTH}: 35%",
    ]


def test_xlsx_says_what_it_is_and_as_of_when(clerk: Path, tmp_path: Path) -> None:
    """The tester's `export --format xlsx --as-of 01/11/2023` said nowhere which day it was
    for. Five title lines now come first (as the appendix opens, then the day and the
    registry), so the column titles are on row 6: frozen under, filtered, printed on every page
    with the page's number."""
    from openpyxl import load_workbook

    out = tmp_path / "bao-cao.xlsx"
    code, said, err = cds(
        "export", "--format", "xlsx", "--out", str(out), "--as-of", AS_OF, "--registry", str(clerk)
    )
    assert code == 0, said + err
    book = load_workbook(out)
    main, log = book["Phụ lục 01"], book["Lịch sử tiến độ"]
    plan = (
        "(Kèm theo Kế hoạch số …………/KH-BCĐ ngày …………/5/2023 của Ban Chỉ đạo chuyển đổi số "
        "thành phố)"
    )
    registry = f"Sổ đăng ký: {clerk / 'phu_luc_01.yaml'}"
    assert [main.cell(row=r, column=1).value for r in range(1, 7)] == [
        "Phụ lục 01",
        "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu",
        plan,
        "Tình hình thực hiện đến ngày 01/11/2023",
        registry,
        "Mã",
    ]
    assert [log.cell(row=r, column=1).value for r in range(4, 7)] == [
        "Lịch sử tiến độ: mọi báo cáo đã ghi, cũ nhất trước",
        registry,
        "Mã mục",
    ]
    # each title line is one cell centred across the table: A..L (12 columns), A..Q (17: the
    # last, a carried target's origin)
    assert sorted(str(r) for r in main.merged_cells.ranges) == [f"A{r}:L{r}" for r in range(1, 6)]
    assert sorted(str(r) for r in log.merged_cells.ranges) == [f"A{r}:Q{r}" for r in range(1, 6)]
    # 5 group rows + 31 targets under the titles on row 6: rows 7–42; 4 entries: rows 7–10
    assert (main.freeze_panes, main.auto_filter.ref, main.print_title_rows) == (
        "A7",
        "A6:L42",
        "$6:$6",
    )
    assert (log.freeze_panes, log.auto_filter.ref, log.print_title_rows) == (
        "A7",
        "A6:Q10",
        "$6:$6",
    )
    assert main.cell(row=7, column=3).value == "Dữ liệu số"  # the first group row
    assert log.cell(row=7, column=2).value == "IV.7"  # the oldest entry, 15/10/2023
    assert main.oddHeader.right.text == "Phụ lục 01 — Tình hình thực hiện đến ngày 01/11/2023"
    assert log.oddHeader.right.text == "Phụ lục 01 — Lịch sử tiến độ"
    assert main.oddFooter.center.text == log.oddFooter.center.text == "Trang &P/&N"


def excel_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    """The CSV for Excel read back: a byte-order mark, CRLF, then the header and the rows (a
    line break inside a quoted cell is Excel's own, LF)."""
    assert text.startswith("\ufeff") and text.endswith("\r\n")
    assert text.split("\n", 1)[0].endswith("\r")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


TARGET_HEADERS = [
    "Mã chỉ tiêu", "Nhóm", "Tên nhóm", "Nội dung chỉ tiêu", "Hạn (ngày/tháng)",
    "Thời gian hoàn thành", "Trực tiếp chỉ đạo", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú",
    "Đơn vị chỉ đạo (tên đầy đủ)", "Đơn vị chủ trì (tên đầy đủ)", "Đơn vị phối hợp (tên đầy đủ)",
    "Tình trạng", "Số ngày quá hạn",
    "Số đơn vị đã hoàn thành", "Số đơn vị phải thực hiện", "Kỳ báo cáo", "Chỉ số", "Cảnh báo",
    # what a target has only where the registry writes it: carried, renumbered, added, annulled
    "Chuyển từ (kế hoạch/mã)", "Chuyển tiếp từ (số thứ tự, năm)", "Chuyển sang (kế hoạch/mã)",
    "Ngày chuyển tiếp", "Thêm từ ngày", "Số thứ tự trong bản điều chỉnh mới nhất",
    "Số thứ tự theo kế hoạch đang hiệu lực", "Bãi bỏ từ ngày", "Lý do bãi bỏ",
]  # fmt: skip
ROLE_HEADERS = [
    "Vai trò", "Qua tập thể", "Vai trò chi tiết", "Phần của đơn vị", "Đơn vị báo cáo gần nhất",
    "Phần của đơn vị hoàn thành ngày",
    "Báo cáo gần nhất của phần đã đóng (chuyển kế hoạch, bãi bỏ)",
]  # fmt: skip


def test_late_for_excel_is_in_words_and_the_machine_csv_is_not(clerk: Path) -> None:
    """`cds late --excel > qua-han.csv` had the JSON keys as headers, `late` and `2023-05`."""
    code, out, _ = cds("late", "--excel", "--as-of", AS_OF, "--registry", str(clerk))
    assert code == 0
    header, rows = excel_rows(out)
    assert header == TARGET_HEADERS
    first = rows[0]
    # I.1: due 05/2023, so late since 31/05/2023: 30 + 31 + 31 + 30 + 31 + 1 = 154 days on
    # 01/11/2023; led by the 12 departments of "Các phòng, đơn vị thuộc UBND thành phố"
    assert {
        k: first[k] for k in (TARGET_HEADERS[0], *TARGET_HEADERS[4:6], *TARGET_HEADERS[13:20])
    } == {
        "Mã chỉ tiêu": "I.1",
        "Hạn (ngày/tháng)": "05/2023",
        "Thời gian hoàn thành": "Tháng 5/2023",
        "Tình trạng": "Quá hạn",
        "Số ngày quá hạn": "154",
        "Số đơn vị đã hoàn thành": "0",
        "Số đơn vị phải thực hiện": "12",
        "Kỳ báo cáo": "",
        "Chỉ số": "",
        "Cảnh báo": "",
    }
    assert {row["Tình trạng"] for row in rows} == {"Quá hạn"}
    # --format csv stays the machine's form: the same columns, keys and codes
    code, machine, _ = cds("late", "--format", "csv", "--as-of", AS_OF, "--registry", str(clerk))
    lines = machine.splitlines()
    assert lines[0].split(",")[:5] == ["id", "group", "group_title", "content", "deadline"]
    assert len(lines[0].split(",")) == len(header) == 29
    assert all(first[h] == "" for h in TARGET_HEADERS[20:])  # a target of the plan's own
    assert lines[1].startswith("I.1,I,Dữ liệu số,") and ",2023-05,Tháng 5/2023," in lines[1]
    assert ",late,154,0,12," in lines[1]


def test_report_for_excel_names_indicators_and_roles(clerk: Path) -> None:
    code, out, _ = cds(
        "report", "--unit", "VP HĐND-UBND", "--excel", "--as-of", AS_OF, "--registry", str(clerk)
    )
    assert code == 0
    header, rows = excel_rows(out)
    assert header == TARGET_HEADERS + ROLE_HEADERS
    ii4 = next(row for row in rows if row["Mã chỉ tiêu"] == "II.4")
    paid = "Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến"
    assert ii4["Chỉ số"] == (
        f"{SHARE}: 23,5% ({ESTIMATE}) / ≥ 30% — chưa đủ số liệu (2/10 đơn vị)\n"
        f"{paid}: chưa có số liệu"
    )
    # due 10/2023: 1 day late on 01/11/2023; the office leads it and, as a department
    # concerned, cooperates; its own part is late, its last report 20/10/2023
    assert [ii4[k] for k in ("Số ngày quá hạn", *ROLE_HEADERS)] == [
        "1",
        "Chủ trì; Phối hợp",
        "",
        "Chủ trì; Phối hợp (qua Các phòng, đơn vị có liên quan)",
        "Quá hạn",
        "20/10/2023",
        "",  # not finished: no day
        "",  # open: no closed part's last report
    ]
    code, listed, _ = cds("list", "--excel", "--as-of", AS_OF, "--registry", str(clerk))
    i2 = next(row for row in excel_rows(listed)[1] if row["Mã chỉ tiêu"] == "I.2")
    # ongoing, monthly: on 01/11/2023 the window is 15/10–14/11/2023 (Nghị định 09/2019)
    assert (i2["Hạn (ngày/tháng)"], i2["Thời gian hoàn thành"], i2["Kỳ báo cáo"]) == (
        "",
        "Thường xuyên",
        "Hằng tháng, kỳ 15/10/2023–14/11/2023",
    )
    assert i2["Tình trạng"] == "Chưa báo cáo kỳ này"


@pytest.fixture
def vietnam_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock at UTC+7, whatever the machine running the tests says."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("vietnam_clock")
def test_progress_list_for_excel_has_local_times_and_named_figures(clerk: Path) -> None:
    """`progress list --excel` had 2023-11-01 and 2026-11-28T10:47:39+00:00."""
    health = clerk / "progress" / "phong-y-te.yaml"
    text = health.read_text(encoding="utf-8")
    moments = iter(("2023-10-15T03:47:39+00:00", "2023-10-30T17:05:00+00:00"))  # in file order
    text, count = re.subn(r'"written": "[^"]+"', lambda _: f'"written": "{next(moments)}"', text)
    assert count == 2
    health.write_text(text, encoding="utf-8")
    code, out, _ = cds("progress", "list", "--excel", "--registry", str(clerk))
    assert code == 0, out + _
    header, rows = excel_rows(out)
    assert header == [
        "Mã mục", "Chỉ tiêu", "Mã đơn vị", "Trạng thái", "Ngày", "Số liệu", "Nội dung",
        "Khó khăn, vướng mắc", "Đề xuất, kiến nghị", "Căn cứ", "Người báo cáo", "Đính chính mục",
        "Ghi khi không được phân công", "Số đếm (tử/mẫu)", "Thời điểm ghi", "Đơn vị",
        "Được đính chính bởi", "Chỉ tiêu chuyển tiếp từ (số thứ tự, năm)",
    ]  # fmt: skip
    # newest first: 30/10 (IV.7), 21/10 (II.4, Bắc Sơn), 20/10 (II.4, the office), 15/10 (IV.7)
    assert [
        (r["Ngày"], r["Chỉ tiêu"], r["Đơn vị"], r["Trạng thái"], r["Số liệu"]) for r in rows
    ] == [
        ("30/10/2023", "IV.7", "Phòng Y tế", "Hoàn thành", f"{TELEHEALTH}: 35%"),
        ("21/10/2023", "II.4", "UBND phường Bắc Sơn", "Đang thực hiện", f"{SHARE}: 19,5%"),
        (
            "20/10/2023",
            "II.4",
            "Văn phòng HĐND và UBND thành phố",
            "Đang thực hiện",
            f"{SHARE}: 27,5%",
        ),
        ("15/10/2023", "IV.7", "Phòng Y tế", "Đang thực hiện", f"{TELEHEALTH}: 25%"),
    ]
    # 03:47 UTC is 10:47 at UTC+7; 17:05 UTC on 30/10 is 00:05 on 31/10
    assert (rows[3]["Thời điểm ghi"], rows[0]["Thời điểm ghi"]) == (
        "15/10/2023 10:47",
        "31/10/2023 00:05",
    )
    code, machine, _ = cds("progress", "list", "--format", "csv", "--registry", str(clerk))
    assert ",2023-10-15,adults_using_telehealth=25," in machine
    assert ",2023-10-15T03:47:39+00:00,Phòng Y tế," in machine


def test_units_for_excel_in_english(clerk: Path) -> None:
    code, out, _ = cds("units", "--excel", "--lang", "en", "--registry", str(clerk))
    assert code == 0
    header, rows = excel_rows(out)
    assert header[:7] == ["Unit id", "Name", "Kind", "Source", "Aliases", "Members", "Scope"]
    office = rows[0]
    assert [office[k] for k in ("Unit id", "Kind", "Source", "Scope")] == [
        "van-phong",
        "City office",
        "Appendix",
        "",
    ]
    wards = next(r for r in rows if r["Unit id"] == "ubnd-cac-phuong-xa")
    assert wards["Kind"] == "Collective" and wards["Scope"] == "All members"
    assert wards["Members"].startswith("UBND phường Bắc Sơn; UBND phường Nam Sơn; ")

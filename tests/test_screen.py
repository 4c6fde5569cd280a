from __future__ import annotations

import subprocess
import sys

from cds_tracker.output.report import Column
from cds_tracker.output.screen import cell_len, column_widths, plain_table, wrap

from paths import ROOT

COLUMNS = (Column("id", "Mã", "ID", no_wrap=True), Column("text", "Nội dung", "Text", ratio=1))


def test_plain_table_exact() -> None:
    rows = [{"id": "I.1", "text": "một hai ba bốn năm sáu"}, {"id": "II.10", "text": "ngắn"}]
    assert plain_table(COLUMNS, rows, "vi", 24) == (
        "+-------+--------------+\n"
        "| Mã    | Nội dung     |\n"
        "|-------+--------------|\n"
        "| I.1   | một hai ba   |\n"
        "|       | bốn năm sáu  |\n"
        "|-------+--------------|\n"
        "| II.10 | ngắn         |\n"
        "+-------+--------------+\n"
    )


def test_fits_when_it_can() -> None:
    rows = [{"id": "I.1", "text": "x"}]
    assert plain_table(COLUMNS, rows, "en", 80).splitlines()[1] == "| ID  | Text |"


def test_widths() -> None:
    assert column_widths([5, 30], [5, 6], [None, 1], 20) == [5, 15]
    assert column_widths([10, 10], [10, 10], [None, None], 12) == [6, 6]
    assert cell_len("Tiếng Việt") == 10
    assert cell_len("日本") == 4


def test_a_date_range_breaks_only_after_its_dash() -> None:
    """Issue 12: 'kỳ 15/10/202' / '3–14/11/2023' cut a date in two; a line may end after the
    en dash of a range and nowhere inside a date."""
    text = "Thường xuyên\n(Hằng tháng, kỳ 15/10/2023–14/11/2023)"
    assert wrap(text, 15) == ["Thường xuyên", "(Hằng tháng, kỳ", "15/10/2023–", "14/11/2023)"]
    assert wrap(text, 12) == ["Thường xuyên", "(Hằng tháng,", "kỳ", "15/10/2023–", "14/11/2023)"]
    assert wrap("a 15/10/2023–14/11/2023", 30) == ["a 15/10/2023–14/11/2023"]
    # only a piece wider than the whole line is cut, as it must be
    assert wrap("xy abcdefghij", 4) == ["xy", "abcd", "efgh", "ij"]


def test_a_path_folds_after_a_separator() -> None:
    line = "Sổ đăng ký: /home/can-bo/Tài liệu/chuyen-doi-so/data/phu_luc_01.yaml"
    assert wrap(line, 30, breaks="/\\") == [
        "Sổ đăng ký: /home/can-bo/Tài",
        "liệu/chuyen-doi-so/data/",
        "phu_luc_01.yaml",
    ]


def test_a_column_is_as_wide_as_its_longest_code() -> None:
    """`cds units` at 80 columns showed 'phong-tu-pha|p': a code is never split, the column
    widens for it (its other cells wrap)."""
    columns = (
        Column("id", "Mã", "ID", ratio=1),
        Column("name", "Tên đơn vị", "Name", ratio=3),
    )
    rows = [
        {"id": "phong-tai-nguyen-moi-truong", "name": "Phòng Tài nguyên và Môi trường"},
        {"id": "phong-tu-phap", "name": "Phòng Tư pháp"},
    ]
    assert plain_table(columns, rows, "vi", 47) == (
        "+-----------------------------+---------------+\n"
        "| Mã                          | Tên đơn vị    |\n"
        "|-----------------------------+---------------|\n"
        "| phong-tai-nguyen-moi-truong | Phòng Tài     |\n"
        "|                             | nguyên và Môi |\n"
        "|                             | trường        |\n"
        "|-----------------------------+---------------|\n"
        "| phong-tu-phap               | Phòng Tư pháp |\n"
        "+-----------------------------+---------------+\n"
    )


def test_a_word_too_long_for_any_column_goes_under_its_row() -> None:
    """Beyond LONGEST_WORD (30) a column does not widen: the cell goes under its row, labelled
    with its header, where the whole table's width holds it."""
    url = "https://example.gov.vn/van-ban/123-UBND-VP-2023"
    columns = (*COLUMNS, Column("status", "Trạng thái", "Status"))
    rows = [
        {"id": "I.1", "text": f"xem {url}", "status": "Chưa thực hiện"},
        {"id": "I.2", "text": "ngắn", "status": "Hoàn thành"},
    ]
    # 60 - 10 for the frame = 50; Mã 3 and Trạng thái 14 leave the text 33 < 47, the URL's width
    assert plain_table(columns, rows, "vi", 60) == (
        "+-----+-----------------------------------+----------------+\n"
        "| Mã  | Nội dung                          | Trạng thái     |\n"
        "|-----+-----------------------------------+----------------|\n"
        "| I.1 | ↓                                 | Chưa thực hiện |\n"
        "| Nội dung: xem                                            |\n"
        "| https://example.gov.vn/van-ban/123-UBND-VP-2023          |\n"
        "|-----+-----------------------------------+----------------|\n"
        "| I.2 | ngắn                              | Hoàn thành     |\n"
        "+-----+-----------------------------------+----------------+\n"
    )


def test_benchmark_script_runs(tmp_path: object) -> None:
    """The benchmark itself is not timed here; this only keeps the script from rotting."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--entries",
            "300",
            "--large",
            "900",
            "--medium",
            "600",
            "--small",
            "100",
            "--targets",
            "20",
            "--units",
            "8",
            "--editable",
            "--repeat",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    verdicts = [
        line.split()[0] for line in result.stdout.splitlines() if line.startswith(("PASS", "FAIL"))
    ]
    assert len(verdicts) == 11  # every target of docs/performance.md
    lines = result.stdout.splitlines()
    table = lines[-13:]  # then the same, as a Markdown table for docs/performance.md
    assert lines[-14].startswith("# targets met: ")
    assert table[:2] == ["| target | measured | result |", "| --- | --- | --- |"]
    assert [row.rsplit("|", 2)[1].strip(" *") for row in table[2:]] == verdicts

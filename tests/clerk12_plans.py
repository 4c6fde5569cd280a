"""The workspace of clerk review 12: plan 45/KH-BCĐ ngày 15/01/2024 (I.1 signed documents, I.2
80% online records with an indicator, I.3 digitised results with one), reports on I.2 (Bắc Sơn,
done 85/100 on 15/07/2024) and I.3 (Phòng Tư pháp, 60/100 on 10/06/2024), then its revision
98/KH-BCĐ ngày 15/07/2024 that cancels I.1 and prints the old I.2 as "1.", the old I.3 as "2.".
`with_2025` adds plan 5/KH-BCĐ ngày 10/01/2025 (two targets of its own) and carries 2024 into
it, so the carried targets are I.3 (2024/I.2, printed I.1) and I.4 (2024/I.3, printed I.2)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
from typer.testing import CliRunner

from cds_tracker.cli.app import app

runner = CliRunner()

G1 = "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ"
A = ["1", "100% văn bản điện tử trao đổi giữa các cơ quan, đơn vị được ký số.", "", "VP HĐND-UBND",
     "", "Tháng 6/2024", ""]  # fmt: skip
B = ["2", "Tối thiểu 80% hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình.", "",
     "UBND các phường, xã", "Phòng VH&TT", "Quý III/2024", ""]  # fmt: skip
C = ["3", "Số hóa 100% kết quả giải quyết thủ tục hành chính còn hiệu lực.", "Trưởng phòng Tư pháp",
     "Phòng Tư pháp", "", "Tháng 12/2024", ""]  # fmt: skip
B_TEXT = B[1]


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.output)


def build(path: Path, rows: list[Any], date: str, number: str, year: int = 2024) -> None:
    """A Word appendix as the committee prints it: the two-row header, a group row, targets."""
    d = docx.Document()
    d.add_paragraph("PHỤ LỤC 01")
    d.add_paragraph(
        "PHÂN CÔNG PHỤ TRÁCH THEO DÕI, KIỂM TRA, ĐÔN ĐỐC THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ "
        f"NĂM {year}"
    )
    d.add_paragraph(
        f"(Kèm theo Kế hoạch số {number}/KH-BCĐ ngày {date} của Ban Chỉ đạo chuyển đổi số thành "
        "phố)"
    )
    t = d.add_table(rows=0, cols=7)
    t.style = "Table Grid"
    r1, r2 = t.add_row().cells, t.add_row().cells
    titles = [(0, "Stt"), (1, "Nội dung chỉ tiêu"), (2, "Trực tiếp chỉ đạo")]
    for i, txt in [*titles, (5, "Thời gian hoàn thành"), (6, "Ghi chú")]:
        r1[i].text = txt
        r1[i].merge(r2[i])
    r1[3].merge(r1[4]).text = "Phân công thực hiện"
    r2[3].text, r2[4].text = "Đơn vị chủ trì", "Đơn vị phối hợp"
    for row in rows:
        c = t.add_row().cells
        if isinstance(row, str):
            c[0].merge(c[6]).text = row
            continue
        for i, v in enumerate(row):
            c[i].text = v
    d.save(str(path))


def revised_2024(tmp_path: Path) -> None:
    """The 2024 plan with its indicators, two reports, then its revision (cwd: tmp_path)."""
    from cds_tracker.app.setup import init_registry

    build(tmp_path / "ke-hoach-2024.docx", [G1, A, B, C], "15/01/2024", "45")
    B2, C2 = ["1", *B[1:]], ["2", *C[1:]]
    build(tmp_path / "ke-hoach-2024-sua-doi.docx", [G1, B2, C2], "15/07/2024", "98")
    init_registry(tmp_path / "plans" / "2023")
    out = "plans/2024/phu_luc_01.yaml"
    ok("import", "ke-hoach-2024.docx", "--registry", "plans/2023", "--out", out, "--indicators")
    path = tmp_path / out
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'\n        needs_review:\n          - "indicators[^\n]*', "", text))
    ok("validate", "plans/2024")
    add = ("--plan", "2024", "progress", "add")
    ok(*add, "I.2", "--unit", "Bắc Sơn", "--status", "hoàn thành", "--date", "15/07/2024",
       "--value", "chi_so_1=85/100")  # fmt: skip
    ok(*add, "I.3", "--unit", "Phòng Tư pháp", "--status", "đang thực hiện", "--date",
       "10/06/2024", "--value", "chi_so_1=60/100")  # fmt: skip
    ok("--plan", "2024", "import", "ke-hoach-2024-sua-doi.docx", "--revise", "--yes")


def with_2025(tmp_path: Path) -> None:
    """Plan 2025 of two targets, and the unfinished 2024 targets carried into it."""
    rows = [
        G1,
        [
            "1",
            "100% hồ sơ công việc tại UBND phường Bắc Sơn được xử lý trên môi trường mạng.",
            "",
            "UBND phường Bắc Sơn",
            "",
            "Tháng 9/2025",
            "",
        ],
        [
            "2",
            "Tối thiểu 90% hồ sơ thủ tục hành chính được số hóa kết quả.",
            "",
            "UBND các phường, xã",
            "",
            "Tháng 10/2025",
            "",
        ],
    ]
    build(tmp_path / "ke-hoach-2025.docx", rows, "10/01/2025", "5", year=2025)
    out = "plans/2025/phu_luc_01.yaml"
    ok("import", "ke-hoach-2025.docx", "--registry", "plans/2024", "--out", out)
    ok("validate", "plans/2025")
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")

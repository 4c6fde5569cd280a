"""`cds diff PLAN REVISED.docx` names every target as `cds import REVISED.docx --revise` files
it (one office, one answer), and a revision's heading keeps its issuer apart from the plan it
revises.

The plan (imported from Word): I.1, I.2, I.3 and II.1. The revision inserts a new target
between I.1 and I.2, so the table prints I.1, the new row as "2.", the old I.2 as "3." and the
old I.3 as "4.". By hand: the old targets keep their ids (I.2 printed I.3, I.3 printed I.4);
the new row's number I.2 is taken, so it is filed under the next free number of group I, I.4
(the highest is I.3), printed I.2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.registry.importing.heading import parse_preamble, revised_plan

runner = CliRunner()
PLAN_LINE = (
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)"
)
REVISION_LINE = (
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo chuyển đổi số thành phố, "
    "điều chỉnh Kế hoạch số 5/KH-BCĐ ngày 10/01/2024)"
)
TITLE = ["Phụ lục 01", "Phân công phụ trách các chỉ tiêu năm 2024"]
I1 = ("Số hóa hồ sơ thủ tục hành chính.", "", "UBND phường Bắc Sơn", "", "Tháng 9/2024", "")
I2 = ("Mở lớp tập huấn kỹ năng số.", "", "Phòng Nội vụ", "", "Tháng 10/2024", "")
I3 = ("Công khai dữ liệu mở.", "", "Phòng Văn hóa và Thông tin", "", "Tháng 11/2024", "")
II1 = ("Tối thiểu 60% hồ sơ nộp trực tuyến.", "", "Văn phòng HĐND và UBND thành phố", "",
       "Tháng 12/2024", "")  # fmt: skip
NEW = ("Xây dựng kho dữ liệu dùng chung.", "", "Phòng Nội vụ", "", "Tháng 12/2024", "")
PLAN = [("header",), ("group", "I. Dữ liệu số"), ("1.", *I1), ("2.", *I2), ("3.", *I3),
        ("group", "II. Chính quyền số"), ("1.", *II1)]  # fmt: skip
REVISED = [("header",), ("group", "I. Dữ liệu số"), ("1.", *I1), ("2.", *NEW), ("3.", *I2),
           ("4.", *I3), ("group", "II. Chính quyền số"), ("1.", *II1)]  # fmt: skip
REGISTRY = "plans/2024/phu_luc_01.yaml"


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, [*TITLE, PLAN_LINE])
    made = cds("import", "ke-hoach-2024.docx", "--out", REGISTRY, "--registry", "plans/2023")
    assert made.exit_code == 0, made.output
    write_docx(tmp_path / "dieu-chinh.docx", REVISED, [*TITLE, REVISION_LINE])
    return tmp_path


TARGETS_VI = [
    "+ I.4 (bảng in là I.2)  Xây dựng kho dữ liệu dùng chung.",
    "~ I.2 (bảng in là I.3)",
    "~ I.3 (bảng in là I.4)",
]


def test_diff_names_each_target_as_the_revision_files_it(workspace: Path) -> None:
    diff = cds("diff", "2024", "dieu-chinh.docx")
    assert diff.exit_code == 0, diff.output
    lines = diff.output.splitlines()
    assert lines[0] == (
        f"{REGISTRY} → dieu-chinh.docx: thêm 1, bỏ 0, sửa 0 chỉ tiêu; đánh số lại 2."
    )
    assert lines[-3:] == TARGETS_VI
    english = cds("diff", "2024", "dieu-chinh.docx", "--lang", "en").output.splitlines()
    assert english[-3:] == [
        "+ I.4 (the table prints I.2)  Xây dựng kho dữ liệu dùng chung.",
        "~ I.2 (the table prints I.3)",
        "~ I.3 (the table prints I.4)",
    ]
    data = json.loads(cds("diff", "2024", "dieu-chinh.docx", "-f", "json").output)
    assert data["added"] == [
        {"id": "I.4", "printed": "I.2", "content": "Xây dựng kho dữ liệu dùng chung."}
    ]
    assert [(c["id"], c["printed"], c["fields"]) for c in data["changed"]] == [
        ("I.2", "I.3", {}),
        ("I.3", "I.4", {}),
    ]
    revised = cds("--plan", "2024", "import", "dieu-chinh.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    said = revised.output.splitlines()
    assert said[0] == diff.output.splitlines()[0]  # the same header, the same lines
    assert said[1:4] == TARGETS_VI
    assert "I.2 của bảng là chỉ tiêu mới: ghi mã I.4 (mã I.2 đã có)." in said
    rows = json.loads(cds("--plan", "2024", "list", "-f", "json", "--as-of", "01/04/2024").output)
    assert [(r["id"], r.get("number", r["id"])) for r in rows] == [
        ("I.1", "I.1"),
        ("I.2", "I.3"),
        ("I.3", "I.4"),
        ("I.4", "I.2"),
        ("II.1", "II.1"),
    ]
    again = cds("diff", "2024", "dieu-chinh.docx").output.splitlines()
    assert not any(line.startswith(("+ ", "~ I.")) for line in again)  # nothing left to do


def test_the_issuer_stops_before_the_plan_revised(workspace: Path) -> None:
    lines = cds("diff", "2024", "dieu-chinh.docx").output.splitlines()
    heading = lines[1 : lines.index(TARGETS_VI[0])]
    assert heading == [
        "~ Đầu văn bản",
        # the longest run in common is the revised plan's own words
        '    Dòng "Kèm theo Kế hoạch": Kế hoạch số {+12/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo '
        "chuyển đổi số thành phố, điều chỉnh Kế hoạch số +}5/KH-BCĐ ngày 10/01/2024[- của Ban "
        "Chỉ đạo chuyển đổi số thành phố-]",
        "    Số kế hoạch: [-5-]{+12+}",
        "    Ngày kế hoạch: [-10-]{+20+}/[-01-]{+03+}/2024",
        "    Kế hoạch được điều chỉnh: {+Kế hoạch số 5/KH-BCĐ ngày 10/01/2024+}",
    ]  # no "Cơ quan ban hành" line: the issuer is the same
    english = cds("diff", "2024", "dieu-chinh.docx", "--lang", "en").output
    assert "    Plan revised: {+Kế hoạch số 5/KH-BCĐ ngày 10/01/2024+}" in english.splitlines()
    assert "Issued by" not in english


@pytest.mark.parametrize(
    ("line", "issuer", "revised"),
    [
        (
            REVISION_LINE,
            "Ban Chỉ đạo chuyển đổi số thành phố",
            "Kế hoạch số 5/KH-BCĐ ngày 10/01/2024",
        ),
        (
            "(Kèm theo Kế hoạch số 7/KH-UBND ngày 02/04/2024 của UBND thành phố về việc sửa đổi, "
            "bổ sung Kế hoạch số 5/KH-BCĐ)",
            "UBND thành phố",
            "Kế hoạch số 5/KH-BCĐ",
        ),
        (PLAN_LINE, "Ban Chỉ đạo chuyển đổi số thành phố", ""),
    ],
)
def test_a_heading_line_split(line: str, issuer: str, revised: str) -> None:
    found = parse_preamble(("Phụ lục 01", "Tiêu đề", line))
    assert found is not None
    assert found["issuer"] == issuer
    assert found["plan"]["reference"] == line.strip("()").removeprefix("Kèm theo ")
    assert revised_plan(found["plan"]["reference"]) == revised

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
    "= I.2 (bảng in là I.3)  chỉ đánh số lại",
    "= I.3 (bảng in là I.4)  chỉ đánh số lại",
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
        "= I.2 (the table prints I.3)  renumbered only",
        "= I.3 (the table prints I.4)  renumbered only",
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
    assert not any(line.startswith(("+ ", "~ ", "= ")) for line in again)  # nothing left to do
    assert not any(line.startswith("Văn bản điều chỉnh") for line in again)  # recorded already


def test_a_revision_shows_the_revising_plan_not_heading_changes(workspace: Path) -> None:
    """`import --revise` keeps the plan's heading (5/KH-BCĐ) and records 12/KH-BCĐ under
    `document.revisions`: the diff of the same plan's revision says that, not 5→12."""
    lines = cds("diff", "2024", "dieu-chinh.docx").output.splitlines()
    assert lines[1 : lines.index(TARGETS_VI[0])] == [
        "Văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    ]
    english = cds("diff", "2024", "dieu-chinh.docx", "--lang", "en").output.splitlines()
    assert english[1] == "Revising plan: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    assert not any(line.startswith("~ Heading") for line in english)
    data = json.loads(cds("diff", "2024", "dieu-chinh.docx", "-f", "json").output)
    assert data["revising"] == "Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    assert data["document"] == {}
    revised = cds("--plan", "2024", "import", "dieu-chinh.docx", "--revise", "--yes")
    assert "Ghi nhận văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024." in (
        revised.output.splitlines()
    )


BAN = "Ban Chỉ đạo chuyển đổi số thành phố"


@pytest.mark.parametrize(
    ("line", "number", "date", "issuer", "revised"),
    [
        (REVISION_LINE, "12", "20/03/2024", BAN, "Kế hoạch số 5/KH-BCĐ ngày 10/01/2024"),
        (
            "(Kèm theo Kế hoạch số 7/KH-UBND ngày 02/04/2024 của UBND thành phố về việc sửa đổi, "
            "bổ sung Kế hoạch số 5/KH-BCĐ)",
            "7",
            "02/04/2024",
            "UBND thành phố",
            "Kế hoạch số 5/KH-BCĐ",
        ),
        (PLAN_LINE, "5", "10/01/2024", BAN, ""),
        # the clerk's revision heading: "về việc điều chỉnh" names the plan revised
        (
            f"(Kèm theo Kế hoạch số 85/KH-BCĐ ngày 15/05/2024 của {BAN} về việc điều chỉnh Kế "
            "hoạch số 15/KH-BCĐ ngày 20/01/2024)",
            "85",
            "15/05/2024",
            BAN,
            "Kế hoạch số 15/KH-BCĐ ngày 20/01/2024",
        ),
        # a bare "về điều chỉnh …": the issuer stops before it; no plan number, no revised plan
        (
            f"(Kèm theo Kế hoạch số 85/KH-BCĐ ngày 15/05/2024 của {BAN} về điều chỉnh chỉ tiêu "
            "năm 2024)",
            "85",
            "15/05/2024",
            BAN,
            "",
        ),
        # "Kế hoạch điều chỉnh số …", "Kế hoạch sửa đổi, bổ sung số …": the same fields
        (
            f"(Kèm theo Kế hoạch điều chỉnh số 85/KH-BCĐ ngày 15/05/2024 của {BAN})",
            "85",
            "15/05/2024",
            BAN,
            "",
        ),
        (
            f"(Kèm theo Kế hoạch sửa đổi, bổ sung số 86/KH-BCĐ ngày 16/05/2024 của {BAN})",
            "86",
            "16/05/2024",
            BAN,
            "",
        ),
        # "về" inside a body's name is kept: only "về việc" or "về" + a revising verb stop it
        (
            "(Kèm theo Kế hoạch số 3/KH-BCĐ ngày 01/02/2024 của Ban Chỉ đạo về chuyển đổi số)",
            "3",
            "01/02/2024",
            "Ban Chỉ đạo về chuyển đổi số",
            "",
        ),
    ],
)
def test_a_heading_line_split(line: str, number: str, date: str, issuer: str, revised: str) -> None:
    found = parse_preamble(("Phụ lục 01", "Tiêu đề", line))
    assert found is not None
    assert found["issuer"] == issuer
    assert found["plan"]["reference"] == line.strip("()").removeprefix("Kèm theo ")
    assert (found["plan"]["number"], found["plan"]["date"], found["year"]) == (
        number,
        date,
        int(date[-4:]),
    )
    assert found["plan"]["symbol"] == line.split("/", 1)[1].split(" ", 1)[0]
    assert revised_plan(found["plan"]["reference"]) == revised

"""`cds diff PLAN REVISION.docx` of a revision of the same plan says what `import --revise`
will write, in its words: the revising plan recorded (not the heading's number and date
changed), a target the table no longer lists annulled ("bãi bỏ", "x"), and every renumbered
target counted under "đánh số lại", under "sửa" only when a field of it changed too.

The plan: I.1 A, I.2 B, I.3 C; II.1 D, II.2 E, II.3 F. The revision prints a new row first in
group I (so A, B, C print as 2., 3., 4.), rewords B, moves C's deadline, rewords D, keeps E
and drops F. By hand: added 1 (the new row, filed I.4: the highest id of group I is I.3;
printed I.1); changed 3 (I.2, I.3, II.1); annulled 1 (II.3, from the revising plan's date
15/05/2024); renumbered 3 (I.1, I.2, I.3; I.1 only renumbered: a renumbering line).
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

runner = CliRunner()
BAN = "Ban Chỉ đạo chuyển đổi số thành phố"
TITLE = ["Phụ lục 01", "Phân công phụ trách các chỉ tiêu năm 2024"]
PLAN_LINE = f"(Kèm theo Kế hoạch số 15/KH-BCĐ ngày 20/01/2024 của {BAN})"
A = ("Số hóa hồ sơ thủ tục hành chính.", "", "UBND phường Bắc Sơn", "", "Tháng 9/2024", "")
B = ("Mở lớp tập huấn kỹ năng số.", "", "Phòng Nội vụ", "", "Tháng 10/2024", "")
B2 = ("Mở hai lớp tập huấn kỹ năng số.", "", "Phòng Nội vụ", "", "Tháng 10/2024", "")
C = ("Công khai dữ liệu mở.", "", "Phòng Văn hóa và Thông tin", "", "Tháng 11/2024", "")
C2 = ("Công khai dữ liệu mở.", "", "Phòng Văn hóa và Thông tin", "", "Tháng 12/2024", "")
D = ("Tối thiểu 50% hồ sơ nộp trực tuyến.", "", "Văn phòng HĐND và UBND thành phố", "",
     "Tháng 12/2024", "")  # fmt: skip
D2 = ("Tối thiểu 60% hồ sơ nộp trực tuyến.", "", "Văn phòng HĐND và UBND thành phố", "",
      "Tháng 12/2024", "")  # fmt: skip
E = ("Triển khai chữ ký số cho lãnh đạo.", "", "Phòng Nội vụ", "", "Tháng 8/2024", "")
F = ("Triển khai sổ điểm điện tử.", "", "Phòng Văn hóa và Thông tin", "", "Tháng 12/2024", "")
NEW = ("Xây dựng kho dữ liệu dùng chung.", "", "Phòng Nội vụ", "", "Tháng 12/2024", "")
PLAN = [("header",), ("group", "I. Dữ liệu số"), ("1.", *A), ("2.", *B), ("3.", *C),
        ("group", "II. Chính quyền số"), ("1.", *D), ("2.", *E), ("3.", *F)]  # fmt: skip
REVISED = [("header",), ("group", "I. Dữ liệu số"), ("1.", *NEW), ("2.", *A), ("3.", *B2),
           ("4.", *C2), ("group", "II. Chính quyền số"), ("1.", *D2), ("2.", *E)]  # fmt: skip
REGISTRY = "plans/2024/phu_luc_01.yaml"
REVISING = "Kế hoạch số 85/KH-BCĐ ngày 15/05/2024"
HEADINGS = [
    f"(Kèm theo Kế hoạch số 85/KH-BCĐ ngày 15/05/2024 của {BAN} về việc điều chỉnh Kế hoạch "
    "số 15/KH-BCĐ ngày 20/01/2024)",
    f"(Kèm theo Kế hoạch số 85/KH-BCĐ ngày 15/05/2024 của {BAN} về điều chỉnh chỉ tiêu năm 2024)",
    f"(Kèm theo Kế hoạch điều chỉnh số 85/KH-BCĐ ngày 15/05/2024 của {BAN})",
    f"(Kèm theo Kế hoạch sửa đổi, bổ sung số 85/KH-BCĐ ngày 15/05/2024 của {BAN})",
]
ANNULLED = f"x II.3  bãi bỏ từ 15/05/2024 theo văn bản điều chỉnh {REVISING}"
TITLE_LINE = f"{REGISTRY} → dieu-chinh.docx: thêm 1, bỏ 0, sửa 3 chỉ tiêu; bãi bỏ 1; đánh số lại 3."


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
    return tmp_path


@pytest.mark.parametrize("heading", HEADINGS)
def test_diff_says_what_revise_writes(workspace: Path, heading: str) -> None:
    write_docx(workspace / "dieu-chinh.docx", REVISED, [*TITLE, heading])
    diff = cds("diff", "2024", "dieu-chinh.docx")
    assert diff.exit_code == 0, diff.output
    lines = diff.output.splitlines()
    assert lines[:10] == [
        TITLE_LINE,
        f"Văn bản điều chỉnh: {REVISING}",
        "+ I.4 (bảng in là I.1)  Xây dựng kho dữ liệu dùng chung.",
        "= I.1 (bảng in là I.2)  chỉ đánh số lại",
        "~ I.2 (bảng in là I.3)",
        "    Nội dung chỉ tiêu: Mở {+hai +}lớp tập huấn kỹ năng số.",
        "~ I.3 (bảng in là I.4)",
        "    Thời gian hoàn thành: Tháng [-11-]{+12+}/2024",
        "    Hạn (ngày/tháng): [-11-]{+12+}/2024",
        "~ II.1",
    ]
    assert ANNULLED in lines
    assert not any("Đầu văn bản" in line or "Cơ quan ban hành" in line for line in lines)
    data = json.loads(cds("diff", "2024", "dieu-chinh.docx", "-f", "json").output)
    assert (data["revising"], data["document"], data["removed"]) == (REVISING, {}, [])
    assert [(c["id"], c["date"], c["already"]) for c in data["cancelled"]] == [
        ("II.3", "2024-05-15", False)
    ]
    # revise: the day from the heading (no --on), the same header and lines
    revised = cds("--plan", "2024", "import", "dieu-chinh.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    said = revised.output.splitlines()
    assert said[0] == TITLE_LINE
    assert ANNULLED in said
    assert f"Ghi nhận văn bản điều chỉnh: {REVISING}." in said
    english = cds("diff", "2024", "dieu-chinh.docx", "--lang", "en").output.splitlines()
    # applied: nothing left but II.3, annulled before and not on the new side: no change, as
    # revise applying it again changes nothing
    assert english[0] == f"{REGISTRY} → dieu-chinh.docx: 0 added, 0 removed, 0 changed targets."
    assert english[1] == "No differences."
    assert english[2].startswith("= II.3  annulled since ")
    assert not any(line.startswith(("Revising plan", "~ ", "x ", "+ ")) for line in english)


def test_another_years_table_naming_this_plan_is_its_revision(workspace: Path) -> None:
    """A revision issued the next January names the plan it revises: still this plan's."""
    heading = (
        f"(Kèm theo Kế hoạch số 2/KH-BCĐ ngày 05/01/2025 của {BAN} về việc điều chỉnh Kế "
        "hoạch số 15/KH-BCĐ ngày 20/01/2024)"
    )
    write_docx(workspace / "dieu-chinh.docx", REVISED, [TITLE[0], "Chỉ tiêu điều chỉnh", heading])
    lines = cds("diff", "2024", "dieu-chinh.docx").output.splitlines()
    assert lines[1] == "Văn bản điều chỉnh: Kế hoạch số 2/KH-BCĐ ngày 05/01/2025"
    assert (
        "x II.3  bãi bỏ từ 05/01/2025 theo văn bản điều chỉnh Kế hoạch số 2/KH-BCĐ ngày 05/01/2025"
    ) in lines

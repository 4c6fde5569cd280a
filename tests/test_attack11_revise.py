"""Attack 11 on `cds import --revise`: a revision records what the revising plan changed, and
leaves a live plan usable.

a11-11: a registry imported by an earlier cds keeps a cell's trailing Enter ("Tháng 9/2024\\n");
the revised table, the same text without it, was "sửa 2 chỉ tiêu" with dated `before` entries
for changes nobody made. Texts are now compared without the empty lines and spaces around them.
a11-15: a revised table with problems (a copied sheet's rows, a second time each number) said
"Không có khác biệt", yet wrote its problems as `needs_review` lines into the live registry,
which every command then refused. A revision whose table has problems that would need review is
refused, nothing written, each problem said at its cell; the preview then says no revising plan
recorded and no row kept in `needs_review` (neither happens)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
REVISING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 40/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
ROWS = [
    ("header",),
    ("group", "I. Chính quyền số"),
    ("1.", "Chỉ tiêu một.", "", "Phòng Y tế", "", "Tháng 9/2024", ""),
    ("2.", "Chỉ tiêu hai.", "", "Phòng Nội vụ", "", "Tháng 10/2024", ""),
]


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 2024 plan of two targets imported from Word, in a plans/ workspace."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "kh.docx", ROWS, HEADING_2024)
    imported = cds("import", "kh.docx", "--out", REGISTRY)
    assert imported.exit_code == 0, imported.output
    return tmp_path


def _as_an_earlier_cds_wrote_it(path: Path) -> None:
    """The registry as an earlier cds imported a table whose cells ended in an Enter (or two
    spaces): the texts kept them."""
    text = path.read_text(encoding="utf-8")
    for old, new in (
        ("content: Chỉ tiêu một.\n", 'content: "Chỉ tiêu một.\\n"\n'),
        ("text: Tháng 9/2024\n", 'text: "Tháng 9/2024\\n\\n"\n'),
        ("text: Phòng Nội vụ\n", 'text: "Phòng Nội vụ  "\n'),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")


# a11-11 --------------------------------------------------------------------------------------


def test_a_trailing_enter_kept_by_an_earlier_cds_is_no_revision(plan: Path) -> None:
    path = plan / REGISTRY
    _as_an_earlier_cds_wrote_it(path)
    assert cds("--plan", "2024", "validate").exit_code == 0
    write_docx(plan / "rev.docx", ROWS, REVISING)
    diff = cds("diff", "2024", "rev.docx")
    assert diff.exit_code == 0, diff.output
    assert diff.stdout.splitlines() == [
        f"{REGISTRY} → rev.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
        "Văn bản điều chỉnh: Kế hoạch số 40/KH-BCĐ ngày 20/03/2024",
    ]
    english = cds("--lang", "en", "diff", "2024", "rev.docx")
    assert english.stdout.splitlines()[0] == (
        f"{REGISTRY} → rev.docx: 0 added, 0 removed, 0 changed targets."
    )
    revised = cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    assert revised.stdout.splitlines() == [
        f"{REGISTRY} → rev.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
        "Không có khác biệt.",
        "Ghi nhận văn bản điều chỉnh: Kế hoạch số 40/KH-BCĐ ngày 20/03/2024.",
        f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 0, thêm 0, bãi bỏ 0 chỉ tiêu.",
    ]
    text = path.read_text(encoding="utf-8")
    assert "before" not in text  # no dated entry for a change nobody made
    assert 'content: "Chỉ tiêu một.\\n"\n' in text  # the registry's own text left as it was
    shown = cds("--plan", "2024", "show", "I.1", "--as-of", "01/05/2024")
    assert "Trước ngày" not in shown.stdout


# a11-15 --------------------------------------------------------------------------------------

TWICE = ("2.", "Chỉ tiêu hai.", "", "Phòng Nội vụ", "", "Tháng 10/2024", "")  # row 6: I.2 again
REFUSED_VI = (
    f"cds: lỗi: không ghi bản điều chỉnh vào {REGISTRY}: bảng rev.docx có 1 chỗ cần quyết định "
    "(các dòng trên); ghi vào, các dòng `needs_review` đó sẽ làm mọi lệnh trên kế hoạch đang "
    "theo dõi dừng lại cho đến khi sửa xong"
)
HINT_VI = (
    "  gợi ý: sửa các chỗ đó trong bảng (đơn vị lạ: thêm vào danh mục) rồi chạy lại; cds diff "
    "cho xem trước"
)


def test_a_table_with_problems_is_refused_and_the_plan_stays_usable(plan: Path) -> None:
    """The plan's own table with a row repeated (as a copied sheet repeats every row): no
    difference, and one problem that would be written as a `needs_review` line into the plan
    in use. Shown in the preview, then refused: nothing written, exit 1, every command on the
    plan still answers."""
    write_docx(plan / "rev.docx", [*ROWS, TWICE], REVISING)
    path = plan / REGISTRY
    before = path.read_bytes()
    for asked in ((), ("--yes",)):  # never asked: refused before the question
        result = cds("--plan", "2024", "import", "rev.docx", "--revise", *asked)
        assert result.exit_code == 1, result.output
        assert result.stdout.splitlines() == [
            "rev.docx:1:6:1: số thứ tự trùng: I.2 đã có ở bảng 1, dòng 5; dòng này chưa thành "
            "chỉ tiêu",
            # nothing written: no `needs_review` line keeps the row, no revising plan recorded
            "  gợi ý: sửa số thứ tự trong bảng rồi nhập lại",
            f"{REGISTRY} → rev.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
            "Không có khác biệt.",
        ]
        assert result.stderr.splitlines() == [REFUSED_VI, HINT_VI]
        assert path.read_bytes() == before
    english = cds("--lang", "en", "--plan", "2024", "import", "rev.docx", "--revise", "--yes")
    assert english.exit_code == 1
    assert english.stdout.splitlines() == [
        "rev.docx:1:6:1: repeated number: I.2 is already at table 1, row 5; this row is not made "
        "a target",
        "  hint: correct the number in the table and import again",
        f"{REGISTRY} → rev.docx: 0 added, 0 removed, 0 changed targets.",
        "No differences.",
    ]
    assert english.stderr.splitlines() == [
        f"cds: error: the revision is not written to {REGISTRY}: the table rev.docx has 1 "
        "place that needs a decision (above); written as `needs_review` lines, they would stop "
        "every command on the plan in use until fixed",
        "  hint: fix them in the table (an unknown unit: add it to the catalog) and run again; "
        "cds diff shows the result first",
    ]
    assert path.read_bytes() == before
    data = json.loads(
        cds("--plan", "2024", "import", "rev.docx", "--revise", "--format", "json").stdout
    )
    assert (data["status"], [p["hint"] for p in data["problems"]]) == (
        "refused",
        ["sửa số thứ tự trong bảng rồi nhập lại"],  # as the text says it: nothing kept
    )
    assert cds("--plan", "2024", "late", "--as-of", "01/11/2024").exit_code == 0
    assert cds("--plan", "2024", "validate").exit_code == 0


def test_a_new_target_with_an_unknown_unit_is_refused_in_json_too(plan: Path) -> None:
    """A row the revision adds names a unit the catalog lacks: written, the new target would
    carry a `needs_review` line. JSON says `refused`, with or without --yes, exit 1."""
    new = ("3.", "Chỉ tiêu ba.", "", "Phòng Ngoại vụ", "", "Tháng 11/2024", "")
    write_docx(plan / "rev.docx", [*ROWS, new], REVISING)
    path = plan / REGISTRY
    before = path.read_bytes()
    args = ("--plan", "2024", "import", "rev.docx", "--revise", "--format", "json")
    for asked in ((), ("--yes",)):
        result = cds(*args, *asked)
        assert result.exit_code == 1, result.output
        data = json.loads(result.stdout)
        assert (data["status"], data["needs_review"]) == ("refused", 1)
        assert [(p["place"], p["code"], p["target"]) for p in data["problems"]] == [
            ("1:6:4", "import_unknown_unit", "I.3")
        ]
        assert path.read_bytes() == before
    text = cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes")
    assert text.exit_code == 1
    assert text.stdout.splitlines()[2:4] == [
        f"{REGISTRY} → rev.docx: thêm 1, bỏ 0, sửa 0 chỉ tiêu.",
        "+ I.3  Chỉ tiêu ba.",
    ]
    assert text.stderr.splitlines()[0] == REFUSED_VI
    assert path.read_bytes() == before

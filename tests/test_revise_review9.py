"""Review 9 of `cds import --revise` and `cds diff` (issue 16), end to end as a clerk runs them.

A 2024 plan of two targets (I.1 "Nội dung một.", Phòng Nội vụ, Tháng 6/2024; I.2 "Nội dung hai.",
Phòng Y tế, Tháng 9/2024) imported from Word against a 2023 plan `cds init` made; revisions by
Kế hoạch số 12/KH-BCĐ ngày 20/03/2024. In each table the first target's row is row 4 of table 1
(two header rows, a group row), the second row 5; the number is column 1, the lead column 4 and
the deadline column 6.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from test_revise import workspace as workspace  # the fixture: 2023 carried into 2024

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
REVISING = (
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo chuyển đổi số thành phố)"
)
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
ONE = ("Nội dung một.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
TWO = ("Nội dung hai.", "", "Phòng Y tế", "", "Tháng 9/2024", "")


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ("1.", *ONE), ("2.", *TWO)], HEADING_2024)
    result = cds("import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY)
    assert result.exit_code == 0, result.output
    return tmp_path


def revision(path: Path, *rows: tuple[str, ...], heading: str = REVISING) -> None:
    write_docx(path, [("header",), GROUP, *rows], [*HEADING_2024[:2], heading])


# 1. A row whose number cannot be read never annuls its target.


@pytest.mark.parametrize(
    ("number", "shown"), [("1\u200b.", "1<U+200B>."), ("1.1", "1.1"), ("1-", "1-"), ("I.1", "I.1")]
)
def test_an_unread_number_of_the_same_text_pairs_by_text(
    plan: Path, number: str, shown: str
) -> None:
    revision(plan / "rev.docx", (number, *ONE), ("2.", *TWO[:4], "Tháng 10/2024", ""))
    diff = cds("diff", "2024", "rev.docx")
    assert diff.exit_code == 0, diff.output
    assert "x I.1" not in diff.stdout and "bãi bỏ 1" not in diff.stdout
    if "\u200b" in number:  # the reader now reads '1<U+200B>.' as "1." (fix9c): paired by it
        assert "I.1" not in diff.stdout
        number = ""
    kept = (
        f"= I.1 không bãi bỏ: dòng rev.docx:1:4:1 (số thứ tự '{shown}' không đọc được) có cùng "
        "nội dung, ghép theo nội dung; các ô của dòng đó không được đọc, hãy so với I.1 bằng mắt"
    )
    english = cds("--lang", "en", "diff", "2024", "rev.docx")
    if number:
        assert kept in diff.stdout.splitlines()
        assert english.stdout.splitlines()[-1].startswith(
            f"= I.1 not annulled: the row at rev.docx:1:4:1 (its number '{shown}' cannot be read)"
        )
    before = (plan / REGISTRY).read_bytes()
    revised = cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes")
    if number:  # the row would be written as a needs_review line: refused, the plan usable
        assert revised.exit_code == 1
        assert (plan / REGISTRY).read_bytes() == before  # nothing written (attack 11)
        assert revised.stderr.startswith(
            f"cds: lỗi: không ghi bản điều chỉnh vào {REGISTRY}: bảng rev.docx có 1 chỗ cần "
            "quyết định (các dòng trên)"
        )
        return
    assert revised.exit_code == 0
    assert "sửa 1, thêm 0, bãi bỏ 0 chỉ tiêu" in revised.stdout
    text = (plan / REGISTRY).read_text(encoding="utf-8")
    assert "cancelled" not in text
    assert "due: 2024-10" in text  # the readable row was applied


def test_an_unread_number_of_another_text_refuses_to_write(plan: Path) -> None:
    revision(plan / "rev.docx", ("1-", "Nội dung một, sửa.", *ONE[1:]), ("2.", *TWO))
    before = (plan / REGISTRY).read_bytes()
    diff = cds("diff", "2024", "rev.docx")
    assert diff.exit_code == 0
    lines = diff.stdout.splitlines()
    assert (
        "? I.1 chưa quyết định (không bãi bỏ): bảng mới có dòng không đọc được số thứ tự, dòng "
        "đó có thể là chỉ tiêu này"
    ) in lines
    assert (
        "  rev.docx:1:4:1: không đọc được số thứ tự '1-', nội dung không trùng đúng một chỉ tiêu: "
        "1- | Nội dung một, sửa. | Phòng Nội vụ | Tháng 6/2024"
    ) in lines
    for lang in ("vi", "en"):
        result = cds("--lang", lang, "--plan", "2024", "import", "rev.docx", "--revise", "--yes")
        assert result.exit_code == 1
        assert (plan / REGISTRY).read_bytes() == before  # nothing written
    said = result.stderr
    assert "writing now would annul I.1 only because a number is mistyped" in said
    assert (
        "rev.docx:1:4:1: the number '1-' cannot be read and the text is not that of exactly "
        "one target: 1- | Nội dung một, sửa. | Phòng Nội vụ | Tháng 6/2024"
    ) in said.splitlines()


# 3. The importer's placeholder for a deadline it could not read is no change to "Thường xuyên".


def test_an_unread_deadline_is_said_unread_not_ongoing(plan: Path) -> None:
    revision(plan / "rev.docx", ("1.", *ONE[:4], "Tháng 13/2024", ""), ("2.", *TWO))
    # against the registry, whose readable deadline is kept as revise keeps it (item 5)
    against = cds("diff", "2024", "rev.docx").stdout.splitlines()
    assert against[2:] == [
        "= rev.docx:1:4:6: giữ ô 'Thời gian hoàn thành' của I.1 như trong sổ đăng ký ('Tháng "
        "6/2024'): bản điều chỉnh ghi 'Tháng 13/2024', không đọc được (có thể là lỗi của bản gốc "
        "đã sửa trong sổ); nếu bản điều chỉnh thực sự đổi ô này, sửa tay"
    ]
    vi = cds("diff", "kh.docx", "rev.docx").stdout.splitlines()  # two tables: no person's fix
    assert vi[2:] == [
        "~ I.1",
        "    Thời gian hoàn thành: Tháng [-6-]{+13+}/2024",
        "    Hạn (ngày/tháng): không đọc được hạn 'Tháng 13/2024' (cần người quyết định), không "
        "phải đổi hạn",
    ]
    en = cds("--lang", "en", "diff", "kh.docx", "rev.docx").stdout
    assert "the deadline 'Tháng 13/2024' cannot be read (left for a person to decide)" in en
    assert "Thường xuyên" not in "\n".join(vi) and "Ongoing" not in en


# 4. "Kèm theo Kế hoạch số 15/… ngày …, sửa đổi theo Kế hoạch số 80/… ngày …": plan 15, revised
# by 80, in both orders, and an export's own heading.


@pytest.mark.parametrize(
    ("line", "plan_number", "revisions", "issuer"),
    [
        (
            "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024, sửa đổi theo Kế hoạch số "
            "80/KH-UBND ngày 20/03/2024)",
            "15",
            ["80"],
            "",
        ),
        (
            "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024, sửa đổi, bổ sung theo Kế hoạch số "
            "80/KH-UBND ngày 20/03/2024 của UBND thành phố)",
            "15",
            ["80"],
            "UBND thành phố",
        ),
        (
            "(Kèm theo Kế hoạch số 80/KH-UBND ngày 20/03/2024 của UBND thành phố sửa đổi, bổ "
            "sung Kế hoạch số 15/KH-UBND ngày 10/01/2024)",
            "80",
            [],
            "UBND thành phố",
        ),
        (
            "(Kèm theo Kế hoạch số 45/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo, đã điều chỉnh "
            "theo Kế hoạch số 130/KH-BCĐ ngày 15/06/2024)",
            "45",
            ["130"],
            "Ban Chỉ đạo",
        ),
    ],
)
def test_a_revised_by_clause_is_read_in_either_order(
    line: str, plan_number: str, revisions: list[str], issuer: str
) -> None:
    from cds_tracker.registry.importing.heading import parse_preamble

    found = parse_preamble(("Phụ lục 01", "Tiêu đề", line))
    assert found is not None
    assert found["plan"]["number"] == plan_number
    assert [r["number"] for r in found.get("revisions", ())] == revisions
    assert found["issuer"] == issuer


def test_a_revision_headed_plan_then_revising_plan_takes_its_day(plan: Path) -> None:
    heading = (
        "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024, sửa đổi theo Kế hoạch số 12/KH-BCĐ "
        "ngày 20/03/2024)"
    )
    revision(plan / "rev.docx", ("1.", *ONE), heading=heading)  # I.2 dropped
    result = cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes")  # no --on
    assert result.exit_code == 0, result.output
    text = (plan / REGISTRY).read_text(encoding="utf-8")
    assert "cancelled: 20/03/2024" in text
    assert "number: '12'" in text or "number: 12" in text
    assert "reference: Kế hoạch số 5/KH-BCĐ ngày 10/01/2024" in text  # the plan, unchanged


# 6. An annulled target an export leaves out: unchanged for both commands.


def test_diff_and_revise_agree_on_a_target_annulled_before(plan: Path) -> None:
    revision(plan / "rev.docx", ("1.", *ONE))
    assert cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes").exit_code == 0
    for fmt in ("docx", "xlsx"):
        out = f"e.{fmt}"
        assert cds("--plan", "2024", "export", "--format", fmt, "--out", out).exit_code == 0
        diff = cds("diff", "2024", out).stdout.splitlines()
        assert diff == [
            f"plans/2024/phu_luc_01.yaml → {out}: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
            "Không có khác biệt.",
            "= I.2  đã bãi bỏ từ 20/03/2024, bảng điều chỉnh không ghi: giữ nguyên, không đổi",
        ]
        before = (plan / REGISTRY).read_bytes()
        revised = cds("--plan", "2024", "import", out, "--revise", "--yes")
        assert "thêm 0, bỏ 0, sửa 0 chỉ tiêu." in revised.stdout
        assert "Không có khác biệt." in revised.stdout
        assert (plan / REGISTRY).read_bytes() == before


# 5. A clerk's fix of a cell the importer marked is not undone by a revision repeating it.


def test_a_fix_in_the_registry_outlives_the_revision_repeating_the_typo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    typo = ("Nội dung một.", "", "Phòng Nội chính", "", "Tháng 6/2024", "")
    bad_day = ("Nội dung hai.", "", "Phòng Y tế", "", "Tháng 13/2024", "")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ("1.", *typo), ("2.", *bad_day)],
               HEADING_2024)  # fmt: skip
    assert cds("import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY).exit_code == 1
    path = tmp_path / REGISTRY
    text = path.read_text(encoding="utf-8")
    # the clerk's fixes: the unit named as the catalog has it, the month the plan meant
    lead = "        lead:\n          text: Phòng Nội chính\n          units: []\n"
    assert lead in text
    text = text.replace(lead, "        lead:\n          text: Phòng Nội vụ\n          units:\n"
                        "            - phong-noi-vu\n")  # fmt: skip
    text = text.replace("text: Tháng 13/2024\n          due: ongoing",
                        "text: Tháng 12/2024\n          due: 2024-12")  # fmt: skip
    kept = [line for line in text.splitlines(keepends=True) if "không" not in line]
    text = "".join(kept).replace("        needs_review:\n", "")
    path.write_text(text, encoding="utf-8")
    assert cds("--plan", "2024", "validate").exit_code == 0
    changed = ("Nội dung một.", "", "Phòng Nội chính", "", "Tháng 9/2024", "")  # a real change
    revision(tmp_path / "rev.docx", ("1.", *changed), ("2.", *bad_day))
    diff = cds("diff", "2024", "rev.docx").stdout.splitlines()  # the same rule, beforehand
    assert diff[2:] == [
        "~ I.1",
        "    Thời gian hoàn thành: Tháng [-6-]{+9+}/2024",
        "    Hạn (ngày/tháng): [-06-]{+09+}/2024",
        "= rev.docx:1:4:4: giữ ô 'Đơn vị chủ trì' của I.1 như trong sổ đăng ký ('Phòng Nội vụ'): "
        "bản điều chỉnh ghi 'Phòng Nội chính', không đọc được (có thể là lỗi của bản gốc đã sửa "
        "trong sổ); nếu bản điều chỉnh thực sự đổi ô này, sửa tay",
        "= rev.docx:1:5:6: giữ ô 'Thời gian hoàn thành' của I.2 như trong sổ đăng ký ('Tháng "
        "12/2024'): bản điều chỉnh ghi 'Tháng 13/2024', không đọc được (có thể là lỗi của bản "
        "gốc đã sửa trong sổ); nếu bản điều chỉnh thực sự đổi ô này, sửa tay",
    ]
    result = cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert (
        "rev.docx:1:4:4: giữ ô 'Đơn vị chủ trì' của I.1 như trong sổ đăng ký ('Phòng Nội vụ'): "
        "bản điều chỉnh ghi 'Phòng Nội chính', không đọc được (có thể là lỗi của bản gốc đã sửa "
        "trong sổ); nếu bản điều chỉnh thực sự đổi ô này, sửa tay"
    ) in lines
    assert (
        "rev.docx:1:5:6: giữ ô 'Thời gian hoàn thành' của I.2 như trong sổ đăng ký ('Tháng "
        "12/2024'): bản điều chỉnh ghi 'Tháng 13/2024', không đọc được (có thể là lỗi của bản "
        "gốc đã sửa trong sổ); nếu bản điều chỉnh thực sự đổi ô này, sửa tay"
    ) in lines
    after = path.read_text(encoding="utf-8")
    assert "Phòng Nội chính" not in after and "Tháng 13/2024" not in after
    assert "text: Tháng 9/2024\n          due: 2024-09" in after  # the revision's own change
    assert "text: Tháng 12/2024\n          due: 2024-12" in after
    assert "needs_review:" not in after
    assert cds("--plan", "2024", "validate").exit_code == 0


# 2. A hand-edited carried part: an origin twice, one its plan lacks, one from a later year.


def _carried_docx(source: Path, out: Path) -> dict[str, int]:
    """The exported appendix with its carried rows (numbered "I.2" under the title "… từ năm
    2023") numbered 'I.1' for I.2, 'I.9' for I.3 and 'I.4 (2025)' for I.4; each row's 1-based
    row in table 2, by its number as exported."""
    from docx import Document

    document = Document(str(source))
    rows: dict[str, int] = {}
    for r, row in enumerate(document.tables[1].rows, 1):
        number = row.cells[0].text.split()[0] if row.cells[0].text.strip() else ""
        rows.setdefault(number, r)
        new = {"I.2": "I.1", "I.3": "I.9", "I.4": "I.4 (2025)"}.get(number)
        if new is not None:
            paragraph = row.cells[0].paragraphs[0]
            for extra in row.cells[0].paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            for run in paragraph.runs[1:]:
                run._r.getparent().remove(run._r)
            paragraph.runs[0].text = new
    document.save(str(out))
    return rows


def test_carried_rows_with_a_wrong_origin_are_problems_at_their_cells(workspace: Path) -> None:
    assert cds("--plan", "2024", "export", "--format", "docx", "--out", "c.docx").exit_code == 0
    rows = _carried_docx(workspace / "c.docx", workspace / "cw.docx")
    expected = [
        f"cw.docx:2:{rows['I.2']}:1: phần chuyển tiếp ghi hai lần chỉ tiêu gốc 2023/I.1 (dòng "
        f"đầu ở bảng 2, dòng {rows['I.1']}) với nội dung khác nhau",
        f"cw.docx:2:{rows['I.3']}:1: chỉ tiêu chuyển tiếp 2023/I.9: kế hoạch 2023 không có chỉ "
        "tiêu I.9",
        f"cw.docx:2:{rows['I.4']}:1: chỉ tiêu chuyển tiếp 2025/I.4: năm 2025 không trước năm kế "
        "hoạch 2024",
    ]
    result = cds("import", "cw.docx", "--registry", "plans/2023")
    assert result.exit_code == 1
    said = result.stderr.splitlines()
    for line in expected:
        assert line in said
    text = result.stdout  # the registry: the second row marked at the top, its text kept
    assert "phần chuyển tiếp ghi hai lần chỉ tiêu gốc 2023/I.1" in text
    assert text.count("100% các yêu cầu về cung cấp dịch vụ chia sẻ dữ liệu") == 1
    diff = cds("diff", "2024", "cw.docx")
    for line in expected:
        assert line in diff.stderr.splitlines()
    english = cds("--lang", "en", "diff", "2024", "cw.docx").stderr
    assert "the carried part names the origin 2023/I.1 twice" in english
    assert "carried target 2023/I.9: the 2023 plan has no target I.9" in english
    assert "carried target 2025/I.4: 2025 is not before the plan's year 2024" in english


def test_carried_rows_of_a_workbook_are_checked_too(workspace: Path) -> None:
    """The Excel export numbers its carried rows "I.1 (2023)" in column B: edited as the clerk of
    review 9 did, each is a problem at its cell, and the duplicate row's text is kept."""
    from openpyxl import load_workbook

    assert cds("--plan", "2024", "export", "--format", "xlsx", "--out", "c.xlsx").exit_code == 0
    book = load_workbook(workspace / "c.xlsx")
    sheet = book.worksheets[0]
    at = {cell.value: cell.row for cell in sheet["B"] if isinstance(cell.value, str)}
    edits = {"I.2 (2023)": "I.9 (2023)", "I.3 (2023)": "I.4 (2025)", "I.4 (2023)": "I.1 (2023)"}
    for old, new in edits.items():
        sheet.cell(at[old], 2).value = new
    book.save(workspace / "c2.xlsx")
    result = cds("import", "c2.xlsx", "--registry", "plans/2023")
    assert result.exit_code == 1
    place = f"c2.xlsx:{sheet.title}!B"
    said = result.stderr.splitlines()
    assert (
        f"{place}{at['I.2 (2023)']}: chỉ tiêu chuyển tiếp 2023/I.9: kế hoạch 2023 không có chỉ "
        "tiêu I.9"
    ) in said
    assert (
        f"{place}{at['I.3 (2023)']}: chỉ tiêu chuyển tiếp 2025/I.4: năm 2025 không trước năm "
        "kế hoạch 2024"
    ) in said
    assert (
        f"{place}{at['I.4 (2023)']}: phần chuyển tiếp ghi hai lần chỉ tiêu gốc 2023/I.1 (dòng "
        f"đầu ở trang {sheet.title}, dòng {at['I.1 (2023)']}) với nội dung khác nhau"
    ) in said
    assert "carried_from: 2023/I.4" not in result.stdout  # its row became no target …
    assert "nâng cao năng lực phát triển và quản trị dữ liệu" in result.stdout  # … text kept

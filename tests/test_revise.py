"""A revised plan arrives after units reported: `cds import NEW.docx --revise`, and `cds diff`.

The two-plan workspace: plans/2023 as `cds init` makes it, carried over into plans/2024 (31
targets, nothing reported in 2023), whose own four targets come from a Word table. The revision
(Kế hoạch số 12/KH-BCĐ ngày 20/03/2024) keeps I.1 with a later deadline, drops I.2 (Phòng Nội vụ
has reported on it), prints I.3 as "2." (same text: it keeps its id and its report), adds a new
"3." (I.3 is taken: it becomes I.9, after the five targets carried into group I) and adds Phòng
Nội vụ to II.1's cooperating units.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import preamble, registry_rows, write_docx, write_xlsx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry

runner = CliRunner()
HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
REVISED_HEADING = [
    *HEADING[:2],
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
I1 = ("100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính.", "Chủ tịch UBND các phường, xã")
I1_CELLS = ("UBND các phường, xã", "Phòng Văn hóa và Thông tin")
I2 = ("2.", "Mở lớp tập huấn kỹ năng số cho cán bộ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
I3_TEXT = "Xây dựng kho dữ liệu dùng chung của thành phố."
I3_CELLS = ("", "Phòng Văn hóa và Thông tin", "", "Tháng 12/2024", "")
II1_TEXT = "Tối thiểu 60% hồ sơ được nộp trực tuyến."
II1_CELLS = ("", "Văn phòng HĐND và UBND thành phố")
NEW_TEXT = "Số hóa 100% hồ sơ lưu trữ của UBND thành phố."
PLAN = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", *I1, *I1_CELLS, "Tháng 9/2024", ""),
    I2,
    ("3.", I3_TEXT, *I3_CELLS),
    ("group", "II. Chính quyền số"),
    ("1.", II1_TEXT, *II1_CELLS, "Phòng Văn hóa và Thông tin", "Tháng 10/2024", ""),
]
REVISED = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", *I1, *I1_CELLS, "Tháng 10/2024", ""),
    ("2.", I3_TEXT, *I3_CELLS),
    ("3.", NEW_TEXT, "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 12/2024", ""),
    ("group", "II. Chính quyền số"),
    ("1.", II1_TEXT, *II1_CELLS, "Phòng Văn hóa và Thông tin; Phòng Nội vụ", "Tháng 10/2024", ""),
]
INDICATOR = (
    "        indicators:\n"
    "          # thêm tay: bảng Word không có chỉ số\n"
    "          - key: online_share\n"
    "            measures: Tỷ lệ hồ sơ nộp trực tuyến\n"
    "            text: Tối thiểu 60%\n"
    '            comparator: ">="\n'
    "            value: 60\n"
)
REGISTRY = "plans/2024/phu_luc_01.yaml"
CARRIED = (
    "I.4, I.5, I.6, I.7, I.8, II.2, II.3, II.4, II.5, II.6, II.7, II.8, II.9, II.10, III.1, "
    "III.2, III.3, III.4, III.5, IV.1, IV.2, IV.3, IV.4, IV.5, IV.6, IV.7, IV.8, V.1, V.2, V.3, "
    "V.4"
)


def cds(*args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=stdin)


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.output)


def add(target: str, unit: str, state: str, day: str) -> None:
    args = ("progress", "add", target, "--unit", unit, "--status", state, "--date", day)
    ok("--plan", "2024", *args)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two plans, 2023 carried into 2024, II.1 given an indicator by hand (with a comment),
    and four reports in 2024: on I.1, I.2 (the revision drops it), I.3 (it renumbers it) and
    the carried II.8 (2023/II.7)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", REGISTRY, "--registry", "plans/2023")
    path = tmp_path / REGISTRY
    text = path.read_text(encoding="utf-8")
    anchor = "          text: Tháng 10/2024\n          due: 2024-10\n        notes: ''\n"
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, anchor + INDICATOR), encoding="utf-8")
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    add("I.1", "Bắc Sơn", "đang thực hiện", "01/03/2024")
    add("I.2", "Nội vụ", "đang thực hiện", "05/03/2024")
    add("I.3", "VH&TT", "hoàn thành", "10/03/2024")
    add("II.8", "VH&TT", "hoàn thành", "02/03/2024")
    write_docx(tmp_path / "sua-doi.docx", REVISED, REVISED_HEADING)
    return tmp_path


def statuses(as_of: str) -> dict[str, str]:
    rows = json.loads(ok("--plan", "2024", "list", "--format", "json", "--as-of", as_of))
    return {row["id"]: row["status"] for row in rows}


def test_revise_keeps_ids_progress_and_carried_targets(workspace: Path) -> None:
    path = workspace / REGISTRY
    assert statuses("01/07/2024")["I.2"] == "late"  # due 6/2024, in progress: late, until…
    result = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "-y")
    assert result.exit_code == 0, result.output
    reason = "Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    assert result.output.splitlines() == [
        f"{REGISTRY} → sua-doi.docx: thêm 1, bỏ 0, sửa 2 chỉ tiêu; bãi bỏ 1; đánh số lại 1.",
        f"+ I.9 (bảng in là I.3)  {NEW_TEXT}",  # as `cds diff` names it (below)
        "~ I.1",
        "    Thời gian hoàn thành: Tháng [-9-]{+10+}/2024",
        "    Hạn (ngày/tháng): [-09-]{+10+}/2024",
        "= I.3 (bảng in là I.2)  chỉ đánh số lại",
        "~ II.1",
        "    Đơn vị phối hợp: Phòng Văn hóa và Thông tin{+; Phòng Nội vụ+}",
        "    Đơn vị phối hợp (theo danh mục): Phòng Văn hóa và Thông tin; {+Phòng Nội vụ+}",
        f"x I.2  bãi bỏ từ 20/03/2024 theo văn bản điều chỉnh {reason.partition(': ')[2]}",
        "I.3: bảng in là I.2 (cùng chỉ tiêu); giữ mã I.3 và các báo cáo tiến độ.",
        "I.3 của bảng là chỉ tiêu mới: ghi mã I.9 (mã I.3 đã có).",
        "Giữ nguyên 31 chỉ tiêu chuyển từ kế hoạch trước (bảng của tệp không ghi các chỉ tiêu "
        f"này): {CARRIED}.",
        "Ghi nhận văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024.",
        f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 2, thêm 1, bãi bỏ 1 chỉ tiêu.",
    ]
    text = path.read_text(encoding="utf-8")
    assert "          # thêm tay: bảng Word không có chỉ số\n" in text  # comments kept
    assert text.startswith("# ")  # the import's heading comment too
    loaded = load_registry(path).registry
    assert loaded is not None
    targets = {t.id: t for _, t in loaded.targets()}
    assert [t.id for t in loaded.groups[0].targets] == [
        "I.1", "I.2", "I.3", "I.4", "I.5", "I.6", "I.7", "I.8", "I.9"
    ]  # fmt: skip
    assert (targets["I.2"].cancelled, targets["I.2"].cancelled_reason) == ("2024-03-20", reason)
    assert (targets["I.3"].number, targets["I.3"].content) == (3, I3_TEXT)
    assert (targets["I.9"].number, targets["I.9"].lead.units) == (9, ("van-phong",))
    # The numbers of the plan in force, where they are not the id; the revising plan.
    printed = {t.id: t.printed for t in targets.values() if t.printed is not None}
    assert printed == {"I.3": "I.2", "I.9": "I.3"}
    (revision,) = loaded.document.revisions
    assert (revision.number, revision.symbol, revision.date) == ("12", "KH-BCĐ", "20/03/2024")
    assert loaded.document.plan.number == "5"  # the plan itself is unchanged
    assert [i.key for i in targets["II.1"].indicators] == ["online_share"]
    assert targets["II.1"].cooperating.units == ("phong-van-hoa-thong-tin", "phong-noi-vu")
    assert targets["II.8"].carried_from == "2023/II.7"
    assert sum(t.carried_from is not None for t in targets.values()) == 31
    # Statuses, hand-computed. On 01/07/2024: I.2 annulled (not late though due 6/2024), I.3
    # done by its one lead (the report followed the renumbered target), the carried II.8 done.
    after = statuses("01/07/2024")
    assert (after["I.2"], after["I.3"], after["II.8"], after["I.1"]) == (
        "cancelled", "done", "done", "in_progress"
    )  # fmt: skip
    assert statuses("19/03/2024")["I.2"] == "in_progress"  # the day before: still followed
    # On 01/11/2024 I.1 and II.1 (due 10/2024) are late; I.2 never; the rest are due 12/2024.
    late = json.loads(ok("--plan", "2024", "late", "--format", "json", "--as-of", "01/11/2024"))
    assert [row["id"] for row in late] == ["I.1", "II.1"]
    # Phòng Nội vụ led only I.2 (and now cooperates on II.1): in June it is urged for nothing.
    letters = json.loads(
        ok("--plan", "2024", "remind", "--format", "json", "--month", "6/2024",
           "--as-of", "01/06/2024")
    )  # fmt: skip
    assert "Phòng Nội vụ" not in [letter["unit"] for letter in letters]
    assert all("I.2" not in [t["id"] for t in letter["targets"]] for letter in letters)
    shown = ok("--plan", "2024", "show", "I.2", "--as-of", "01/07/2024", "--lang", "en")
    assert "Annulled from 20/03/2024" in shown
    assert "05/03/2024" in shown  # Phòng Nội vụ's report is still shown
    assert ok("validate", "plans/2024").splitlines()[-1].startswith("Hợp lệ:")
    assert ok("validate", "plans/2023").splitlines()[-1].startswith("Hợp lệ:")


def test_the_same_revision_as_an_excel_sheet(workspace: Path) -> None:
    """The Excel form of the revision reads and applies as the Word one does."""
    write_xlsx(workspace / "sua-doi.xlsx", REVISED, REVISED_HEADING)
    args = ("--revise", "--on", "20/03/2024", "--yes")
    lines = ok("--plan", "2024", "import", "sua-doi.xlsx", *args).splitlines()
    assert lines[0] == (
        f"{REGISTRY} → sua-doi.xlsx: thêm 1, bỏ 0, sửa 2 chỉ tiêu; bãi bỏ 1; đánh số lại 1."
    )
    assert lines[-1] == f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 2, thêm 1, bãi bỏ 1 chỉ tiêu."
    assert statuses("01/07/2024")["I.2"] == "cancelled"


def test_a_second_run_of_the_same_revision_changes_nothing(workspace: Path) -> None:
    ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    before = (workspace / REGISTRY).read_bytes()
    again = ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--yes")
    assert again.splitlines()[-1] == "Bảng điều chỉnh không thay đổi gì trong sổ đăng ký."
    assert (workspace / REGISTRY).read_bytes() == before


def test_nothing_is_written_until_confirmed(workspace: Path) -> None:
    path = workspace / REGISTRY
    before = path.read_bytes()
    refused = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", stdin="k\n")
    assert refused.exit_code == 0
    assert refused.output.splitlines()[-2:] == [
        "Ghi bản điều chỉnh vào sổ đăng ký? [c/K]: k",
        "Chưa ghi gì.",
    ]
    assert path.read_bytes() == before
    asked = cds(
        "--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", stdin="có\n"
    )  # fmt: skip
    assert asked.exit_code == 0
    assert path.read_bytes() != before
    assert statuses("01/07/2024")["I.2"] == "cancelled"


def test_english_and_the_default_day(workspace: Path) -> None:
    """Without --on, the revision takes effect on the date its heading states (20/03/2024),
    never today: annulled today, I.2 would count late from 06/2024 until now."""
    result = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--lang", "en", "-y")
    lines = result.output.splitlines()
    assert lines[0] == (
        f"{REGISTRY} → sua-doi.docx: 1 added, 0 removed, 2 changed targets; 1 annulled; "
        "1 renumbered."
    )
    assert lines[1] == f"+ I.9 (the table prints I.3)  {NEW_TEXT}"
    assert lines[4] == "    Due (day/month): [-09-]{+10+}/2024"
    assert lines[5] == "= I.3 (the table prints I.2)  renumbered only"
    assert lines[8] == (
        "    Cooperating (catalog units): Phòng Văn hóa và Thông tin; {+Phòng Nội vụ+}"
    )
    # The reason goes into the registry, the office's, in Vietnamese whatever --lang says.
    assert lines[9] == (
        "x I.2  annulled from 20/03/2024 by the revision Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    )
    assert statuses("14/03/2024")["I.2"] == "in_progress"  # Phòng Nội vụ's report of 05/03
    assert statuses("20/03/2024")["I.2"] == "cancelled"
    late = json.loads(ok("--plan", "2024", "late", "--as-of", "01/10/2024", "-f", "json"))
    assert "I.2" not in {row["id"] for row in late}  # due 06/2024, annulled before
    assert (
        lines[10]
        == "I.3: printed I.2 in the table (the same target); keeps the id I.3 and its progress."
    )
    assert lines[11] == "The table's I.3 is a new target: written as I.9 (I.3 is taken)."
    assert lines[-1] == f"Wrote the revision to {REGISTRY}: 2 changed, 1 added, 1 annulled targets."


def test_a_report_after_the_annulment(workspace: Path) -> None:
    """Decided (docs/progress.md): `progress add` refuses a report dated on or after the day a
    target was annulled (--force records it, marked forced; with --id where the code is also
    the number a target in force is printed under); `validate` accepts one written
    elsewhere before the revision arrived, and the status stays annulled."""
    args = ("--revise", "--on", "20/03/2024", "--reason", "Theo Kế hoạch số 12", "--yes")
    ok("--plan", "2024", "import", "sua-doi.docx", *args)
    late_args = ("--plan", "2024", "progress", "add", "I.2", "--unit", "Nội vụ", "--status",
                 "done", "--date", "20/03/2024")  # fmt: skip
    late = cds(*late_args)
    assert late.exit_code == 2
    # The number I.2 now belongs to the old I.3 (Kế hoạch 12 prints it "2."): the hint says so.
    assert late.output.splitlines() == [
        "cds: lỗi: chỉ tiêu I.2 đã bãi bỏ từ 20/03/2024: không cần báo cáo nữa",
        "  gợi ý: số thứ tự I.2 trong Kế hoạch 12/KH-BCĐ là chỉ tiêu mã I.3: cds --plan 2024 "
        "progress add I.3 --id …; việc đã làm cho I.2 trước khi bãi bỏ thì ghi ngày trước "
        "20/03/2024 (--date)",
    ]
    # --force does not file it on the annulled I.2 while the number points to I.3 (clerk 11, G)
    assert cds(*late_args, "--force").output == late.output
    # Work done before it was annulled: the revision (dated 20/03/2024, its heading's day) is
    # not in force on 19/03/2024, so "I.2" there is the target I.2 itself, recorded unasked.
    before = ("--unit", "Nội vụ", "--status", "hoàn thành", "--date", "19/03/2024")
    ok("--plan", "2024", "progress", "add", "I.2", *before)
    forced = ("--date", "25/03/2024", "--force", "--id")  # --id: the annulled I.2 itself
    ok("--plan", "2024", "progress", "add", "I.2", "--unit", "Nội vụ", "--status", "done", *forced)
    assert ok("validate", "plans/2024").splitlines()[-1].startswith("Hợp lệ:")
    assert statuses("01/07/2024")["I.2"] == "cancelled"
    shown = ok("--plan", "2024", "show", "I.2", "--as-of", "01/07/2024")
    assert "20/03/2024: Theo Kế hoạch số 12" in shown


def test_a_cancelled_day_must_be_a_real_day(workspace: Path) -> None:
    path = workspace / REGISTRY
    text = path.read_text(encoding="utf-8")
    anchor = "          text: Tháng 6/2024\n          due: 2024-06\n        notes: ''\n"
    assert text.count(anchor) == 1
    path.write_text(text.replace(anchor, anchor + "        cancelled: 31/02/2024\n"), "utf-8")
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1
    heading = result.output.splitlines()[0]
    assert re.fullmatch(
        r"plans/2024/phu_luc_01\.yaml:\d+:20: 'cancelled': '31/02/2024' is not a day "
        r"\(dd/mm/yyyy or yyyy-mm-dd\): February 2024 has only 29 days",
        heading,
    )
    # In the registry; checked: the registry and 3 progress files.
    assert result.output.splitlines()[-1] == "1 problem in 1 file (4 files checked)."


def test_a_dropped_target_removed_by_hand_leaves_its_reports_pointing_nowhere(
    workspace: Path,
) -> None:
    """What `--revise` avoids: deleting I.2 leaves Phòng Nội vụ's report invalid, and the
    hint says to keep the target and mark it cancelled."""
    path = workspace / REGISTRY
    text = path.read_text(encoding="utf-8")
    start = text.index("      - id: I.2\n")
    end = text.index("      - id: I.3\n")
    path.write_text(text[:start] + text[end:], "utf-8")
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    i = next(n for n, line in enumerate(lines) if line.endswith("unknown target 'I.2'"))
    assert lines[i].startswith("plans/2024/progress/phong-noi-vu.yaml:")
    assert lines[i + 3].startswith("  hint: did you mean '")  # a near id, of another target
    assert lines[i + 3].endswith(
        "?; or, if a revision dropped this target: keep it in the registry, marked 'cancelled: "
        "dd/mm/yyyy' (cds import … --revise does this), so that its reports stay valid"
    )


def test_a_new_text_that_loses_an_indicators_threshold_asks_for_a_decision(
    workspace: Path,
) -> None:
    raised = [tuple(c.replace("Tối thiểu 60%", "Tối thiểu 70%") for c in row) for row in REVISED]
    write_docx(workspace / "sua-doi-2.docx", raised, REVISED_HEADING)
    result = cds("--plan", "2024", "import", "sua-doi-2.docx", "--revise", "--yes")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "    Nội dung chỉ tiêu: Tối thiểu [-60-]{+70+}% hồ sơ được nộp trực tuyến." in lines
    assert lines[-3:] == [
        "II.1: chỉ số 'online_share' ghi ngưỡng 'Tối thiểu 60%' mà nội dung mới không còn; đã "
        "ghi `needs_review` (chỗ cần quyết định) để sửa chỉ số.",
        f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 2, thêm 1, bãi bỏ 1 chỉ tiêu.",
        "1 chỗ cần quyết định (`needs_review`): cds validate báo lỗi đến khi sửa xong.",
    ]
    checked = cds("validate", "plans/2024")
    assert checked.exit_code == 1
    assert "chỉ số 'online_share' ghi ngưỡng 'Tối thiểu 60%'" in checked.output


def test_diff_sets_carried_and_cancelled_targets_apart(workspace: Path) -> None:
    text = ok("diff", "2024", "sua-doi.docx")
    lines = text.splitlines()
    reason = "Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024"
    assert lines[:11] == [
        # the words and counts of `import --revise`: I.2 annulled, not removed
        f"{REGISTRY} → sua-doi.docx: thêm 1, bỏ 0, sửa 2 chỉ tiêu; bãi bỏ 1; đánh số lại 1.",
        # the heading kept, the revising plan recorded, as revise does
        "Văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 20/03/2024",
        # named as `import --revise` files them: the new row under I.9 (I.3 is taken), the
        # renumbered one under its own id, each with the number the table prints
        f"+ I.9 (bảng in là I.3)  {NEW_TEXT}",
        "~ I.1",
        "    Thời gian hoàn thành: Tháng [-9-]{+10+}/2024",
        "    Hạn (ngày/tháng): [-09-]{+10+}/2024",
        "= I.3 (bảng in là I.2)  chỉ đánh số lại",  # the same text: not removed and added
        "~ II.1",
        "    Đơn vị phối hợp: Phòng Văn hóa và Thông tin{+; Phòng Nội vụ+}",
        "    Đơn vị phối hợp (theo danh mục): Phòng Văn hóa và Thông tin; {+Phòng Nội vụ+}",
        # the revising plan's date (no --on here)
        f"x I.2  bãi bỏ từ 20/03/2024 theo văn bản điều chỉnh {reason.partition(': ')[2]}",
    ]
    assert lines[11] == (
        "Chỉ tiêu chuyển từ kế hoạch trước, bên mới không có (không phải bị bỏ: bảng của tệp không "
        "ghi các chỉ tiêu này): 31"
    )
    # the origin as the tables cite it; the JSON keeps the id (clerk 12, F3)
    assert lines[12:14] == ["  I.4 ← I.1 (2023)", "  I.5 ← I.2 (2023)"]
    assert len(lines) == 12 + 31
    data = json.loads(ok("diff", "2024", "sua-doi.docx", "--format", "json"))
    assert data["changed"][1] == {"id": "I.3", "printed": "I.2", "fields": {}}
    assert data["added"] == [{"id": "I.9", "printed": "I.3", "content": NEW_TEXT}]
    assert data["carried_kept"][0] == {"id": "I.4", "carried_from": "2023/I.1"}
    assert data["changed"][2]["fields"]["cooperating.units"]["new"] == (
        "phong-van-hoa-thong-tin, phong-noi-vu"  # JSON keeps the ids: a machine contract
    )
    ok("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/03/2024", "--yes")
    after = ok("diff", "2024", "sua-doi.docx", "--lang", "en").splitlines()
    # applied, the table changes nothing more: I.3 and I.9 already printed as it prints them;
    # I.2 annulled before and not listed: left as it is, as revise leaves it (no change)
    assert after[0] == f"{REGISTRY} → sua-doi.docx: 0 added, 0 removed, 0 changed targets."
    assert after[1:3] == [  # the revising plan recorded already: no heading line
        "No differences.",
        "= I.2  annulled since 20/03/2024, not listed by the revised table: left as it is, no "
        "change",
    ]
    between = ok("diff", "2023", "2024", "--lang", "en").splitlines()
    assert "Targets carried from an earlier plan, on the new side only: 31" in between
    assert "  II.8 ← II.7 (2023)" in between


def test_revise_refuses_what_it_must_not_write_through(workspace: Path) -> None:
    path = workspace / REGISTRY
    real = workspace / "elsewhere.yaml"
    path.rename(real)
    path.symlink_to(real)
    result = cds("--registry", REGISTRY, "import", "sua-doi.docx", "--revise", "--yes")
    assert result.exit_code == 1
    assert result.output.startswith("cds: lỗi: không ghi được ")
    assert "liên kết tượng trưng (symbolic link), không phải tệp thông thường; chưa ghi gì" in (
        result.output
    )
    assert path.is_symlink() and real.read_bytes() == real.read_bytes()
    path.unlink()
    os.mkfifo(path)
    fifo = cds("--registry", REGISTRY, "import", "sua-doi.docx", "--revise", "--yes")
    assert fifo.exit_code == 2  # refused at once: a pipe is never opened, so nothing waits
    assert fifo.output.startswith(
        f"cds: lỗi: '{REGISTRY}' là một ống có tên (named pipe, FIFO), không phải tệp thông thường"
    )
    path.unlink()
    real.rename(path)
    both = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--out", "x.yaml")
    assert both.exit_code == 2
    assert both.output.splitlines()[0] == (
        "cds: lỗi: --revise ghi vào sổ đăng ký của kế hoạch đang dùng; không dùng cùng --out"
    )
    # said at the first refusal, without --force (clerk review 9, item 10), and with it
    for force in ((), ("--force",)):
        over = cds("import", "sua-doi.docx", "--out", REGISTRY, *force)
        assert over.exit_code == 2
        assert over.output.splitlines() == [
            f"cds: lỗi: {REGISTRY} đã có 3 tệp tiến độ: ghi đè sẽ làm mất các chỉ tiêu chuyển "
            "sang và làm báo cáo của chỉ tiêu bị bỏ không còn hợp lệ; chưa ghi gì",
            "  gợi ý: bản điều chỉnh của kế hoạch này: cds import TỆP --revise --registry "
            f"{REGISTRY}",
        ]
    alone = cds("--plan", "2024", "import", "sua-doi.docx", "--on", "20/03/2024")
    assert (alone.exit_code, alone.output) == (2, "cds: lỗi: --on chỉ dùng với --revise\n")
    bad_day = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "31/02/2024")
    assert bad_day.exit_code == 2


def test_one_plan_workspace_renumbered_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A single registry (`cds init`), revised: II.2 dropped, so the table prints II.3 … II.9 as
    2 … 8; each keeps its id, II.4 keeps Bắc Sơn's report, II.2 is annulled."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "so")
    registry = load_registry(tmp_path / "so" / "phu_luc_01.yaml").registry
    assert registry is not None
    rows: list[tuple[str, ...]] = []
    group = ""
    for row in registry_rows(registry):
        group = row[1][:3] if row[0] == "group" else group
        if group == "II." and row[0] == "2.":
            continue  # II.2, dropped
        if group == "II." and row[0] not in ("group", "1."):
            row = (f"{int(row[0].rstrip('.')) - 1}.", *row[1:])
        rows.append(row)
    write_docx(tmp_path / "dieu-chinh.docx", rows, preamble(registry.document))
    reg = ("--registry", "so")
    day = ("--as-of", "01/11/2023")
    ok(*reg, "progress", "add", "II.4", "--unit", "Bắc Sơn", "--status", "done",
       "--date", "10/10/2023")  # fmt: skip
    before = {r["id"]: r["status"] for r in json.loads(ok(*reg, "list", "-f", "json", *day))}
    result = cds(*reg, "import", "dieu-chinh.docx", "--revise", "--on", "01/11/2023", "--yes")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        "so/phu_luc_01.yaml → dieu-chinh.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu; bãi bỏ 1; "
        "đánh số lại 7."
    )
    assert lines[1:8] == [
        f"= II.{n} (bảng in là II.{n - 1})  chỉ đánh số lại" for n in range(3, 10)
    ]
    # the table repeats the plan's own heading: the plan is never named as its revision
    # (clerk 17, F3), the revision is its --on day's, recorded with no number (F1)
    assert lines[8] == (
        "x II.2  bãi bỏ từ 01/11/2023 theo văn bản điều chỉnh ngày 01/11/2023 (không ghi số; "
        "đọc từ tệp dieu-chinh.docx)"
    )
    assert lines[9:16] == [
        f"II.{n}: bảng in là II.{n - 1} (cùng chỉ tiêu); giữ mã II.{n} và các báo cáo tiến độ."
        for n in range(3, 10)
    ]
    assert lines[16:] == [
        "Ghi nhận bản điều chỉnh có hiệu lực từ 01/11/2023 vào danh sách bản điều chỉnh "
        '(`revisions`), chưa có số, ký hiệu: công văn, báo cáo trích "đã điều chỉnh theo Kế '
        'hoạch số …………/………… ngày 01/11/2023"; điền number, symbol khi biết.',
        "Đã ghi bản điều chỉnh vào so/phu_luc_01.yaml: sửa 0, thêm 0, bãi bỏ 1 chỉ tiêu.",
    ]
    after = {r["id"]: r["status"] for r in json.loads(ok(*reg, "list", "-f", "json", *day))}
    assert (before.pop("II.2"), after.pop("II.2")) == ("unreported", "cancelled")
    assert after == before  # every other target, II.4 with its report, as it was
    assert before["II.4"] == "late"  # due 10/2023; Bắc Sơn's part done, the others not


@pytest.mark.parametrize(
    ("heading", "lang", "error", "hint"),
    [
        (
            HEADING[:2],  # no "(Kèm theo Kế hoạch số …)" line
            "vi",
            "cds: lỗi: --revise cần --on: phần đầu của sua-doi-3.docx không ghi ngày của văn bản "
            "điều chỉnh",
            "  gợi ý: ngày bản điều chỉnh có hiệu lực, ví dụ --on 10/06/2024 (các chỉ tiêu bị bỏ "
            "được bãi bỏ từ ngày đó)",
        ),
        (
            HEADING,  # cites the plan revised: its date is that plan's, not the revision's
            "en",
            "cds: error: --revise needs --on: the heading of sua-doi-3.docx states no date of "
            "the revising document",
            "  hint: the day the revision takes effect, e.g. --on 10/06/2024 (dropped targets "
            "are annulled from that day)",
        ),
    ],
)
def test_a_revision_without_its_date_asks_for_on(
    workspace: Path, heading: list[str], lang: str, error: str, hint: str
) -> None:
    write_docx(workspace / "sua-doi-3.docx", REVISED, heading)
    before = (workspace / REGISTRY).read_bytes()
    result = cds("--plan", "2024", "import", "sua-doi-3.docx", "--revise", "-y", "--lang", lang)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[-2:] == [error, hint]
    assert (workspace / REGISTRY).read_bytes() == before
    given = ("--on", "20/03/2024", "--lang", lang)
    assert (
        cds("--plan", "2024", "import", "sua-doi-3.docx", "--revise", "-y", *given).exit_code == 0
    )


def test_too_many_targets_left_to_pair_is_refused_naming_both_sides(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `likeness.LIMIT` (lowered here to none), `import --revise` and `cds diff` refuse
    with exit 1, naming both sides, and write nothing. Left to pair by likeness: the dropped
    I.2 and the new row "3." (I.1, "2." and II.1 have their texts; carried targets are paired
    by their origin): 1 × 1."""
    from cds_tracker.registry import likeness

    monkeypatch.setattr(likeness, "LIMIT", 0)
    path = workspace / REGISTRY
    before = path.read_bytes()
    lines = [
        f"cds: lỗi: {REGISTRY} và sua-doi.docx: còn 1 chỉ tiêu cũ và 1 chỉ tiêu mới khác nội dung "
        "phải ghép theo độ giống nhau (1 × 1 cặp), quá giới hạn 0 cặp; không ghép, không ghi gì",
        "  gợi ý: kiểm tra đã chọn đúng hai tệp (một phụ lục kế hoạch thường chỉ vài chục chỉ "
        "tiêu); ghép trước những chỉ tiêu đã biết bằng --pair CŨ=MỚI để bớt số phải ghép",
    ]
    for form in ("table", "json"):
        args = ("--revise", "--on", "20/03/2024", "--yes", "--format", form)
        refused = cds("--plan", "2024", "import", "sua-doi.docx", *args)
        assert refused.exit_code == 1, refused.output
        assert refused.output.splitlines()[-2:] == lines
        assert path.read_bytes() == before
    refused = cds("diff", REGISTRY, "sua-doi.docx")
    assert refused.exit_code == 1
    assert refused.output.splitlines()[-2:] == lines
    # The dropped I.2 chosen as dropped: nothing left to pair by likeness.
    plain = ok("--plan", "2024", "diff", REGISTRY, "sua-doi.docx", "--pair", "I.2=-")
    # Typed full-width (as some Vietnamese input methods give), read as `printed` reads it.
    wide = ok("--plan", "2024", "diff", REGISTRY, "sua-doi.docx", "--pair", "Ｉ．２＝－")
    assert wide == plain

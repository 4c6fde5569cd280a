"""Issue 16, a clerk's month with two plans: a revision in July after the carry-over of January,
and a revision that drops one target and rewords the next (printed under the dropped one's
number).

The workspace is test_revise's: plans/2023 as `cds init` makes it, carried into plans/2024 whose
own group I holds I.1–I.3 from a Word table; carry-over numbered the carried targets after them
(I.4–I.8 from 2023's group I). Reports: I.1 by phường Bắc Sơn, I.2 by Phòng Nội vụ, I.3 by
Phòng VH&TT (done on 10/03/2024).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appendix_files import write_docx
from cds_tracker.registry.loading import load_registry
from test_revise import (  # the same workspace, built the same way
    I1,
    I1_CELLS,
    I2,
    I3_CELLS,
    I3_TEXT,
    II1_CELLS,
    II1_TEXT,
    NEW_TEXT,
    REGISTRY,
    REVISED_HEADING,
    cds,
    ok,
    statuses,
    workspace,
)

# A revision dated the day it is applied on (--on 15/07/2024): a revision takes effect on its
# document's date.
JULY = [*REVISED_HEADING[:2], REVISED_HEADING[2].replace("20/03/2024", "15/07/2024")]

__all__ = ["workspace"]  # the fixture, used by name

I1_ROW = ("1.", *I1, *I1_CELLS, "Tháng 9/2024", "")
II1_ROW = ("1.", II1_TEXT, *II1_CELLS, "Phòng Văn hóa và Thông tin", "Tháng 10/2024", "")
# The plan's own rows again, and a fourth: I.4 is the carried 2023/I.1.
FOURTH = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    I1_ROW,
    I2,
    ("3.", I3_TEXT, *I3_CELLS),
    ("4.", NEW_TEXT, "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 12/2024", ""),
    ("group", "II. Chính quyền số"),
    II1_ROW,
]
REWORDED = I3_TEXT.removesuffix(".") + " và kho lưu trữ số."
# I.2 dropped; the old I.3, reworded, printed "2." — the number of the dropped target.
DROP_AND_REWORD = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    I1_ROW,
    ("2.", REWORDED, *I3_CELLS),
    ("group", "II. Chính quyền số"),
    II1_ROW,
]


def test_a_revision_after_the_carry_over_adds_a_row_numbered_as_a_carried_target(
    workspace: Path,
) -> None:
    """The blocker: the revision's new "4." met the carried I.4 and nothing could be written.
    The new row takes the next free id (I.9) and is printed I.4; the carried I.4 keeps its id;
    validate and the queries agree."""
    write_docx(workspace / "bon.docx", FOURTH, JULY)
    args = ("--plan", "2024", "import", "bon.docx", "--revise", "--on", "15/07/2024", "--yes")
    result = cds(*args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == [
        f"{REGISTRY} → bon.docx: thêm 1, bỏ 0, sửa 0 chỉ tiêu.",
        f"+ I.9 (bảng in là I.4)  {NEW_TEXT}",
    ]
    assert "I.4 của bảng là chỉ tiêu mới: ghi mã I.9 (mã I.4 đã có)." in lines
    assert lines[-1] == f"Đã ghi bản điều chỉnh vào {REGISTRY}: sửa 0, thêm 1, bãi bỏ 0 chỉ tiêu."
    loaded = load_registry(workspace / REGISTRY).registry
    assert loaded is not None
    targets = {t.id: t for _, t in loaded.targets()}
    assert (targets["I.9"].printed, targets["I.9"].content) == ("I.4", NEW_TEXT)
    assert (targets["I.4"].printed, targets["I.4"].carried_from) == (None, "2023/I.1")
    assert (
        ok("validate", "plans/2024").splitlines()[-1] == "Hợp lệ: 4 tệp."
    )  # the registry and three units' progress
    listed = json.loads(ok("--plan", "2024", "list", "-f", "json", "--as-of", "20/07/2024"))
    ids = [row["id"] for row in listed]
    assert ids.count("I.4") == 1 and "I.9" in ids
    assert statuses("20/07/2024")["I.3"] == "done"  # untouched by the revision


def test_a_problem_of_a_file_not_written_points_at_no_line() -> None:
    """A revision (or carry-over) refused because the file it would write is invalid: the
    problem says the file and the target, never a line of a file that was not written."""
    from cds_tracker.core.errors import Problem, msg, unwritten
    from cds_tracker.output.problems import problem_github, problem_text, problems_json

    found = Problem(
        REGISTRY, 1174, 18, msg("rule.bad_deadline", text="x"), excerpt="  text: x", target="I.9"
    )
    (moved,) = unwritten((found,))
    assert problem_text(moved).splitlines() == [f"{REGISTRY}: không đọc được thời hạn 'x'"]
    assert [(p["line"], p["col"], p["target"]) for p in json.loads(problems_json([moved]))] == [
        (0, 0, "I.9")
    ]
    assert problem_github(moved) == f"::error file={REGISTRY}::không đọc được thời hạn 'x'"


def test_a_reworded_target_printed_under_a_dropped_ones_number_keeps_its_identity(
    workspace: Path,
) -> None:
    """Old I.2 dropped, old I.3 reworded and printed "2.": paired by content, not by number.
    Before: the reworded I.3 took the place of I.2 (its report credited to another target)
    and I.3, with Phòng VH&TT's report, was cancelled."""
    write_docx(workspace / "bo.docx", DROP_AND_REWORD, JULY)
    lines = ok("diff", "2024", "bo.docx").splitlines()
    # I.3 reworded and renumbered: counted under both; I.2 annulled, as revise says it
    assert lines[0] == (
        f"{REGISTRY} → bo.docx: thêm 0, bỏ 0, sửa 1 chỉ tiêu; bãi bỏ 1; đánh số lại 1."
    )
    assert lines[1:5] == [
        "Văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 15/07/2024",
        "~ I.3 (bảng in là I.2)",  # the id the revision keeps, the number the table prints
        "    Nội dung chỉ tiêu: Xây dựng kho dữ liệu dùng chung của thành phố{+ và kho lưu trữ "
        "số+}.",
        "x I.2  bãi bỏ từ 15/07/2024 theo văn bản điều chỉnh Kế hoạch số 12/KH-BCĐ ngày 15/07/2024",
    ]
    assert not any(line.startswith("    ? ") for line in lines)  # a sure pair
    args = ("--plan", "2024", "import", "bo.docx", "--revise", "--on", "15/07/2024", "--yes")
    out = ok(*args).splitlines()
    assert (
        "x I.2  bãi bỏ từ 15/07/2024 theo văn bản điều chỉnh Kế hoạch số 12/KH-BCĐ "
        "ngày 15/07/2024" in out
    )
    assert "I.3: bảng in là I.2 (cùng chỉ tiêu); giữ mã I.3 và các báo cáo tiến độ." in out
    after = statuses("20/07/2024")
    assert (after["I.2"], after["I.3"]) == ("cancelled", "done")  # VH&TT's report stays on I.3
    loaded = load_registry(workspace / REGISTRY).registry
    assert loaded is not None
    targets = {t.id: t for _, t in loaded.targets()}
    assert (targets["I.3"].content, targets["I.3"].printed) == (REWORDED, "I.2")


UNSURE = [  # "2." reworded entirely, same units and deadline as I.2: perhaps the same target
    ("header",),
    ("group", "I. Dữ liệu số"),
    I1_ROW,
    ("2.", "Bồi dưỡng cán bộ về chuyển đổi số.", "", "Phòng Nội vụ", "", "Tháng 6/2024", ""),
    ("3.", I3_TEXT, *I3_CELLS),
    ("group", "II. Chính quyền số"),
    II1_ROW,
]


@pytest.mark.parametrize(
    ("lang", "said", "note"),
    [
        (
            "vi",
            "    ? ghép với I.2 nhưng chưa chắc là cùng chỉ tiêu: kiểm tra; nếu không phải, chọn "
            "bằng --pair I.2=SỐ-MỚI (hoặc I.2=- nếu bên mới bỏ chỉ tiêu đó)",
            "I.2: ghép với dòng I.2 của bảng nhưng chưa chắc là cùng chỉ tiêu; ghi dấu cần xem "
            "lại (ghép khác: --pair I.2=SỐ, hoặc --pair I.2=- nếu bảng đã bỏ chỉ tiêu này).",
        ),
        (
            "en",
            "    ? paired with I.2, not certainly the same target: check it; if not, choose with "
            "--pair I.2=NEW-NUMBER (or I.2=- if the new side drops it)",
            "I.2: paired with the table's row I.2, not certainly the same target; marked for "
            "review (another pairing: --pair I.2=NUMBER, or --pair I.2=- if the table drops it).",
        ),
    ],
)
def test_an_uncertain_pairing_is_said_and_marked(
    workspace: Path, lang: str, said: str, note: str
) -> None:
    """Same number, lead and deadline, other words: paired by likeness, not surely (3 of 18
    words shared: 0.6 × 6/18 + 0.4 × 2/2 + 0.02 = 0.62, between 0.45 and 0.7), said in the
    diff, marked needs_review by the revision (exit 1 until a person deletes the line)."""
    write_docx(workspace / "mo.docx", UNSURE, JULY)
    lines = ok("diff", "2024", "mo.docx", "--lang", lang).splitlines()
    at = lines.index("~ I.2")
    assert lines[at + 1] == said
    data = json.loads(ok("diff", "2024", "mo.docx", "--format", "json"))
    assert data["uncertain"] == [{"old": "I.2", "new": "I.2"}]
    args = ("--plan", "2024", "import", "mo.docx", "--revise", "--on", "15/07/2024", "--lang", lang)
    result = cds(*args, "--yes")
    assert result.exit_code == 1, result.output
    assert note in result.output.splitlines()
    loaded = load_registry(workspace / REGISTRY)
    assert loaded.registry is None  # needs_review: invalid until decided
    marks = [p for p in loaded.problems if p.target == "I.2"]
    assert len(marks) == 1


def test_pair_chooses_what_likeness_cannot(workspace: Path) -> None:
    write_docx(workspace / "mo.docx", UNSURE, JULY)
    lines = ok("diff", "2024", "mo.docx", "--pair", "I.2=-").splitlines()
    assert lines[0] == f"{REGISTRY} → mo.docx: thêm 1, bỏ 0, sửa 0 chỉ tiêu; bãi bỏ 1."
    assert lines[2] == "+ I.9 (bảng in là I.2)  Bồi dưỡng cán bộ về chuyển đổi số."  # filed I.9
    assert (
        "x I.2  bãi bỏ từ 15/07/2024 theo văn bản điều chỉnh Kế hoạch số 12/KH-BCĐ ngày 15/07/2024"
    ) in lines
    args = ("--plan", "2024", "import", "mo.docx", "--revise", "--on", "15/07/2024", "--yes")
    out = ok(*args, "--pair", "I.2=-").splitlines()
    assert "I.2 của bảng là chỉ tiêu mới: ghi mã I.9 (mã I.2 đã có)." in out
    assert statuses("20/07/2024")["I.2"] == "cancelled"
    twice = cds("diff", "2024", "mo.docx", "--pair", "I.1=I.2", "--pair", "I.2=I.2")
    assert (twice.exit_code, twice.output.splitlines()[0]) == (
        2,
        "cds: lỗi: --pair I.1=I.2, --pair I.2=I.2: dòng I.2 của bảng mới chỉ ghép được với một "
        "chỉ tiêu",
    )
    bad = cds("diff", "2024", "mo.docx", "--pair", "I.77=I.2", "--lang", "en")
    assert (bad.exit_code, bad.output.splitlines()) == (
        2,
        [
            "cds: error: --pair I.77=I.2: the old side has no target I.77",
            "  hint: --pair OLD=NEW: OLD is a target's id in the current plan, NEW its number in "
            "the new table (each number once), or '-' if the new table drops it",
        ],
    )
    shape = cds("diff", "2024", "mo.docx", "--pair", "I.2")
    assert (shape.exit_code, shape.output.splitlines()[0]) == (
        2,
        "cds: lỗi: --pair I.2: cần dạng CŨ=MỚI, ví dụ --pair I.3=I.2",
    )
    alone = cds("import", "mo.docx", "--pair", "I.2=-")
    assert alone.exit_code == 2


def test_pair_refuses_a_carried_target_and_two_answers_for_one(workspace: Path) -> None:
    """An attacker's find: `--pair I.4=I.1` gave the carried I.4 (2023/I.1) the revision's row
    1 under its origin's name, and the plan's own I.1 was lost; exit 0, validate 0. A carried
    target is in no revising table: the choice is a usage error and nothing is written. Two
    answers for one target (the last one won) are refused too."""
    write_docx(workspace / "bon.docx", FOURTH, JULY)
    before = (workspace / REGISTRY).read_bytes()
    args = ("--plan", "2024", "import", "bon.docx", "--revise", "--on", "15/07/2024", "--yes")
    carried = cds(*args, "--pair", "I.4=I.1")
    assert (carried.exit_code, carried.output.splitlines()) == (
        2,
        [
            "cds: lỗi: --pair I.4=I.1: chỉ tiêu I.4 chuyển tiếp từ 2023/I.1, không có trong bảng "
            "của kế hoạch này nên không ghép hay bỏ được",
            "  gợi ý: bỏ --pair I.4=…: chỉ tiêu chuyển tiếp giữ nguyên khi điều chỉnh kế hoạch",
        ],
    )
    dropped = cds("diff", "2024", "bon.docx", "--pair", "I.5=-", "--lang", "en")
    assert (dropped.exit_code, dropped.output.splitlines()[0]) == (
        2,
        "cds: error: --pair I.5=-: target I.5 is carried over from 2023/I.2, not in this plan's "
        "table, so it cannot be paired or dropped",
    )
    again = cds(*args, "--pair", "I.3=-", "--pair", "I.3=I.3")
    assert (again.exit_code, again.output.splitlines()[0]) == (
        2,
        "cds: lỗi: --pair I.3=-, --pair I.3=I.3: chỉ tiêu I.3 được chọn hai cách; chỉ chọn một",
    )
    assert (workspace / REGISTRY).read_bytes() == before  # nothing written


def test_on_is_a_day_of_the_plan_year_or_the_next(workspace: Path) -> None:
    """An attacker's find: `--on 01/01/2999` wrote `added: 01/01/2999` (the new row hidden for
    centuries), `--on 01/01/1900` a day before the plan existed; a bad `--on` was worded as
    `--as-of`. Each is a usage error naming --on, and nothing is written."""
    write_docx(workspace / "bon.docx", FOURTH, JULY)
    before = (workspace / REGISTRY).read_bytes()
    args = ("--plan", "2024", "import", "bon.docx", "--revise", "--yes", "--on")
    late = cds(*args, "01/01/2999")
    assert (late.exit_code, late.output.splitlines()) == (
        2,
        [
            "cds: lỗi: --on 01/01/2999: bản điều chỉnh kế hoạch năm 2024 có hiệu lực trong năm "
            "2024 hoặc 2025",
            "  gợi ý: ngày bản điều chỉnh có hiệu lực, ví dụ --on 10/06/2024 (các chỉ tiêu bị bỏ "
            "được bãi bỏ từ ngày đó)",
        ],
    )
    early = cds(*args, "01/01/1900", "--lang", "en")
    assert (early.exit_code, early.output.splitlines()[0]) == (
        2,
        "cds: error: --on 01/01/1900: a revision of the 2024 plan takes effect in 2024 or 2025",
    )
    bad = cds(*args, "31/02/2024")
    assert bad.exit_code == 2
    assert bad.output.splitlines()[0].startswith(
        "cds: lỗi: giá trị không hợp lệ cho --on: '31/02/2024'"
    )
    assert (workspace / REGISTRY).read_bytes() == before

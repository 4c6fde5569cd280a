"""`cds diff` and `cds import --revise` end to end where the pairing goes by a target's text
(registry/matching.py step 2): a revision printing the plan's targets under other numbers, and
one printing a text on two rows that no other cell tells apart (the "?" line).

The workspace is test_revise's: plans/2024 holds I.1–I.3 from a Word table and the 31 targets
carried from 2023 (I.4–I.8, II.2–…); reports: I.1 by phường Bắc Sơn, I.2 by Phòng Nội vụ (in
progress, 05/03/2024; deadline Tháng 6/2024), I.3 by Phòng VH&TT (done, 10/03/2024).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appendix_files import write_docx
from cds_tracker.registry.loading import load_registry
from test_revise import I2, I3_CELLS, I3_TEXT, NEW_TEXT, REGISTRY, cds, ok, statuses, workspace
from test_revise_after_carry import I1_ROW, II1_ROW, JULY

__all__ = ["workspace"]  # the fixture, used by name

# I.1 dropped: the old I.2 printed "1.", the old I.3 printed "2.", texts and cells unchanged.
SHIFTED = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    ("1.", *I2[1:]),
    ("2.", I3_TEXT, *I3_CELLS),
    ("group", "II. Chính quyền số"),
    II1_ROW,
]
# I.2 dropped; I.3's text and cells on two rows, "2." and "4." (neither is 3.), a new "3.".
TWICE = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    I1_ROW,
    ("2.", I3_TEXT, *I3_CELLS),
    ("3.", NEW_TEXT, "", "Văn phòng HĐND và UBND thành phố", "", "Tháng 12/2024", ""),
    ("4.", I3_TEXT, *I3_CELLS),
    ("group", "II. Chính quyền số"),
    II1_ROW,
]
ANNULLED = (
    "bãi bỏ từ 15/07/2024: Bãi bỏ theo văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 15/07/2024"
)
REVISE = ("--plan", "2024", "import", "--revise", "--on", "15/07/2024", "--yes")


def test_targets_printed_under_other_numbers_keep_their_ids_and_reports(workspace: Path) -> None:
    """Old I.2 and I.3 have their texts on rows 1. and 2.: paired by text (surely: each text
    on one row), renumbered only; old I.1 has no row of its text and shares no word with a row
    left: annulled on the revision's day. Phòng Nội vụ's report stays on I.2 (in progress, its
    deadline 6/2024 past on 20/07/2024: late), Phòng VH&TT's on I.3 (done)."""
    write_docx(workspace / "doi-so.docx", SHIFTED, JULY)
    lines = ok("diff", "2024", "doi-so.docx").splitlines()
    assert lines[:5] == [
        f"{REGISTRY} → doi-so.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu; bãi bỏ 1; đánh số lại 2.",
        "Văn bản điều chỉnh: Kế hoạch số 12/KH-BCĐ ngày 15/07/2024",
        "= I.2 (bảng in là I.1)  chỉ đánh số lại",
        "= I.3 (bảng in là I.2)  chỉ đánh số lại",
        f"x I.1  {ANNULLED}",
    ]
    english = ok("diff", "2024", "doi-so.docx", "--lang", "en").splitlines()
    assert english[2:4] == [
        "= I.2 (the table prints I.1)  renumbered only",
        "= I.3 (the table prints I.2)  renumbered only",
    ]
    data = json.loads(ok("diff", "2024", "doi-so.docx", "--format", "json"))
    assert data["changed"] == [
        {"id": "I.2", "printed": "I.1", "fields": {}},
        {"id": "I.3", "printed": "I.2", "fields": {}},
    ]
    assert (data["added"], data["removed"], data["uncertain"]) == ([], [], [])
    assert [c["id"] for c in data["cancelled"]] == ["I.1"]
    out = ok(*REVISE, "doi-so.docx").splitlines()
    assert "I.2: bảng in là I.1 (cùng chỉ tiêu); giữ mã I.2 và các báo cáo tiến độ." in out
    assert "I.3: bảng in là I.2 (cùng chỉ tiêu); giữ mã I.3 và các báo cáo tiến độ." in out
    after = statuses("20/07/2024")
    assert (after["I.1"], after["I.2"], after["I.3"]) == ("cancelled", "late", "done")
    loaded = load_registry(workspace / REGISTRY).registry
    assert loaded is not None
    targets = {t.id: t for _, t in loaded.targets()}
    assert (targets["I.2"].content, targets["I.2"].printed) == (I2[1], "I.1")
    assert (targets["I.3"].content, targets["I.3"].printed) == (I3_TEXT, "I.2")
    again = ok("diff", "2024", "doi-so.docx").splitlines()  # applied: the annulment is left
    assert again[:3] == [  # no change, as revise (below) says
        f"{REGISTRY} → doi-so.docx: thêm 0, bỏ 0, sửa 0 chỉ tiêu.",
        "Không có khác biệt.",
        "= I.1  đã bãi bỏ từ 15/07/2024, bảng điều chỉnh không ghi: giữ nguyên, không đổi",
    ]
    before = (workspace / REGISTRY).read_bytes()
    twice = ok(*REVISE, "doi-so.docx").splitlines()
    assert twice[-1] == "Bảng điều chỉnh không thay đổi gì trong sổ đăng ký."
    assert (workspace / REGISTRY).read_bytes() == before


@pytest.mark.parametrize(
    ("lang", "said", "note"),
    [
        (
            "vi",
            "    ? cùng nội dung với I.4 bên mới, các cột khác không phân biệt được: chưa chắc "
            "ghép đúng dòng; kiểm tra; nếu không phải, chọn bằng --pair I.3=SỐ-MỚI (hoặc I.3=- "
            "nếu bên mới bỏ chỉ tiêu đó)",
            "I.3: ghép với dòng I.2 của bảng nhưng I.4 bên mới cùng nội dung, các cột khác không "
            "phân biệt được: chưa chắc đúng dòng; ghi dấu cần xem lại (ghép khác: --pair I.3=SỐ, "
            "hoặc --pair I.3=- nếu bảng đã bỏ chỉ tiêu này).",
        ),
        (
            "en",
            "    ? the same text as new I.4, no other cell telling them apart: perhaps paired "
            "with the wrong row; check it; if so, choose with --pair I.3=NEW-NUMBER (or I.3=- if "
            "the new side drops it)",
            "I.3: paired with the table's row I.2, but new I.4 the same text, no other cell "
            "telling them apart: perhaps the wrong row; marked for review (another pairing: "
            "--pair I.3=NUMBER, or --pair I.3=- if the table drops it).",
        ),
    ],
)
def test_a_text_on_two_rows_no_cell_tells_apart_is_paired_uncertainly(
    workspace: Path, lang: str, said: str, note: str
) -> None:
    """Old I.3 against rows 2. and 4. of its text and cells: the same count of cells (all),
    neither of its number: a tie, taken in the table's order (2.), uncertain; 4. is a new
    target, filed I.10 (I.4 is a carried target's, I.9 goes to 3.). Old I.2 shares no word
    with 3. or 4. (nor a cell: Phòng Nội vụ, 6/2024): annulled. The "?" line says the other
    row, not "perhaps another target"; the revision marks I.3 needs_review (exit 1) and does
    not also call the pair "the same target"."""
    write_docx(workspace / "hai-dong.docx", TWICE, JULY)
    lines = ok("diff", "2024", "hai-dong.docx", "--lang", lang).splitlines()
    at = lines.index("~ I.3 (bảng in là I.2)" if lang == "vi" else "~ I.3 (the table prints I.2)")
    assert lines[at + 1] == said
    added = [line for line in lines if line.startswith("+ ")]
    table = "bảng in là" if lang == "vi" else "the table prints"
    assert added == [
        f"+ I.9 ({table} I.3)  {NEW_TEXT}",
        f"+ I.10 ({table} I.4)  {I3_TEXT}",
    ]
    data = json.loads(ok("diff", "2024", "hai-dong.docx", "--format", "json"))
    assert data["uncertain"] == [{"old": "I.3", "new": "I.3"}]
    assert data["changed"] == [{"id": "I.3", "printed": "I.2", "fields": {}}]
    assert [(a["id"], a["printed"]) for a in data["added"]] == [("I.9", "I.3"), ("I.10", "I.4")]
    result = cds(*REVISE, "hai-dong.docx", "--lang", lang)
    assert result.exit_code == 1, result.output
    out = result.output.splitlines()
    assert note in out
    assert not any(line.startswith("I.3: ") and line != note for line in out)
    loaded = load_registry(workspace / REGISTRY)
    assert loaded.registry is None  # needs_review: invalid until a person decides
    assert [p.target for p in loaded.problems] == ["I.3"]


def test_pair_settles_the_tie(workspace: Path) -> None:
    """The hint's way: --pair I.3=I.4 (the other row): old I.3 is row 4., surely; row 2. is
    then a new target (I.9), and 3. is I.10."""
    write_docx(workspace / "hai-dong.docx", TWICE, JULY)
    data = json.loads(ok("diff", "2024", "hai-dong.docx", "--format", "json", "--pair", "I.3=I.4"))
    assert data["uncertain"] == []
    assert data["changed"] == [{"id": "I.3", "printed": "I.4", "fields": {}}]
    assert [(a["id"], a["printed"]) for a in data["added"]] == [("I.9", "I.2"), ("I.10", "I.3")]

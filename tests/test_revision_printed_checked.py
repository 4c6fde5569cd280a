"""What a revision recorded is checked by `validate`: its `printed` list names targets the
registry has, gives each number to one target, agrees with the targets' own `printed` (the
latest revision's numbers), and a `cancelled` day lies within the days a revision of the plan
takes effect (the plan's year or the next, as `added`).

The workspace of test_revise.py after `import sua-doi.docx --revise --on 20/03/2024`: the
revision Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 prints I.3 as I.2 and the added I.9 as I.3
(`printed: [I.3→I.2, I.9→I.3]`, and the same in the targets), and annuls I.2
(`cancelled: 20/03/2024`).
"""

from __future__ import annotations

from pathlib import Path

from test_added_checked import _edit, _without_revisions
from test_revise import REGISTRY, cds
from test_revise import workspace as workspace  # the fixture
from test_revision_added import revised as revised  # the fixture

FIRST = "        - id: I.3\n          number: I.2\n"
SECOND = "        - id: I.9\n          number: I.3\n"
PLAN = "bản điều chỉnh số 12/KH-BCĐ ngày 20/03/2024"


def test_a_number_given_to_a_target_the_registry_lacks_is_refused(revised: Path) -> None:
    path = revised / REGISTRY
    assert cds("validate", "plans/2024").exit_code == 0
    line = _edit(path, SECOND, "        - id: I.99\n          number: I.3\n")
    text = path.read_text(encoding="utf-8")
    i9 = text[: text.index("        printed: I.3\n")].count("\n") + 1
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        f"plans/2024/phu_luc_01.yaml:{line}:15: {PLAN} ghi số thứ tự cho chỉ tiêu I.99, mà sổ "
        "đăng ký không có chỉ tiêu nào mã I.99",
        f"  {line} |         - id: I.99",
        "     |               ^",
        "  gợi ý: sửa 'id: I.99' thành mã một chỉ tiêu có trong sổ (cds list), hoặc xóa mục này",
        # I.9's own number is no longer the list's: both are said, each where it is written
        f"plans/2024/phu_luc_01.yaml:{i9}:18: chỉ tiêu I.9 ghi số thứ tự I.3, mà bản điều chỉnh "
        "mới nhất (số 12/KH-BCĐ ngày 20/03/2024, mục 1 của danh sách bản điều chỉnh, "
        "`revisions`) in là I.9",
        f"  {i9} |         printed: I.3",
        "      |                  ^",
        "  gợi ý: hai chỗ phải như nhau: ghi 'printed: I.9' ở chỉ tiêu I.9 (không ghi khi số là "
        "mã), hoặc sửa danh sách printed của bản điều chỉnh; chạy lại cds import … --revise với "
        "bảng của bản điều chỉnh sẽ ghi lại cả hai",
        "2 lỗi trong 1 tệp (đã kiểm tra 4 tệp).",
    ]


def test_one_number_given_twice_in_a_revision_is_refused_in_english(revised: Path) -> None:
    path = revised / REGISTRY
    line = _edit(path, SECOND, "        - id: I.9\n          number: I.2\n") + 1
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[:4] == [
        f"plans/2024/phu_luc_01.yaml:{line}:19: revision No. 12/KH-BCĐ of 20/03/2024 prints "
        "number I.2 for both I.3 and I.9: a table prints each number once",
        f"  {line} |           number: I.2",
        "     |                   ^",
        "  hint: write the number the revision's table prints for each target; only one target "
        "is numbered I.2",
    ]
    # and I.9's own `printed: I.3` is not what the list says
    assert "target I.9 is numbered I.3, but the latest revision (No. 12/KH-BCĐ of 20/03/2024, " \
        "item 1 of document.revisions) prints it as I.2" in result.output  # fmt: skip


def test_a_targets_printed_that_the_latest_revision_does_not_print_is_refused(
    revised: Path,
) -> None:
    """The target's own number and the latest revision's list must agree: with I.3's
    `printed` removed, I.3 would be "I.3" from the revision on but "I.2" in the list."""
    path = revised / REGISTRY
    text = path.read_text(encoding="utf-8")
    at = text.index("        printed: I.2\n")
    block_start = text.rindex("      - id: I.3\n", 0, at)
    line = text[:block_start].count("\n") + 1
    path.write_text(text[:at] + text[at + len("        printed: I.2\n") :], encoding="utf-8")
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[4].endswith(
        "số thứ tự I.3 (chỉ tiêu I.9) đã là số của chỉ tiêu I.3 trong kế hoạch đang có hiệu lực"
    )  # and so I.3 at its id is taken twice
    assert lines[-1] == "2 lỗi trong 1 tệp (đã kiểm tra 4 tệp)."
    assert lines[:4] == [
        f"plans/2024/phu_luc_01.yaml:{line}:13: chỉ tiêu I.3 ghi số thứ tự I.3, mà bản điều chỉnh "
        "mới nhất (số 12/KH-BCĐ ngày 20/03/2024, mục 1 của danh sách bản điều chỉnh, "
        "`revisions`) in là I.2",
        f"  {line} |       - id: I.3",
        "      |             ^",
        "  gợi ý: hai chỗ phải như nhau: ghi 'printed: I.2' ở chỉ tiêu I.3 (không ghi khi số là "
        "mã), hoặc sửa danh sách printed của bản điều chỉnh; chạy lại cds import … --revise với "
        "bảng của bản điều chỉnh sẽ ghi lại cả hai",
    ]


def test_the_list_of_an_earlier_revision_is_not_held_to_the_targets(revised: Path) -> None:
    """Only the latest revision prints the numbers in force: a second revision listed after
    (a later date) that prints every target at its id makes the targets' `printed` wrong, not
    the first revision's list."""
    path = revised / REGISTRY
    later = (
        "    - reference: Kế hoạch số 40/KH-BCĐ ngày 01/08/2024 của Ban Chỉ đạo chuyển đổi số "
        "thành phố\n      number: '40'\n      symbol: KH-BCĐ\n      date: 01/08/2024\n"
        "      printed: []\ncatalog:\n"
    )
    _edit(path, SECOND + "catalog:\n", SECOND + later)
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1, result.output
    said = [line for line in result.output.splitlines() if ".yaml:" in line]
    assert [line.split(": ", 1)[1] for line in said] == [
        "target I.3 is numbered I.2, but the latest revision (No. 40/KH-BCĐ of 01/08/2024, item "
        "2 of document.revisions) prints it as I.3",
        "target I.9 is numbered I.3, but the latest revision (No. 40/KH-BCĐ of 01/08/2024, item "
        "2 of document.revisions) prints it as I.9",
    ]


def test_a_cancelled_day_outside_the_plans_years_is_refused(revised: Path) -> None:
    path = revised / REGISTRY
    cancelled = "        cancelled: 20/03/2024\n"
    line = _edit(path, cancelled, "        cancelled: 01/01/2020\n")
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        f"plans/2024/phu_luc_01.yaml:{line}:20: chỉ tiêu I.2 bị bãi bỏ ngày 01/01/2020: bản điều "
        "chỉnh kế hoạch năm 2024 có hiệu lực từ 01/01/2024 đến 31/12/2025",
        f"  {line} |         cancelled: 01/01/2020",
        "      |                    ^",
        "  gợi ý: ghi 'cancelled' là ngày văn bản bãi bỏ chỉ tiêu có hiệu lực, như cds import … "
        "--revise ghi, ví dụ cancelled: 20/03/2024",
        "1 lỗi trong 1 tệp (đã kiểm tra 4 tệp).",
    ]
    # the last day of the next year may be a revision's day; the first of the plan's year too
    _without_revisions(path)
    line -= 10  # the revision's 10 lines
    _edit(path, "        cancelled: 01/01/2020\n", "        cancelled: 31/12/2025\n")
    assert cds("validate", "plans/2024").exit_code == 0
    _edit(path, "        cancelled: 31/12/2025\n", "        cancelled: 01/01/2026\n")
    assert cds("validate", "plans/2024").exit_code == 1
    _edit(path, "        cancelled: 01/01/2026\n", "        cancelled: 01/01/2024\n")
    assert cds("validate", "plans/2024").exit_code == 0


def test_cancelled_before_added_is_refused(revised: Path) -> None:
    """fix7b's rule (`added` on or after the target's own `cancelled`) covers a target
    annulled before it was added."""
    path = revised / REGISTRY
    added = "        added: 20/03/2024\n"
    line = _edit(path, added, added + "        cancelled: 01/03/2024\n")
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0] == (
        f"plans/2024/phu_luc_01.yaml:{line}:16: chỉ tiêu I.9 được thêm ngày 20/03/2024, không "
        "trước ngày bị bãi bỏ 01/03/2024: chỉ tiêu chưa bao giờ có hiệu lực"
    )


def test_a_day_that_is_no_listed_revisions_date_is_refused_in_english(revised: Path) -> None:
    """Once the plan lists its revisions, `cancelled` and `added` are the date of one: I.2
    annulled on 01/12/2024 while the revision of 20/03/2024 numbers the plan without it."""
    path = revised / REGISTRY
    cancelled = _edit(path, "        cancelled: 20/03/2024\n", "        cancelled: 01/12/2024\n")
    added = _edit(path, "        added: 20/03/2024\n", "        added: 01/12/2024\n")
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1, result.output
    # the missing revision is to be recorded, never the day moved (clerk 17, F1)
    hint = (
        "  hint: list the revision in effect from 01/12/2024 under document.revisions (in date "
        "order): date: 01/12/2024, number and symbol blank if not known, as cds import … "
        "--revise --on 01/12/2024 records one; do not move '{key}' to another day to silence "
        "this (the target would be counted from a day not its own), correct it only if it was "
        "mistyped from the document"
    )
    assert result.output.splitlines() == [
        f"plans/2024/phu_luc_01.yaml:{cancelled}:20: target I.2 is annulled on 01/12/2024, the "
        "date of no revision in document.revisions (20/03/2024)",
        f"  {cancelled} |         cancelled: 01/12/2024",
        "      |                    ^",
        hint.format(key="cancelled"),
        f"plans/2024/phu_luc_01.yaml:{added}:16: target I.9 is added on 01/12/2024, the date of "
        "no revision in document.revisions (20/03/2024)",
        f"  {added} |         added: 01/12/2024",
        "      |                ^",
        hint.format(key="added"),
        "2 problems in 1 file (4 files checked).",
    ]
    vi = cds("validate", "plans/2024")
    assert vi.exit_code == 1, vi.output
    hint_vi = (
        "  gợi ý: ghi văn bản điều chỉnh có hiệu lực từ 01/12/2024 vào danh sách bản điều chỉnh "
        "(`revisions` trong `document`, theo thứ tự ngày): date: 01/12/2024, number, symbol để "
        "trống nếu chưa biết, như cds import … --revise --on 01/12/2024 ghi; không đổi '{key}' "
        "sang ngày khác để hết báo lỗi (chỉ tiêu sẽ được tính theo ngày không phải của nó), chỉ "
        "sửa nếu ngày này ghi nhầm so với văn bản"
    )
    assert [line for line in vi.output.splitlines() if line.startswith("  gợi ý:")] == [
        hint_vi.format(key="cancelled"),
        hint_vi.format(key="added"),
    ]
    # a second revision dated 01/12/2024, listed: both days are a revision's
    later = (
        "    - reference: Kế hoạch số 40/KH-BCĐ ngày 01/12/2024 của Ban Chỉ đạo chuyển đổi số "
        "thành phố\n      number: '40'\n      symbol: KH-BCĐ\n      date: 01/12/2024\n"
        "catalog:\n"
    )
    _edit(path, SECOND + "catalog:\n", SECOND + later)
    assert cds("validate", "plans/2024").exit_code == 0


def test_on_must_be_the_date_the_heading_states(revised: Path) -> None:
    """The attacker's find: `--on 01/12/2024` with a heading dated 15/05/2024 recorded the
    revision on 15/05 but annulled and added on 01/12; between the two days I.2 was late in
    `cds late` and left out of the exported appendix. Now a usage error naming the heading's
    date; the same day, written either way, is accepted (nothing left to change)."""
    before = (revised / REGISTRY).read_bytes()
    result = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "01/12/2024")
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        "cds: lỗi: --on 01/12/2024: phần đầu của sua-doi.docx ghi văn bản điều chỉnh ngày "
        "20/03/2024; bản điều chỉnh có hiệu lực từ ngày của văn bản",
        "  gợi ý: bỏ --on (ngày 20/03/2024 được lấy từ phần đầu), hoặc ghi --on 20/03/2024; nếu "
        "phần đầu ghi sai ngày, sửa nó trong tệp rồi chạy lại",
    ]
    english = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "1/12/2024",
                  "--lang", "en")  # fmt: skip
    assert (english.exit_code, english.output.splitlines()[0]) == (
        2,
        "cds: error: --on 01/12/2024: the heading of sua-doi.docx dates the revising document "
        "20/03/2024; a revision takes effect on its document's date",
    )
    same = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--on", "20/3/2024", "--yes")
    assert same.exit_code == 0, same.output
    assert (revised / REGISTRY).read_bytes() == before


def test_a_guessed_later_day_is_moved_to_the_revisions_date(revised: Path) -> None:
    """The attacker's second find: a table whose heading stated no date, applied with `--on
    31/12/2025`, then the real revision dated 20/03/2024: it said "no difference" and left the
    31/12/2025 annulment under a revision of 20/03/2024. Now the later days are moved to the
    revision's date, and said."""
    path = revised / REGISTRY
    _without_revisions(path)  # the dateless heading recorded no revision
    _edit(path, "        cancelled: 20/03/2024\n", "        cancelled: 31/12/2025\n")
    _edit(path, "        added: 20/03/2024\n", "        added: 31/12/2025\n")
    out = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--yes")
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert (
        "I.9: ngày thêm 31/12/2025 (ghi trước đây) sửa thành 20/03/2024, ngày của văn bản điều "
        "chỉnh đã liệt kê chỉ tiêu này." in lines
    )
    assert (
        "I.2: ngày bãi bỏ 31/12/2025 (ghi trước đây) sửa thành 20/03/2024, ngày của văn bản "
        "điều chỉnh không còn liệt kê chỉ tiêu này." in lines
    )
    text = path.read_text(encoding="utf-8")
    assert "cancelled: 31/12/2025" not in text and "added: 31/12/2025" not in text
    assert text.count("        cancelled: 20/03/2024\n") == 1
    assert text.count("        added: 20/03/2024\n") == 1
    assert cds("validate", "plans/2024").exit_code == 0
    again = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--yes")
    assert again.output.splitlines()[-1] == "Bảng điều chỉnh không thay đổi gì trong sổ đăng ký."


def test_a_guessed_earlier_day_is_reported_and_nothing_written(revised: Path) -> None:
    """An earlier day may be an earlier document's: it is kept, and as it is no listed
    revision's date the revision is refused (exit 1) with validate's words."""
    path = revised / REGISTRY
    _without_revisions(path)
    _edit(path, "        cancelled: 20/03/2024\n", "        cancelled: 10/03/2024\n")
    assert cds("validate", "plans/2024").exit_code == 0
    before = path.read_bytes()
    out = cds("--plan", "2024", "import", "sua-doi.docx", "--revise", "--yes")
    assert out.exit_code == 1, out.output
    assert (
        f"{REGISTRY}: chỉ tiêu I.2 bị bãi bỏ ngày 10/03/2024, không phải ngày của bản điều "
        "chỉnh nào trong danh sách bản điều chỉnh (`revisions`: 20/03/2024)"
        in out.output.splitlines()
    )
    assert path.read_bytes() == before

"""A return form made before a revision of the plan, returned after it (review of issue 16,
c_05): a report the form's unit dates before the revision's day is its own, as `cds progress
add` takes it (progress/handed_over.py), and what is refused names a step that works.

Plan 2024: I.1 Phòng Nội vụ, I.2 "Nội dung hai." Phòng Y tế, Tháng 9/2024. Phòng Y tế's form
for 09/2024 is made on 10/03/2024 (I.2 on row 8: F8 status, G8 date). Then Kế hoạch số 12 of
20/03/2024 rewrites I.2 to "Nội dung hai, sửa." and gives it to Phòng Kinh tế (`before:` until
20/03/2024 with the old text and lead), or only rewrites the text (Phòng Y tế keeps it).
"""

from __future__ import annotations

import shlex
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from test_revise_lead_dated import GROUP, HEADING_12, ONE, REGISTRY, TWO, cds

runner = CliRunner()
SHEET = "Phiếu báo cáo"
PROGRESS = "plans/2024/progress/phong-y-te.yaml"


# the run was given --registry plans/2024/phu_luc_01.yaml: its hints choose it the same way;
# the new form is made as of the revision's day, the first its new lead and text hold
FORM_KT = (
    'cds --registry plans/2024 form --unit "Phòng Kinh tế" --month 09/2024 --as-of 20/03/2024 '
    "--out phieu-phong-kinh-te.xlsx"
)
FORM_YT = (
    'cds --registry plans/2024 form --unit "Phòng Y tế" --month 09/2024 --as-of 20/03/2024 '
    "--out phieu-phong-y-te.xlsx"
)


def _revised(tmp: Path, lead: str) -> Path:
    """Phòng Y tế's form made before the revision; the revision then imported."""
    init_registry(tmp / "plans" / "2023")
    write_docx(tmp / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    moved = ("2.", "Nội dung hai, sửa.", "", lead, "", "Tháng 9/2024", "")
    write_docx(tmp / "rev.docx", [("header",), GROUP, ONE, moved], HEADING_12)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    form = cds("form", "--unit", "phong-y-te", "--month", "09/2024", "--as-of", "10/03/2024",
               "--out", "f.xlsx")  # fmt: skip
    assert form.exit_code == 0, form.output
    revised = cds("import", "rev.docx", "--revise", "--yes")
    assert revised.exit_code == 0, revised.output
    return tmp / "f.xlsx"


@pytest.fixture
def handed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return _revised(tmp_path, "Phòng Kinh tế")


@pytest.fixture
def rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return _revised(tmp_path, "Phòng Y tế")


def _fill(form: Path, day: str) -> None:
    book = openpyxl.load_workbook(form)
    book[SHEET]["F8"], book[SHEET]["G8"] = "Hoàn thành", day
    book.save(form)


def test_the_former_lead_s_form_dated_before_the_hand_over_is_taken(handed: Path) -> None:
    _fill(handed, "15/03/2024")
    result = cds("progress", "import", "f.xlsx")
    assert result.exit_code == 0, result.output  # was 1: "lập phiếu mới" at C8
    lines = result.output.splitlines()
    assert lines[0].startswith("  I.2: ") and lines[0].endswith(
        " — ghi mới: Hoàn thành, 15/03/2024"
    )
    assert lines[1] == f"f.xlsx: đã ghi 1 mục vào {PROGRESS}"
    written = (handed.parent / PROGRESS).read_text(encoding="utf-8")
    assert '"status": "done", "date": "2024-03-15"' in written
    again = cds("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status", "done",
                "--date", "15/03/2024")  # fmt: skip
    assert again.exit_code == 0, again.output  # the same rule as `progress add`


def test_the_former_lead_s_form_dated_after_the_hand_over_names_the_new_lead(
    handed: Path,
) -> None:
    _fill(handed, "25/03/2024")
    result = cds("progress", "import", "f.xlsx")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"f.xlsx:{SHEET}!G8: Phòng Y tế không còn chủ trì chỉ tiêu I.2 từ 20/03/2024: bản điều "
        "chỉnh kế hoạch đã giao chỉ tiêu cho Phòng Kinh tế từ ngày đó; không nhập tệp này",
        "  gợi ý: việc Phòng Y tế làm trước 20/03/2024: ghi Ngày báo cáo trước ngày đó rồi nhập "
        f"lại; tiến độ từ 20/03/2024 do Phòng Kinh tế báo cáo, trên phiếu mới ({FORM_KT})",
    ]
    english = cds("--lang", "en", "progress", "import", "f.xlsx")
    assert english.exit_code == 1, english.output
    assert english.stderr.splitlines() == [
        f"f.xlsx:{SHEET}!G8: Phòng Y tế no longer leads I.2 from 20/03/2024: a revision of the "
        "plan gave the target to Phòng Kinh tế from that day; the file is not imported",
        "  hint: work Phòng Y tế did before 20/03/2024: give a report date before that day and "
        "import again; progress from 20/03/2024 is Phòng Kinh tế's to report, on a new form "
        f"({FORM_KT})",
    ]
    assert not (handed.parent / PROGRESS).exists()
    made = cds(*shlex.split(FORM_KT)[1:])  # the command as printed runs (clerk13 F7)
    assert made.exit_code == 0, made.output  # and lists I.2, Phòng Kinh tế's from 20/03/2024
    sheet = openpyxl.load_workbook(handed.parent / "phieu-phong-kinh-te.xlsx")[SHEET]
    assert str(sheet["B8"].value).split("\n")[0] == "I.2"


def test_a_form_whose_text_a_revision_rewrote_is_taken_for_the_days_before(
    rewritten: Path,
) -> None:
    _fill(rewritten, "19/03/2024")  # the eve of the revision: the form's text held
    result = cds("progress", "import", "f.xlsx")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"f.xlsx: đã ghi 1 mục vào {PROGRESS}"


def test_a_form_whose_text_a_revision_rewrote_is_refused_for_the_days_after(
    rewritten: Path,
) -> None:
    _fill(rewritten, "20/03/2024")  # the revision's own day: the new text holds
    result = cds("progress", "import", "f.xlsx")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"f.xlsx:{SHEET}!G8: phiếu ghi nội dung chỉ tiêu I.2 trước ngày 20/03/2024, khi bản điều "
        "chỉnh kế hoạch sửa nội dung; ngày báo cáo 20/03/2024 đã theo nội dung mới; không nhập "
        "tệp này",
        "  gợi ý: việc làm trước 20/03/2024: ghi Ngày báo cáo trước ngày đó rồi nhập lại; việc "
        f"từ 20/03/2024: lập phiếu mới (phiếu mới ghi nội dung mới): {FORM_YT}",
    ]
    english = cds("--lang", "en", "progress", "import", "f.xlsx")
    assert english.stderr.splitlines() == [
        f"f.xlsx:{SHEET}!G8: the form shows the text target I.2 had before 20/03/2024, when a "
        "revision of the plan rewrote it; the report date 20/03/2024 falls under the new text; "
        "the file is not imported",
        "  hint: work done before 20/03/2024: give a report date before that day and import "
        f"again; work from 20/03/2024: make a new form (it shows the new text): {FORM_YT}",
    ]
    assert not (rewritten.parent / PROGRESS).exists()
    fresh = cds(*shlex.split(FORM_YT)[1:])  # the step the hint names works, as printed
    assert fresh.exit_code == 0, fresh.output
    assert (
        fresh.stdout == "Đã lập phiếu báo cáo của Phòng Y tế (1 chỉ tiêu): phieu-phong-y-te.xlsx\n"
    )
    _fill(rewritten.parent / "phieu-phong-y-te.xlsx", "20/03/2024")
    assert cds("progress", "import", "phieu-phong-y-te.xlsx").exit_code == 0


def test_the_new_lead_s_report_before_the_hand_over_says_what_works(handed: Path) -> None:
    form = cds("form", "--unit", "phong-kinh-te", "--month", "09/2024", "--as-of", "01/04/2024",
               "--out", "k.xlsx")  # fmt: skip
    assert form.exit_code == 0, form.output
    _fill(handed.parent / "k.xlsx", "15/03/2024")
    result = cds("progress", "import", "k.xlsx")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"k.xlsx:{SHEET}!B8: chỉ tiêu I.2 không giao cho Phòng Kinh tế chủ trì vào ngày báo cáo "
        "15/03/2024; không nhập tệp này",
        "  gợi ý: kiểm tra Ngày báo cáo (cds --registry plans/2024 show I.2 cho biết đơn vị chủ "
        "trì từng ngày); nếu đúng là việc của đơn vị, ghi bằng: cds --registry plans/2024 "
        'progress add I.2 --id --unit "Phòng Kinh tế" --status "hoàn thành" --date 15/03/2024 '
        "--force (đánh dấu là ghi ép), rồi xoá dòng này khỏi phiếu và nhập lại",
    ]
    english = cds("--lang", "en", "progress", "import", "k.xlsx")
    assert english.stderr.splitlines()[0] == (
        f"k.xlsx:{SHEET}!B8: Phòng Kinh tế does not lead target I.2 on the report date "
        "15/03/2024; the file is not imported"
    )
    forced = cds("progress", "add", "I.2", "--id", "--unit", "Phòng Kinh tế", "--status",
                 "done", "--date", "15/03/2024", "--force")  # fmt: skip  # the hint's words
    assert forced.exit_code == 0, forced.output  # the step the hint names works

"""A deadline printed without its year ("Tháng 6", "Quý III", "6 tháng đầu năm"), as real
appendices print them under a heading that states the year (clerk11 A): read in the plan's year
by the one reader (core/deadline_words.py), kept verbatim, accepted by validate, said with its
year in a letter; a carried target's cell (its words may be its old plan's) is given no year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.cli import app
from cds_tracker.core.dates import YearDay, YearMonth
from cds_tracker.core.deadline_words import parse_deadline_text, with_year
from cds_tracker.registry.yamlio import parse
from test_revision_days import planned as planned  # the fixture

from paths import REGISTRY

runner = CliRunner()

# Each wording and what it means in the 2024 plan, by hand: a month named is that month, a
# quarter its last month (III → 9), the first half June, a year's end December; a day that ends
# its month is the month, any other day itself.
YEARLESS: list[tuple[str, str]] = [
    ("Tháng 6", "2024-06"),
    ("tháng 6", "2024-06"),
    ("T6", "2024-06"),
    ("Trong tháng 9", "2024-09"),
    ("Quý III", "2024-09"),
    ("Quý 3", "2024-09"),
    ("quý IV", "2024-12"),
    ("Q1", "2024-03"),
    ("6 tháng đầu năm", "2024-06"),
    ("6 tháng cuối năm", "2024-12"),
    ("Cuối năm", "2024-12"),
    ("30/6", "2024-06"),
    ("Trước ngày 15/10", "2024-10-15"),
    ("ngày 28 tháng 2", "2024-02-28"),  # 2024 is a leap year: not the month's last day
]


@pytest.mark.parametrize(("text", "due"), YEARLESS)
def test_a_wording_without_a_year_is_read_in_the_plans(text: str, due: str) -> None:
    meant = parse_deadline_text(text, 2024)
    assert isinstance(meant, YearMonth | YearDay) and meant.iso() == due
    assert parse_deadline_text(text) is None  # no year given: unread, never guessed


@pytest.mark.parametrize("text", ["6", "Tháng 13", "31/6", "Quý V", "Trước tháng 9", "Sớm"])
def test_what_states_no_deadline_stays_unread_in_any_year(text: str) -> None:
    """A bare "6" names no month; there is no month 13, no 31 June, no fifth quarter; "before
    September" is August or September."""
    assert parse_deadline_text(text, 2024) is None


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Tháng 6", "Tháng 6/2024"),
        ("Quý III", "Quý III/2024"),
        ("6 tháng đầu năm", "6 tháng đầu năm 2024"),
        ("ngày 28 tháng 2", "ngày 28 tháng 2 năm 2024"),
        ("Trước ngày 15/10", "Trước ngày 15/10/2024"),
        ("Quý III/2024", "Quý III/2024"),  # its year stated: as written
    ],
)
def test_with_year_says_the_year_the_heading_gave(text: str, shown: str) -> None:
    meant = parse_deadline_text(text, 2024)
    assert isinstance(meant, YearMonth | YearDay)
    assert with_year(text, meant) == shown


HEADING = [
    "Phụ lục 01:",
    "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
PLAN = [("Tháng 6", "2024-06"), ("Quý III", "2024-09"), ("6 tháng đầu năm", "2024-06")]


def _imported(tmp_path: Path) -> tuple[str, Path]:
    rows: list[tuple[str, ...]] = [("header",), ("group", "I. DỮ LIỆU SỐ")]
    for n, (text, _) in enumerate(PLAN, 1):
        rows.append((f"{n}.", f"Chỉ tiêu số {n}.", "", "Phòng Nội vụ", "", text, ""))
    source = write_docx(tmp_path / "ke-hoach-2024.docx", rows, HEADING)
    out = tmp_path / "out" / "phu_luc_01.yaml"
    args = ["import", str(source), "--out", str(out), "--registry", str(REGISTRY)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return result.output, out


def test_import_keeps_the_words_and_writes_the_plans_month(tmp_path: Path) -> None:
    said, out = _imported(tmp_path)
    assert "thời hạn" not in said  # no deadline problem reported
    data = parse(out.read_text(encoding="utf-8"))
    assert data["document"]["year"] == 2024
    deadlines = [t["deadline"] for t in data["groups"][0]["targets"]]
    assert deadlines == [{"text": text, "due": due} for text, due in PLAN]
    assert all("needs_review" not in t for t in data["groups"][0]["targets"])
    checked = runner.invoke(app, ["validate", str(out)])
    assert (checked.exit_code, checked.output) == (0, "Hợp lệ: 1 tệp.\n")


def test_validate_names_the_month_in_the_plans_year(tmp_path: Path) -> None:
    _, out = _imported(tmp_path)
    text = out.read_text(encoding="utf-8")
    at = text.splitlines().index("          text: Tháng 6") + 2  # 1-based line of its `due:`
    out.write_text(text.replace("due: 2024-06", "due: 2024-07", 1), encoding="utf-8")
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[0] == (
        f"{out}:{at}:16: Hạn (ngày/tháng) '2024-07' không khớp với thời hạn ghi 'Tháng 6', "
        "nghĩa là tháng 06/2024"
    )
    assert "  gợi ý: có phải ý bạn là '2024-06'?" in checked.output.splitlines()
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.exit_code == 1
    assert english.output.splitlines()[0] == (
        f"{out}:{at}:16: Due (day/month) '2024-07' does not match the deadline text "
        "'Tháng 6', which means month 06/2024"
    )


def test_a_carried_targets_words_are_given_no_year(tmp_path: Path) -> None:
    """A target carried from the 2023 plan keeps the words of its cell; "Quý III" there may be
    its old plan's quarter: refused until its year is written, as before (carry-over writes a
    carried target's deadline with its year, "Tháng 12/2024")."""
    _, out = _imported(tmp_path)
    text = out.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = lines.index("          text: Quý III") + 1  # 1-based line of its `text:`
    first = "      - id: I.2\n"
    assert first in text
    text = text.replace(first, first + "        carried_from: 2023/I.2\n", 1)
    out.write_text(text, encoding="utf-8")
    at += 1  # the line added above it
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 1
    assert checked.output.splitlines()[0] == f"{out}:{at}:17: không đọc được thời hạn 'Quý III'"
    english = runner.invoke(app, ["validate", str(out), "--lang", "en"])
    assert english.output.splitlines()[0] == f"{out}:{at}:17: cannot read deadline 'Quý III'"


def test_a_letter_says_the_year_the_plan_printed_without(tmp_path: Path) -> None:
    """The reminder letter is read away from the plan's heading: "Tháng 6" is "Tháng 6/2024",
    "6 tháng đầu năm" "6 tháng đầu năm 2024" (both due in 06/2024, late on 01/07/2024)."""
    _, out = _imported(tmp_path)
    args = ["remind", "--month", "06/2024", "--as-of", "01/07/2024", "--registry", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "| 1 | I.1 | Chỉ tiêu số 1. | Tháng 6/2024 | Quá hạn 1 ngày | Chưa báo cáo |" in (
        result.output.splitlines()
    )
    assert (
        "| 2 | I.3 | Chỉ tiêu số 3. | 6 tháng đầu năm 2024 | Quá hạn 1 ngày | Chưa báo cáo |"
    ) in result.output.splitlines()


def test_a_carried_rows_words_are_given_no_year_at_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The part "Chỉ tiêu chuyển tiếp từ năm 2023" under the 2024 plan's table: its "Quý III"
    may be 2023's, so it is reported at its cell (table 2, row 4, column 6: the part's own table
    in Word, under its header), while the plan's own "Tháng 6" is 2024's June."""
    monkeypatch.chdir(tmp_path)
    unit = ("", "Phòng Nội vụ", "")
    rows = [
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung A.", *unit, "Tháng 6", ""),
        ("table",),
        ("group", "Chỉ tiêu chuyển tiếp từ năm 2023"),
        ("header",),
        ("group", "I. Dữ liệu số"),
        ("1.", "Nội dung B.", *unit, "Quý III", ""),
    ]
    write_docx(Path("kh.docx"), rows, HEADING)
    for lang, said in (
        ("vi", "kh.docx:2:5:6: không đọc được thời hạn 'Quý III'"),
        ("en", "kh.docx:2:5:6: cannot read the deadline 'Quý III'"),
    ):
        args = ["import", "kh.docx", "--out", f"{lang}.yaml", "--registry", str(REGISTRY)]
        result = runner.invoke(app, [*args, "--lang", lang])
        assert result.exit_code == 1, result.output
        assert said in result.output.splitlines(), result.output
        data = parse(Path(f"{lang}.yaml").read_text(encoding="utf-8"))
        found = [
            (t["id"], t.get("carried_from"), t["deadline"])
            for g in data["groups"]
            for t in g["targets"]
        ]
        assert found == [
            ("I.1", None, {"text": "Tháng 6", "due": "2024-06"}),
            ("I.2", "2023/I.1", {"text": "Quý III", "due": "ongoing"}),
        ]


def test_a_revision_of_the_next_year_reads_a_yearless_deadline_in_the_plans(
    planned: Path,
) -> None:
    """The 2024 plan revised on 15/01/2025 (its heading states 2025): I.2's new "Tháng 9" is
    the plan's September, 09/2024, not 2025's (the revision's own year is not the plan's)."""
    from test_revision_days import GROUP, ONE, _heading, cds
    from test_revision_days import REGISTRY as PLANNED

    two = ("2.", "60% hồ sơ được số hóa.", "", "Phòng Kinh tế", "", "Tháng 9", "")
    write_docx(planned / "rev.docx", [("header",), GROUP, ONE, two], _heading(3, "15/01/2025"))
    result = cds("import", "rev.docx", "--revise", "--pair", "I.2=I.2", "--yes")
    assert result.exit_code == 0, result.output
    data = parse((planned / PLANNED).read_text(encoding="utf-8"))
    deadline = [t["deadline"] for t in data["groups"][0]["targets"] if t["id"] == "I.2"]
    assert deadline == [{"text": "Tháng 9", "due": "2024-09"}]
    assert cds("validate").exit_code == 0


def test_show_and_json_say_the_day_beside_the_words(tmp_path: Path) -> None:
    """The deadline column keeps the printed words; `show` gives its last day, the JSON its
    month (hand-computed: "Quý III" of 2024 ends on 30/09/2024)."""
    _, out = _imported(tmp_path)
    args = ["show", "I.2", "--registry", str(out), "--as-of", "01/07/2024"]
    vi = runner.invoke(app, args)
    assert vi.exit_code == 0, vi.output
    lines = [" ".join(line.split()) for line in vi.output.splitlines()]  # the screen's width
    assert "Thời gian hoàn thành Quý III (đến hết ngày 30/09/2024)" in lines
    en = runner.invoke(app, [*args, "--lang", "en"])
    assert "Deadline Quý III (until 30/09/2024)" in [
        " ".join(x.split()) for x in en.output.splitlines()
    ]
    listed = runner.invoke(app, ["list", "--registry", str(out), "-f", "json"])
    rows = [(r["deadline"], r["deadline_text"]) for r in json.loads(listed.output)]
    assert rows == [("2024-06", "Tháng 6"), ("2024-09", "Quý III"), ("2024-06", "6 tháng đầu năm")]


@pytest.mark.parametrize("lang", [(), ("--lang", "en")])
def test_the_unit_report_and_form_say_the_year_as_the_letter(
    tmp_path: Path, lang: tuple[str, ...]
) -> None:
    """clerk13 F6: the Word and Excel unit report and the Excel form leave the office beside
    the letter and list carried targets with their years: "Tháng 6" of the 2024 plan is
    "Tháng 6/2024" there too, "Quý III" "Quý III/2024", "6 tháng đầu năm" "6 tháng đầu năm
    2024" (core/deadline_words.py `with_year`), in either language (the plan's words)."""
    import docx
    import openpyxl

    _, out = _imported(tmp_path)
    want = ["Tháng 6/2024", "Quý III/2024", "6 tháng đầu năm 2024"]
    base = ["--registry", str(out), *lang]
    for name in ("bc.docx", "bc.xlsx"):
        args = ["report", "--unit", "Phòng Nội vụ", "--as-of", "01/07/2024", *base]
        result = runner.invoke(app, [*args, "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    rows = [[c.text for c in r.cells] for t in docx.Document(tmp_path / "bc.docx").tables
            for r in t.rows]  # fmt: skip
    assert [r[3] for r in rows if r[0] in ("I.1", "I.2", "I.3")] == want
    sheet = openpyxl.load_workbook(tmp_path / "bc.xlsx").active
    assert sheet is not None
    cells = [[str(c.value or "") for c in r] for r in sheet.iter_rows()]
    assert [r[4] for r in cells if r[1] in ("I.1", "I.2", "I.3")] == want  # after "STT"
    args = ["form", "--unit", "Phòng Nội vụ", "--month", "06/2024", "--as-of", "01/06/2024"]
    result = runner.invoke(app, [*args, *base, "--out", str(tmp_path / "phieu.xlsx")])
    assert result.exit_code == 0, result.output
    form = openpyxl.load_workbook(tmp_path / "phieu.xlsx").worksheets[0]
    found = [str(r[3].value) for r in form.iter_rows() if str(r[1].value) in ("I.1", "I.2", "I.3")]
    assert found == [want[0], want[2]]  # the June form: I.1 and I.3 fall due in 06/2024

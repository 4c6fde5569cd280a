"""A revision's new text, deadline and cooperating units apply from its day, not before it
(`before`, issue 16, clerk review 10 #05): asked as of a day before the revision, every command
and document sees the target as the plan stood that day.

Plan 2024 (Kế hoạch số 5/KH-BCĐ of 10/01/2024): I.1 "Nội dung một." (Phòng Nội vụ, Tháng
6/2024); I.2 "50% hồ sơ được số hóa." (Phòng Y tế, no cooperating unit, Tháng 2/2024). The
revision Kế hoạch số 12/KH-BCĐ of 20/03/2024 makes I.2 "60% …", cooperating Phòng Kinh tế,
Tháng 9/2024. So on 10/03/2024 I.2 is the plan's "50% …", due 29/02/2024, late by 10 days
(29/02 → 10/03), due in 02/2024 and not 09/2024, and Phòng Kinh tế has no target; on
01/04/2024 it is "60% …", due 30/09/2024, not late, due in 09/2024 and not 02/2024, and
Phòng Kinh tế cooperates on it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
ONE = ("1.", "Nội dung một.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
TWO = ("2.", "50% hồ sơ được số hóa.", "", "Phòng Y tế", "", "Tháng 2/2024", "")
NEW = ("2.", "60% hồ sơ được số hóa.", "", "Phòng Y tế", "Phòng Kinh tế", "Tháng 9/2024", "")
CITED_5 = "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)"
HEADING_12 = [
    *HEADING_2024[:2],
    "(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
BEFORE = (
    "        before:\n"
    "          - until: 20/03/2024\n"
    "            content: 50% hồ sơ được số hóa.\n"
    "            cooperating:\n"
    "              text: ''\n"
    "              units: []\n"
    "            deadline:\n"
    "              text: Tháng 2/2024\n"
    "              due: 2024-02\n"
)


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--registry", REGISTRY, *args])


@pytest.fixture
def revised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "200")  # show's lines unwrapped
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO], HEADING_2024)
    write_docx(tmp_path / "rev.docx", [("header",), GROUP, ONE, NEW], HEADING_12)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    done = cds("import", "rev.docx", "--revise", "--yes", "--pair", "I.2=I.2")
    assert done.exit_code == 0, done.output
    return tmp_path


def _lines(output: str, *starts: str) -> list[str]:
    return [" ".join(line.split()) for line in output.splitlines() if line.startswith(starts)]


def _ids(output: str) -> list[str]:
    return [line.split(",")[0] for line in output.splitlines()[1:]]


def test_the_cells_replaced_are_written_with_the_revision_day(revised: Path) -> None:
    text = (revised / REGISTRY).read_text(encoding="utf-8")
    assert "        content: 60% hồ sơ được số hóa.\n" in text
    assert BEFORE in text
    assert text.count("\n        before:\n") == 1  # I.1 unchanged: nothing kept
    assert cds("validate").exit_code == 0


def test_the_exported_appendix_of_a_day_quotes_the_plan_of_that_day(revised: Path) -> None:
    import docx

    rows = {}
    for day in ("10/03/2024", "01/04/2024"):
        made = cds("export", "--format", "docx", "--out", "a.docx", "--as-of", day, "--force")
        assert made.exit_code == 0, made.output
        document = docx.Document("a.docx")
        cited = [p.text for p in document.paragraphs if p.text.startswith("(")]
        cells = [[c.text for c in r.cells] for r in document.tables[0].rows]
        rows[day] = (cited, [r for r in cells if r[0] == "2."])
    assert rows["10/03/2024"] == (
        [CITED_5],
        [["2.", "50% hồ sơ được số hóa.", "Phòng Y tế", "", "Tháng 2/2024", ""]],
    )
    assert rows["01/04/2024"] == (
        [
            CITED_5,
            "(đã điều chỉnh theo Kế hoạch số 12/KH-BCĐ ngày 20/03/2024)",
        ],
        [["2.", "60% hồ sơ được số hóa.", "Phòng Y tế", "Phòng Kinh tế", "Tháng 9/2024", ""]],
    )


def test_the_exported_workbook_of_a_day_before_has_the_old_cells(revised: Path) -> None:
    import openpyxl

    assert (
        cds("export", "--format", "xlsx", "--out", "a.xlsx", "--as-of", "10/03/2024").exit_code == 0
    )
    sheet = openpyxl.load_workbook("a.xlsx").worksheets[0]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "I.2")
    assert row[2:10] == ("50% hồ sơ được số hóa.", None, "Phòng Y tế", None, "Tháng 2/2024", None,
                         "Quá hạn", 10)  # fmt: skip


def test_due_and_late_follow_the_deadline_of_the_day(revised: Path) -> None:
    def due(month: str, day: str) -> list[str]:
        return _ids(cds("due", "--month", month, "--as-of", day, "--format", "csv").output)

    assert (due("02/2024", "10/03/2024"), due("09/2024", "10/03/2024")) == (["I.2"], [])
    assert (due("02/2024", "01/04/2024"), due("09/2024", "01/04/2024")) == ([], ["I.2"])
    late = cds("late", "--as-of", "10/03/2024", "--lang", "en")
    assert _lines(late.output, "| I.") == [
        "| I.2 | 50% hồ sơ được số hóa. | Phòng Y tế | Tháng 2/2024 | 10 |"
    ]
    assert _lines(cds("late", "--as-of", "01/04/2024").output, "| I.") == []


def test_a_cooperating_unit_the_revision_adds_cooperates_from_its_day(revised: Path) -> None:
    before = cds("report", "--unit", "phong-kinh-te", "--as-of", "10/03/2024", "--lang", "en")
    assert "Phòng Kinh tế is not assigned any target." in before.output
    after = cds("report", "--unit", "phong-kinh-te", "--as-of", "01/04/2024")
    assert _lines(after.output, "| I.") == [
        "| I.2 | 60% hồ sơ được số hóa. | Phối hợp | Tháng 9/2024 | Chưa thực hiện |"
    ]


def test_show_gives_the_day_s_cells_and_those_before_the_revision(revised: Path) -> None:
    before = cds("show", "I.2", "--as-of", "10/03/2024")
    assert _lines(before.output, "Nội dung", "Phối hợp", "Thời gian", "Trước", "Trạng thái") == [
        "Nội dung chỉ tiêu 50% hồ sơ được số hóa.",
        "Phối hợp —",
        "Thời gian hoàn thành Tháng 2/2024 (đến hết ngày 29/02/2024)",
        "Trạng thái Quá hạn — 10 ngày (tính đến ngày 10/03/2024)",
    ]
    after = cds("show", "I.2", "--as-of", "01/04/2024")
    assert _lines(after.output, "Nội dung", "Thời gian", "Trước", "Trạng thái") == [
        "Nội dung chỉ tiêu 60% hồ sơ được số hóa.",
        "Thời gian hoàn thành Tháng 9/2024 (đến hết ngày 30/09/2024)",
        "Trước ngày 20/03/2024 Nội dung chỉ tiêu: 50% hồ sơ được số hóa.",
        "Trước ngày 20/03/2024 Phối hợp: —",
        "Trước ngày 20/03/2024 Thời gian hoàn thành: Tháng 2/2024 (đến hết ngày 29/02/2024)",
        "Trạng thái Chưa thực hiện (tính đến ngày 01/04/2024)",
    ]
    en = cds("show", "I.2", "--as-of", "01/04/2024", "--lang", "en")
    assert _lines(en.output, "Before") == [
        "Before 20/03/2024 Target: 50% hồ sơ được số hóa.",
        "Before 20/03/2024 Cooperating: —",
        "Before 20/03/2024 Deadline: Tháng 2/2024 (until 29/02/2024)",
    ]


def test_validate_locates_a_bad_before_entry(revised: Path) -> None:
    path = revised / REGISTRY
    bad = (
        "        before:\n"
        "          - until: 20/03/2023\n"
        "            lead:\n"
        "              text: Phòng Y tế\n"
        "              units: [phong-yte]\n"
        "          - until: 25/03/2024\n"
    )
    path.write_text(path.read_text(encoding="utf-8").replace(BEFORE, bad), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    first = lines.index("          - until: 20/03/2023") + 1
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 1
    assert _lines(result.output, REGISTRY) == [
        f"{REGISTRY}:{first}:20: target I.2: the before entry of 20/03/2023 is outside the days "
        "a revision of the 2024 plan takes effect (01/01/2024 to 31/12/2025)",
        f"{REGISTRY}:{first + 3}:23: unknown unit 'phong-yte'",
        f"{REGISTRY}:{first + 4}:13: target I.2: the before entry of 25/03/2024 gives no cell as "
        "it stood before the revision",
        f"{REGISTRY}:{first + 4}:20: target I.2: the before entry of 25/03/2024 is dated on no "
        "revision's day in document.revisions",
    ]
    vi = cds("validate")
    assert vi.exit_code == 1
    assert (
        f"{REGISTRY}:{first + 4}:13: chỉ tiêu I.2: mục các ô trước bản điều chỉnh (`before`) "
        "ngày 25/03/2024 không ghi ô nào"
    ) in vi.output


def test_a_registry_with_lead_before_is_read_as_a_dated_lead(revised: Path) -> None:
    path = revised / REGISTRY
    legacy = (  # as `import --revise` wrote a hand-over on 29/11/2026
        "        lead_before:\n"
        "          - text: Phòng Nội vụ\n"
        "            units:\n"
        "              - phong-noi-vu\n"
        "            until: 20/03/2024\n"
    )
    path.write_text(path.read_text(encoding="utf-8").replace(BEFORE, legacy), encoding="utf-8")
    assert cds("validate").exit_code == 0
    old = cds("show", "I.2", "--as-of", "10/03/2024", "--lang", "en")
    assert _lines(old.output, "Lead", "Former") == ["Lead Phòng Nội vụ"]
    new = cds("show", "I.2", "--as-of", "01/04/2024", "--lang", "en")
    assert _lines(new.output, "Lead", "Former") == [
        "Lead Phòng Y tế",
        "Former lead Phòng Nội vụ (until 19/03/2024)",
    ]


def test_a_warm_cache_answers_the_day_before_as_a_cold_read(
    revised: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CDS_NO_CACHE")
    monkeypatch.setenv("CDS_CACHE_DIR", str(revised / "cache"))
    for _ in range(2):  # the first run fills the cache, the second reads it
        due = cds("due", "--month", "02/2024", "--as-of", "10/03/2024", "--format", "csv")
        assert _ids(due.output) == ["I.2"]
        shown = cds("show", "I.2", "--as-of", "10/03/2024")
        assert _lines(shown.output, "Nội dung") == ["Nội dung chỉ tiêu 50% hồ sơ được số hóa."]


# The cached figures of a target a revision hands to another lead (clerk 10 #05, the helper of
# lead_before's note): the city figure is reported by the first lead unit of the day. Phòng Y
# tế reported 85% on 15/02/2024 and led I.2 until the revision of 20/03/2024 gave it to Phòng
# Kinh tế, which reported nothing: on 01/03/2024 the figure is 85%, on 01/04/2024 there is none
# — whichever day the cache was filled on.
INDICATOR = (
    "        indicators:\n"
    "          - key: so_hoa\n"
    "            measures: Tỷ lệ hồ sơ được số hóa\n"
    "            text: Trên 80%\n"
    "            comparator: '>'\n"
    "            value: 80\n"
)


def test_cached_figures_are_those_of_the_lead_of_the_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    two = ("2.", "Trên 80% hồ sơ được số hóa.", "", "Phòng Y tế", "", "Tháng 9/2024", "")
    moved = (*two[:3], "Phòng Kinh tế", *two[4:])
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, two], HEADING_2024)
    write_docx(tmp_path / "rev.docx", [("header",), GROUP, ONE, moved], HEADING_12)
    made = runner.invoke(app, ["import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY])
    assert made.exit_code == 0, made.output
    path = tmp_path / REGISTRY
    text = path.read_text(encoding="utf-8")
    at = text.index("        notes: ''\n", text.index("      - id: I.2"))
    path.write_text(text[:at] + INDICATOR + text[at:], encoding="utf-8")
    added = cds("progress", "add", "I.2", "--id", "--unit", "phong-y-te", "--status",
                "in_progress", "--value", "so_hoa=85", "--date", "15/02/2024")  # fmt: skip
    assert added.exit_code == 0, added.output
    assert cds("import", "rev.docx", "--revise", "--yes").exit_code == 0

    def figure(day: str) -> list[str]:
        shown = cds("show", "I.2", "--as-of", day, "--lang", "en").output.splitlines()
        at = next(i for i, line in enumerate(shown) if line.startswith("Indicator"))
        return [" ".join(shown[at + 1].split())]

    for _ in range(2):  # filled on the day after, then read back; then both warm
        assert figure("01/04/2024") == ["→ no value yet"]
        assert figure("01/03/2024") == ["→ 85% / > 80% — met"]


def test_carry_over_leaves_the_old_plans_earlier_cells_behind(revised: Path) -> None:
    """Carry-over copied I.2's `before` (the revision of 20/03/2024's replaced cells) into the
    2025 plan, whose own check then refused it (a revision day outside the 2025 plan): the
    year-end carry-over of every revised plan stopped (verify 10). The carried target starts
    from the text in force, "60% …", with no earlier cells."""
    heading_2025 = [
        "Phụ lục 01",
        "Phân công phụ trách các chỉ tiêu năm 2025",
        "(Kèm theo Kế hoạch số 7/KH-BCĐ ngày 10/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố)",
    ]
    own = ("1.", "Số hóa hồ sơ đất đai.", "", "Phòng Nội vụ", "", "Tháng 8/2025", "")
    write_docx(revised / "kh25.docx", [("header",), GROUP, own], heading_2025)
    made = runner.invoke(
        app, ["import", "kh25.docx", "--registry", REGISTRY, "--out", "plans/2025/phu_luc_01.yaml"]
    )
    assert made.exit_code == 0, made.output
    carried = runner.invoke(app, ["carry-over", "--from", "2024", "--to", "2025", "--yes"])
    assert carried.exit_code == 0, carried.output
    text = (revised / "plans/2025/phu_luc_01.yaml").read_text(encoding="utf-8")
    assert "before:" not in text and "carried_from: 2024/I.2" in text
    assert "content: 60% hồ sơ được số hóa." in text and "50%" not in text
    checked = runner.invoke(app, ["validate", "plans/2025"])
    assert checked.exit_code == 0, checked.output

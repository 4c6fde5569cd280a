"""An English noun agrees with its count: "1 entry", "2 entries"; Vietnamese has no plural.

The catalogue's English texts write both words in the count's placeholder, "{count:entry|entries}",
and `label` chooses (output/plural.py): one mechanism, so every command below says "1 target",
"1 problem", "1 day", "1 entry" and "2 targets" … without a branch of its own; the Vietnamese
lines are the same words for 1 and 2, byte for byte as before. Each command runs on a plan made
here with one target, then two, and its lines are written out by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from pathlib import Path

import openpyxl
import pytest

from appendix_files import HEADING_2024, write_docx
from cds_tracker.output.problems import validate_summary
from cds_tracker.output.words import catalogue, label
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from test_carry_units import EMPTY, _cell, _plan, _target, cds

GROUPS = ("I. Chính quyền số", "II. Kinh tế số")
REGISTRY = "plans/2024/phu_luc_01.yaml"


def _choices(text: str) -> list[tuple[str, str]]:
    """Each (placeholder, choice) of a text: ("count", "entry|entries")."""
    return [(name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name and spec]


def test_a_choice_takes_the_singular_for_exactly_one() -> None:
    said = {n: label("import_done", "en", file="f.xlsx", count=n, out="p.yaml") for n in (0, 1, 2)}
    assert said == {
        0: "f.xlsx: wrote 0 entries to p.yaml",
        1: "f.xlsx: wrote 1 entry to p.yaml",
        2: "f.xlsx: wrote 2 entries to p.yaml",
    }
    assert label("days_count", "en", days=1) == "1 day"
    assert label("days_count", "en", days=2) == "2 days"
    assert label("form.days_late", "en", days=1) == "(1 day)"
    assert label("form.days_late", "vi", days=1) == "(1 ngày)"
    assert label("import_review", "en", count=1).startswith("1 place needs a decision ")
    assert label("import_review", "en", count=3).startswith("3 places need a decision ")
    # a count put in as text, as `say` puts a figure, agrees alike
    assert label("total", "en", count="1") == "Total: 1 target"
    assert label("total", "en", count=1) == "Total: 1 target"
    assert label("total", "en", count=12) == "Total: 12 targets"
    assert label("total", "vi", count=1) == "Tổng: 1 chỉ tiêu"


def test_the_last_line_of_validate_agrees_with_each_count() -> None:
    assert validate_summary(1, 0, "en") == "Valid: 1 file."
    assert validate_summary(2, 0, "en") == "Valid: 2 files."
    assert validate_summary(1, 1, "en", wrong=1) == "1 problem in 1 file (1 file checked)."
    assert validate_summary(3, 2, "en", wrong=2) == "2 problems in 2 files (3 files checked)."
    assert validate_summary(1, 0, "vi") == "Hợp lệ: 1 tệp."
    assert validate_summary(1, 1, "vi", wrong=1) == "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp)."
    assert validate_summary(3, 2, "vi", wrong=2) == "2 lỗi trong 2 tệp (đã kiểm tra 3 tệp)."


def test_every_choice_is_english_and_has_two_words() -> None:
    """Vietnamese nouns have one form: a choice in a Vietnamese text would be a mistake, and a
    choice is the singular and the plural, each said."""
    wrong = []
    for key, (vi, en) in catalogue().items():
        if "|" in vi and _choices(vi):
            wrong.append((key, "vi", vi))
        for name, spec in _choices(en):
            words = spec.split("|")
            if len(words) != 2 or not all(words) or f"{{{name}}}" not in vi:
                wrong.append((key, name, spec))
    assert wrong == []
    assert sum(bool(_choices(en)) for _, en in catalogue().values()) >= 40


# A count no message can say of one: the limit of a check, a rival found twice or more.
NEVER_ONE = {
    "diff_title": "added, removed and changed targets: the noun is the three counts' together",
    "revise_written": "changed, added and annulled targets: the noun is the three counts'",
    "pair.ambiguous": "rows numbered alike: at least two",
    "pair.too_many": "over the limit of pairs",
    "pair.too_many_same": "over the limit of comparisons",
    "revised_by_many": "two revisions or more",
    "unit.ambiguous": "two units or more",
    "rule.member_twice": "a member listed twice or more",
    "date.month_days": "28 to 31",
    "date.february_days": "28 or 29",
    "fi_count_huge": "the limit of digits",
    "entry.count_huge": "the limit of digits",
    "load.text_too_long": "a value over the limit of characters",
    "rule.name_too_long": "a name over the limit of characters",
    "rule.office_too_long": "a name over the limit of characters",
    "yaml.too_deep_levels": "the limit of levels",
    "import.hint.text": "the limit of characters",
}
NOUNS = (
    r"(?:[a-z%]+ )?(?:entries|targets|days|files|problems|rows|reports|units|plans|messages|"
    r"letters|forms|parts|places|groups|notes|attempts|errors|warnings|thresholds|indicators|"
    r"times|renames)\b"
)


def test_no_english_count_says_a_plural_noun_whatever_the_count() -> None:
    """A message added later with "{count} entries" fails here until it says the singular too."""
    fixed = {
        key
        for key, (_, en) in catalogue().items()
        if not key.startswith(("help", "import.limit."))
        and key not in NEVER_ONE
        and any(
            not _choices(en[m.end() :].split("}")[0])
            for m in re.finditer(r"\{(count|days|n|total|done|failed|missing)\} " + NOUNS, en)
        )
    }
    assert sorted(fixed) == []


@pytest.fixture(params=[1, 2])
def n(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """plans/2024 with `n` targets I.1 … led by Phòng Y tế, due 5/2024; plans/2025 with one."""
    monkeypatch.chdir(tmp_path)
    lead = (EMPTY, _cell("Phòng Y tế", "phong-y-te"), EMPTY)
    count: int = request.param
    _plan(tmp_path, 2024, [_target(i, f"Việc {i}.", lead, "5/2024") for i in range(1, count + 1)])
    _plan(tmp_path, 2025, [_target(1, "Việc mới.", lead, "5/2025")])
    return count


def _run(*args: str) -> tuple[int, list[str], list[str]]:
    result = cds(*args)
    return result.exit_code, result.stdout.splitlines(), result.stderr.splitlines()


IMPORTED = {
    ("en", 1): "Wrote 1 target (1 group) to new/phu_luc_01.yaml.",
    ("en", 2): "Wrote 2 targets (2 groups) to new/phu_luc_01.yaml.",
    ("vi", 1): "Đã ghi 1 chỉ tiêu (1 nhóm) vào new/phu_luc_01.yaml.",
    ("vi", 2): "Đã ghi 2 chỉ tiêu (2 nhóm) vào new/phu_luc_01.yaml.",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_import_says_its_targets_and_groups(n: int, lang: str) -> None:
    rows = [("header",)]
    for i in range(1, n + 1):  # one target in each group
        rows += [
            ("group", GROUPS[i - 1]),
            ("1.", f"Việc {i}.", "", "Phòng Nội vụ", "", "Tháng 9/2024", ""),
        ]
    write_docx(Path("kh.docx"), rows, HEADING_2024)
    code, _, said = _run("--lang", lang, "import", "kh.docx", "--out", "new/phu_luc_01.yaml")
    assert (code, said[-1]) == (0, IMPORTED[lang, n])  # what it did goes to stderr


STATUS = {
    "en": "Status Late — {n} {days} (as of 0{n}/06/2024)",
    "vi": "Trạng thái Quá hạn — {n} ngày (tính đến ngày 0{n}/06/2024)",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_says_the_days_late(n: int, lang: str) -> None:
    """Due 31/05/2024: on 01/06 one day late, on 02/06 two."""
    code, out, _ = _run("--lang", lang, "--plan", "2024", "show", "I.1", "--as-of", f"0{n}/06/2024")
    wanted = STATUS[lang].format(n=n, days="day" if n == 1 else "days")
    lines = [" ".join(line.split()) for line in out]  # the label's column padded to the longest
    assert code == 0
    assert [line for line in lines if line.startswith(wanted[:10])] == [wanted]


def _filled_form(lang: str, n: int) -> str:
    code, _, _ = _run("--lang", lang, "--plan", "2024", "form", "--unit", "Phòng Y tế",
                      "--month", "5/2024", "--as-of", "01/05/2024", "--out", "f.xlsx")  # fmt: skip
    assert code == 0
    book = openpyxl.load_workbook("f.xlsx")
    sheet = book.worksheets[0]
    for row in range(8, 8 + n):  # I.1 on row 8, I.2 on row 9
        sheet[f"F{row}"], sheet[f"G{row}"] = "Hoàn thành", dt.datetime(2024, 4, 20)
    book.save("f.xlsx")
    return "f.xlsx"


WRITTEN = {
    ("en", 1): ("f.xlsx: would write 1 entry (dry run, nothing written)",
                "f.xlsx: wrote 1 entry to plans/2024/progress/phong-y-te.yaml"),
    ("en", 2): ("f.xlsx: would write 2 entries (dry run, nothing written)",
                "f.xlsx: wrote 2 entries to plans/2024/progress/phong-y-te.yaml"),
    ("vi", 1): ("f.xlsx: sẽ ghi 1 mục (chạy thử, chưa ghi gì)",
                "f.xlsx: đã ghi 1 mục vào plans/2024/progress/phong-y-te.yaml"),
    ("vi", 2): ("f.xlsx: sẽ ghi 2 mục (chạy thử, chưa ghi gì)",
                "f.xlsx: đã ghi 2 mục vào plans/2024/progress/phong-y-te.yaml"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_progress_import_says_its_entries(n: int, lang: str) -> None:
    form = _filled_form(lang, n)
    tried = _run("--lang", lang, "--plan", "2024", "progress", "import", form, "--dry-run")
    done = _run("--lang", lang, "--plan", "2024", "progress", "import", form)
    assert (tried[0], tried[1][-1], done[0], done[1][-1]) == (0, WRITTEN[lang, n][0], 0,
                                                              WRITTEN[lang, n][1])  # fmt: skip


PROBLEMS = {
    ("en", 1): ("1 problem in 1 file (1 file checked).",
                f"cds: error: the registry {REGISTRY} has 1 problem; fix it (see 'cds validate')"),
    ("en", 2): ("2 problems in 1 file (1 file checked).",
                f"cds: error: the registry {REGISTRY} has 2 problems; fix them (see 'cds "
                "validate')"),
    ("vi", 1): ("1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
                f"cds: lỗi: sổ đăng ký {REGISTRY} có 1 lỗi; hãy sửa (xem 'cds validate')"),
    ("vi", 2): ("2 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
                f"cds: lỗi: sổ đăng ký {REGISTRY} có 2 lỗi; hãy sửa (xem 'cds validate')"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_validate_and_a_refused_query_count_the_problems(n: int, lang: str) -> None:
    """Each target's lead emptied: one problem per target."""
    path = Path(REGISTRY)
    data = parse(path.read_text(encoding="utf-8"))
    for target in data["groups"][0]["targets"]:
        target["lead"] = EMPTY
    path.write_text(to_yaml(data), encoding="utf-8")
    checked = _run("--lang", lang, "--plan", "2024", "validate")
    refused = _run("--lang", lang, "--plan", "2024", "late")
    assert (checked[0], checked[1][-1]) == (1, PROBLEMS[lang, n][0])
    assert (refused[0], refused[2][0]) == (1, PROBLEMS[lang, n][1])


CARRIED = {
    ("en", 1): ["1 unfinished target of plan 2024 would be carried into",
                "Wrote 1 target to plans/2025/phu_luc_01.yaml.",
                "Marked 1 target as carried over in plans/2024/phu_luc_01.yaml."],
    ("en", 2): ["2 unfinished targets of plan 2024 would be carried into",
                "Wrote 2 targets to plans/2025/phu_luc_01.yaml.",
                "Marked 2 targets as carried over in plans/2024/phu_luc_01.yaml."],
    ("vi", 1): ["1 chỉ tiêu chưa hoàn thành của kế hoạch 2024 sẽ chuyển vào",
                "Đã ghi 1 chỉ tiêu vào plans/2025/phu_luc_01.yaml.",
                "Đã ghi dấu 'đã chuyển' cho 1 chỉ tiêu trong plans/2024/phu_luc_01.yaml."],
    ("vi", 2): ["2 chỉ tiêu chưa hoàn thành của kế hoạch 2024 sẽ chuyển vào",
                "Đã ghi 2 chỉ tiêu vào plans/2025/phu_luc_01.yaml.",
                "Đã ghi dấu 'đã chuyển' cho 2 chỉ tiêu trong plans/2024/phu_luc_01.yaml."],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_carry_over_says_its_targets(n: int, lang: str) -> None:
    code, out, _ = _run("--lang", lang, "carry-over", "--from", "2024", "--to", "2025",
                        "--as-of", "31/12/2024", "--yes")  # fmt: skip
    assert code == 0
    assert out[0].startswith(CARRIED[lang, n][0])  # then the registry, on this line or the next
    assert out[-2:] == CARRIED[lang, n][1:]

"""`cds diff` of a file `cds validate` refuses (issue 16): told, not silent.

The rule (docs/registry-format.md, "Comparing two plans"; app/diff_checks.py): a side's problems
are listed on stderr before the diff, as `cds validate` locates them, at most 10 then a count;
a side that `validate` refuses makes the command fail (exit 1) after the diff is printed; the
problems an import marks deliberately (an unknown unit, an unreadable deadline: the Word/Excel
side's own, and a registry's `needs_review` targets) are listed as such and leave exit 0.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from test_revise import HEADING, PLAN

runner = CliRunner()
BAD_ROW = ("2.", "Mở lớp tập huấn kỹ năng số cho cán bộ.", "", "Phòng Không Có", "",
           "Tháng 13/2024", "")  # fmt: skip
HEAD = "phu_luc_01.yaml → broken.yaml: thêm 0, bỏ 0, sửa 1 chỉ tiêu."


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The 2023 registry (`cds init`), a copy with I.1's deadline made "Tháng 13/2023" (what
    validate refuses: no month 13), and a Word table of 2024 with an unknown unit and a bad
    deadline in row 2 (what import marks)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path)
    text = (tmp_path / "phu_luc_01.yaml").read_text(encoding="utf-8")
    assert text.count("text: Tháng 5/2023\n") >= 1
    broken = text.replace("text: Tháng 5/2023\n", "text: Tháng 13/2023\n", 1)
    (tmp_path / "broken.yaml").write_text(broken, encoding="utf-8")
    line = broken[: broken.index("text: Tháng 13/2023")].count("\n") + 1
    (tmp_path / "line").write_text(str(line))
    rows = [*PLAN[:3], BAD_ROW, *PLAN[4:]]
    write_docx(tmp_path / "bad.docx", rows, HEADING)
    write_docx(tmp_path / "good.docx", PLAN, HEADING)
    return tmp_path


def test_an_invalid_registry_is_said_before_the_diff_and_fails_after_it(folder: Path) -> None:
    line = int((folder / "line").read_text())
    result = cds("diff", "phu_luc_01.yaml", "broken.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        HEAD,
        "~ I.1",
        "    Thời gian hoàn thành: Tháng [-5-]{+13+}/2023",
    ]
    assert result.stderr.splitlines() == [
        "cảnh báo: broken.yaml không hợp lệ (cds validate từ chối, 1 lỗi); so sánh với tệp này "
        "có thể sai:",
        f"broken.yaml:{line}:17: không đọc được thời hạn 'Tháng 13/2023': không có tháng 13",
        f"  {line} |           text: Tháng 13/2023",
        "      |                 ^",
        "  gợi ý: tháng chỉ từ 1 đến 12: sửa theo văn bản gốc, ví dụ 'Tháng 12/2023'",
        "cds: lỗi: đã so sánh với tệp không hợp lệ: broken.yaml; khác biệt ở trên có thể sai",
        "  gợi ý: sửa các lỗi cds validate broken.yaml báo (liệt kê trước phần so sánh), rồi so "
        "sánh lại",
    ]
    # the same words as validate's own
    checked = cds("validate", "broken.yaml")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[:4] == result.stderr.splitlines()[1:5]


def test_in_english_and_as_json(folder: Path) -> None:
    english = cds("diff", "broken.yaml", "phu_luc_01.yaml", "--lang", "en")
    assert english.exit_code == 1
    assert english.stderr.splitlines()[0] == (
        "warning: broken.yaml is invalid (cds validate refuses it, 1 problem); a comparison "
        "with it may be wrong:"
    )
    assert english.stderr.splitlines()[-2] == (
        "cds: error: compared with an invalid file: broken.yaml; the differences above may be wrong"
    )
    as_json = cds("diff", "phu_luc_01.yaml", "broken.yaml", "-f", "json")
    assert as_json.exit_code == 1
    assert [c["id"] for c in json.loads(as_json.stdout)["changed"]] == ["I.1"]  # stdout: JSON only
    assert as_json.stderr.startswith("cảnh báo: broken.yaml không hợp lệ")


def test_a_word_tables_marked_cells_are_listed_as_expected(folder: Path) -> None:
    result = cds("diff", "good.docx", "bad.docx")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[:2] == [
        "good.docx → bad.docx: thêm 0, bỏ 0, sửa 1 chỉ tiêu.",
        "~ I.2",
    ]
    said = result.stderr.splitlines()
    assert said[0] == (
        "ghi chú: bad.docx có 2 chỗ cần người quyết định, đã đánh dấu khi nhập từ Word/Excel "
        "(`needs_review`; cds validate báo đến khi sửa xong), không làm hỏng phép so sánh:"
    )
    assert said[1] == "bad.docx:1:5:4: danh mục không có đơn vị nào tên 'Phòng Không Có'"
    assert "bad.docx:1:5:6: không đọc được thời hạn 'Tháng 13/2024': không có tháng 13" in said
    assert not [line for line in said if line.startswith(("cảnh báo", "cds: lỗi"))]


def test_a_registry_imported_with_marks_is_not_refused_for_them(folder: Path) -> None:
    """`cds import bad.docx` writes the two marks; validate flags the target until decided
    (4 lines: the two cells and their two marks), but the diff is of use: exit 0."""
    assert cds("import", "bad.docx", "--out", "bad.yaml").exit_code == 1  # marks written
    assert cds("validate", "bad.yaml").exit_code == 1
    result = cds("diff", "good.docx", "bad.yaml")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0].startswith(
        "ghi chú: bad.yaml có 4 chỗ cần người quyết định"
    )
    # the same file, a fault added outside the marked target: refused for that one alone
    text = (folder / "bad.yaml").read_text(encoding="utf-8")
    (folder / "bad.yaml").write_text(
        text.replace("text: Tháng 12/2024\n", "text: Tháng 14/2024\n", 1), encoding="utf-8"
    )
    refused = cds("diff", "good.docx", "bad.yaml")
    assert refused.exit_code == 1
    lines = refused.stderr.splitlines()
    assert lines[0].startswith("cảnh báo: bad.yaml không hợp lệ (cds validate từ chối, 1 lỗi)")
    assert any(line.startswith("ghi chú: bad.yaml có 4 chỗ") for line in lines)


def test_many_problems_are_capped(folder: Path) -> None:
    text = (folder / "phu_luc_01.yaml").read_text(encoding="utf-8")
    many = text.replace('          due: "2023-', '          due: "2023-x', 12)  # 12 bad months
    (folder / "many.yaml").write_text(many, encoding="utf-8")
    result = cds("diff", "phu_luc_01.yaml", "many.yaml")
    assert result.exit_code == 1
    said = result.stderr.splitlines()
    assert said[0].startswith("cảnh báo: many.yaml không hợp lệ (cds validate từ chối, 12 lỗi)")
    assert sum(line.startswith("many.yaml:") for line in said) == 10
    assert "… và 2 chỗ khác: cds validate many.yaml" in said


STRAY = [  # (what replaces the first "    targets:\n", the problem's column, its words)
    ("    targets:\n      -\n", 8, "'target': phải là một mapping (khóa: giá trị)"),
    ("    targets:\n      - abc\n", 9, "'target': phải là một mapping (khóa: giá trị)"),
    ("    targets:\n      - 7\n", 9, "'target': phải là một mapping (khóa: giá trị)"),
]


@pytest.mark.parametrize(("stray", "col", "said"), STRAY)
@pytest.mark.parametrize("first", [True, False])
def test_a_list_item_that_is_no_mapping_is_refused_before_the_diff(
    folder: Path, stray: str, col: int, said: str, first: bool
) -> None:
    """a11-02: a stray `-`, a bare word, a number in a targets list ended in exit 3 (the diff
    read them as targets); the side is now refused as `cds validate` refuses it: exit 1, the
    problem located at the new line 356 (targets: is line 355), no diff on stdout."""
    text = (folder / "phu_luc_01.yaml").read_text(encoding="utf-8")
    assert text[: text.index("    targets:\n")].count("\n") + 1 == 355
    (folder / "stray.yaml").write_text(text.replace("    targets:\n", stray, 1), "utf-8")
    excerpt = stray.splitlines()[1]
    for other in ("phu_luc_01.yaml", "good.docx"):
        result = cds("diff", *(("stray.yaml", other) if first else (other, "stray.yaml")))
        assert result.exit_code == 1, result.output
        assert result.stdout == ""
        assert result.stderr.splitlines() == [
            "cds: lỗi: sổ đăng ký stray.yaml có 1 lỗi; hãy sửa (xem 'cds validate')",
            f"stray.yaml:356:{col}: {said}",
            f"  356 | {excerpt}",
            "      | " + " " * (col - 1) + "^",
        ]
    checked = cds("validate", "stray.yaml")
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[:3] == result.stderr.splitlines()[1:]


@pytest.mark.parametrize(
    ("old", "new", "count"),
    [
        ("    targets:\n", "    targets:\n      - {}\n", None),  # no id, no content …: many
        ("    targets:\n", "    targets: true\n    notes:\n", None),
        ("groups:\n", "groups:\n  -\n", 1),
        ("groups:\n", "groups:\n  - abc\n", 1),
    ],
)
def test_every_shape_the_diff_cannot_read_is_refused_in_english_too(
    folder: Path, old: str, new: str, count: int | None
) -> None:
    text = (folder / "phu_luc_01.yaml").read_text(encoding="utf-8")
    (folder / "odd.yaml").write_text(text.replace(old, new, 1), "utf-8")
    checked = cds("validate", "odd.yaml", "--lang", "en")
    for sides in (("odd.yaml", "phu_luc_01.yaml"), ("good.docx", "odd.yaml")):
        result = cds("diff", *sides, "--lang", "en")
        assert result.exit_code == 1, result.output
        assert result.stdout == ""
        head = result.stderr.splitlines()[0]
        assert head.startswith("cds: error: the registry odd.yaml has ")
        if count == 1:
            assert head.endswith(" has 1 problem; fix it (see 'cds validate')")
        said = [line for line in result.stderr.splitlines() if line.startswith("odd.yaml:")]
        assert said == [line for line in checked.stdout.splitlines() if line.startswith("odd.")]


def test_a_field_of_the_wrong_kind_is_refused(folder: Path) -> None:
    """`lead.text: [1, 2]`: a list where the text is (the diff compared it as text)."""
    text = (folder / "phu_luc_01.yaml").read_text(encoding="utf-8")
    start = text.index("        lead:\n          text: ") + len("        lead:\n")
    end = text.index("\n", start)
    line = text[:start].count("\n") + 1
    (folder / "odd.yaml").write_text(text[:start] + "          text: [1, 2]" + text[end:], "utf-8")
    result = cds("diff", "phu_luc_01.yaml", "odd.yaml", "--lang", "en")
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines()[:2] == [
        "cds: error: the registry odd.yaml has 1 problem; fix it (see 'cds validate')",
        f"odd.yaml:{line}:11: 'text': must be text",
    ]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("vi", [
            "cds: lỗi: sổ đăng ký list.yaml có 1 lỗi; hãy sửa (xem 'cds validate')",
            "list.yaml:1:1: sổ đăng ký phải là một mapping với các khóa document, catalog và "
            "groups",
            "  1 | - 1",
            "    | ^",
        ]),
        ("en", [
            "cds: error: the registry list.yaml has 1 problem; fix it (see 'cds validate')",
            "list.yaml:1:1: a registry must be a mapping with keys document, catalog and groups",
            "  1 | - 1",
            "    | ^",
        ]),
    ],
)  # fmt: skip
def test_a_top_level_that_is_no_mapping_is_refused_as_validate_locates_it(
    folder: Path, lang: str, said: list[str]
) -> None:
    """a13_05: a top-level list, or `document: 5` without the other keys, was "'list.yaml'
    không phải là sổ đăng ký", exit 2, no location: now the problems `cds validate` finds,
    located, exit 1, on either side."""
    (folder / "list.yaml").write_text("- 1\n- 2\n", "utf-8")
    (folder / "doc5.yaml").write_text("document: 5\n", "utf-8")
    for sides in (("list.yaml", "phu_luc_01.yaml"), ("phu_luc_01.yaml", "list.yaml")):
        result = cds("--lang", lang, "diff", *sides)
        assert (result.exit_code, result.stdout) == (1, "")
        assert result.stderr.splitlines() == said
    result = cds("--lang", lang, "diff", "phu_luc_01.yaml", "doc5.yaml")
    assert result.exit_code == 1
    checked = cds("--lang", lang, "validate", "doc5.yaml")
    located = [line for line in result.stderr.splitlines() if line.startswith("doc5.yaml:")]
    assert located == [line for line in checked.stdout.splitlines() if line.startswith("doc5.")]
    assert located[0] == {"vi": "doc5.yaml:1:1: thiếu khóa 'catalog'",
                          "en": "doc5.yaml:1:1: missing key 'catalog'"}[lang]  # fmt: skip

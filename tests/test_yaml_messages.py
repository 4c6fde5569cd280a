"""A YAML syntax error in the user's words with a hint, whichever parser read it (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.output.words import say
from cds_tracker.registry.yamlio import YamlFault, parse

runner = CliRunner()

# text, (line, col), Vietnamese message, the start of its Vietnamese hint
CASES = {
    "list item indented one space too far": (
        "a:\n  - id: 1\n    x: 2\n   - id: 2\n",
        (4, 4),
        "YAML không hợp lệ: dòng này thụt lề không khớp với các dòng cùng cấp",
        "kiểm tra thụt lề: các dòng cùng cấp phải thẳng cột, dùng dấu cách, không dùng tab",
    ),
    "key dedented one space": (
        "a:\n  b: 1\n c: 2\n",
        (3, 2),
        "YAML không hợp lệ: dòng này thụt lề không khớp với các dòng cùng cấp",
        "kiểm tra thụt lề",
    ),
    "colon inside an unquoted value": (
        "a:\n  name: Ghi chú: xong\n",
        (2, 16),
        "YAML không hợp lệ: dấu hai chấm ở chỗ không được có",
        "giá trị có dấu hai chấm thì đặt trong dấu nháy kép",
    ),
    "key without its colon": (
        "a: 1\nb\nc: 2\n",
        (2, 1),
        "YAML không hợp lệ: thiếu dấu hai chấm sau khóa",
        "mỗi dòng của mapping có dạng 'khóa: giá trị'",
    ),
    "tab indentation": (
        "a:\n\tb: 1\n",
        (2, 1),
        "YAML không hợp lệ: ký tự tab ở chỗ YAML cần dấu cách",
        "thụt lề bằng dấu cách, không dùng tab",
    ),
    "undefined alias": (
        "a: b\nc: *ngay-1\n",
        (2, 4),
        "YAML không hợp lệ: tham chiếu *ngay-1 không trỏ tới neo (&) nào",
        "giá trị bắt đầu bằng * là tham chiếu YAML",
    ),
    "value starting with @": (
        "a: @x\n",
        (1, 4),
        "YAML không hợp lệ: ký tự '@' không được đứng đầu một giá trị",
        "đặt giá trị trong dấu nháy kép",
    ),
    "quote never closed": (
        'a: "abc\nb: 1\n',
        (1, 4),
        "YAML không hợp lệ: dấu nháy mở ở đây mà không đóng",
        "đóng dấu nháy ở cuối giá trị",
    ),
    "flow list never closed": (
        "a: [1, 2\nb: 3\n",
        (1, 4),
        "YAML không hợp lệ: ngoặc [ mở ở đây mà không đóng",
        "đóng ngoặc ở cuối danh sách",
    ),
    "duplicate key": (
        "a: 1\na: 2\n",
        (2, 1),
        'YAML không hợp lệ: khóa "a" bị lặp',
        "mỗi khóa chỉ được xuất hiện một lần",
    ),
    "anchor without a name": (
        "a: &\n",
        (1, 5),
        "YAML không hợp lệ: sau & hoặc * thiếu tên neo",
        "giá trị bắt đầu bằng & hoặc * thì đặt trong dấu nháy kép",
    ),
    "flow list open at the end of the file (the report of a clerk)": (
        "document: [\n",
        (1, 11),
        "YAML không hợp lệ: ngoặc [ mở ở đây mà không đóng",
        "đóng ngoặc ở cuối danh sách",
    ),
    "unknown escape": (
        'a: "C:\\q"\n',
        None,
        "YAML không hợp lệ: trong dấu nháy kép có một dấu \\ không tạo thành ký tự thoát nào",
        "viết \\\\ cho một dấu \\",
    ),
    "text after | ": (
        "a: |x\n  b\n",
        (1, 5),
        "YAML không hợp lệ: sau dấu | hoặc > có ký tự không được phép",
        "sau | hoặc > chỉ được có -, + hoặc một chữ số",
    ),
    "a second document": (
        "a: b\n---\nc: d\n",
        (2, 1),
        "YAML không hợp lệ: còn nội dung sau khi tài liệu đã kết thúc",
        "tệp chỉ chứa một tài liệu",
    ),
    "a closing bracket where a value goes": (
        "a:\n  - ]\n",
        None,
        "YAML không hợp lệ: ở đây cần một giá trị",
        "viết giá trị sau dấu hai chấm hoặc dấu gạch đầu dòng",
    ),
    "an undefined tag handle": (
        "a: !foo!bar b\n",
        (1, 4),
        "YAML không hợp lệ: thẻ (!...) ở đây không dùng được",
        "bỏ thẻ bắt đầu bằng !",
    ),
}


RUNS = [(name, pure) for name in CASES for pure in (False, True)]


@pytest.mark.parametrize(("name", "pure"), RUNS)
def test_each_common_fault_has_words_and_a_hint(name: str, pure: bool) -> None:
    text, where, message, hint = CASES[name]
    with pytest.raises(YamlFault) as caught:
        parse(text, pure=pure)
    fault = caught.value.where
    assert where is None or (fault.line, fault.col) == where  # None: the parsers differ
    assert say(fault.message, "vi") == message
    assert fault.hint is not None
    assert say(fault.hint, "vi").startswith(hint)
    assert "did not find" not in say(fault.hint, "en")


def test_validate_names_the_indent_fault_of_the_issue(
    tmp_path: Path, write_registry: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_registry(("\n    - id: bo-phan-mot-cua", "\n     - id: bo-phan-mot-cua"))
    line = path.read_text(encoding="utf-8").splitlines().index("     - id: bo-phan-mot-cua") + 1
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "phu_luc_01.yaml"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"phu_luc_01.yaml:{line}:6: YAML không hợp lệ: dòng này thụt lề không khớp với các "
        "dòng cùng cấp",
        f"  {line} |      - id: bo-phan-mot-cua",
        f"  {' ' * len(str(line))} |      ^",
        "  gợi ý: kiểm tra thụt lề: các dòng cùng cấp phải thẳng cột, dùng dấu cách, không dùng "
        "tab; nếu dòng trên có dấu nháy mở thì phải đóng nó",
        "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ]
    english = runner.invoke(app, ["validate", "phu_luc_01.yaml", "--lang", "en"])
    assert english.output.splitlines()[0] == (
        f"phu_luc_01.yaml:{line}:6: invalid YAML: this line is not indented like the lines at "
        "its level"
    )


class _Unknown(Exception):
    problem = "found something no table lists"
    context = "while doing something"
    problem_mark = type("Mark", (), {"line": 2, "column": 6})()


def test_a_complaint_no_table_lists_shows_no_english_in_vietnamese() -> None:
    from cds_tracker.registry.yaml_problems import explain

    line, col, message, hint = explain(_Unknown(), "a:\n  b: c d\n")
    assert (line, col) == (3, 7)
    assert say(message, "vi") == "YAML không hợp lệ: không đọc được cấu trúc ở đây"
    assert say(message, "en") == (
        "invalid YAML: found something no table lists (while doing something)"
    )
    assert say(hint, "vi").startswith("kiểm tra dòng này và các dòng ngay trên")


@pytest.mark.parametrize("command", [["validate", "plans/2025"], ["plans"]])
def test_a_syntax_error_in_a_plan_is_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    from cds_tracker.app.setup import init_registry

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2024")
    (tmp_path / "plans" / "2025").mkdir(parents=True)
    (tmp_path / "plans" / "2025" / "phu_luc_01.yaml").write_text("document: [\n")
    result = runner.invoke(app, command)
    assert result.exit_code == 1, result.output
    assert "did not find" not in result.output and "while parsing" not in result.output
    assert "YAML không hợp lệ: ngoặc [ mở ở đây mà không đóng" in result.output
    assert "phu_luc_01.yaml:1:11" in result.output

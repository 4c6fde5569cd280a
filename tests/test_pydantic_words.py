"""Every pydantic error type in words, with the allowed range and a hint (attack 9, finding M):
`number: -4` said "giá trị không hợp lệ (greater_than_equal)", `year: 99999999999`
"(less_than_equal)", a complex YAML key "(invalid_key)"; and ESC/BEL in a target's notes passed
validate. Lines of the shipped registry: 10 `document:`, 20 `year: 2023`, 376 I.1's
`notes: ""`, 454 II.4's `number: 4`."""

from __future__ import annotations

import typing
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic_core import core_schema
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.core.records import Registry
from cds_tracker.output.words import say
from cds_tracker.registry.pydantic_words import WORDS, pydantic_words

runner = CliRunner()


def validate(path: Path, *lang: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, [*lang, "validate", str(path)])
    return result.exit_code, result.stdout.splitlines()


def test_every_pydantic_error_type_is_worded() -> None:
    """A pydantic upgrade adding an error type fails here until registry/pydantic_words.py
    words it."""
    assert set(WORDS) == set(typing.get_args(core_schema.ErrorType))
    ctx = {"ge": 1, "le": 9, "gt": 0, "lt": 10, "multiple_of": 2, "min_length": 2}
    ctx |= {"max_length": 5, "pattern": "^x$", "expected": "'a' or 'b'"}
    for kind in WORDS:
        said, hint = pydantic_words(Registry, {"type": kind, "loc": (), "ctx": ctx, "input": 7})
        for lang in ("vi", "en"):
            words = say(said, lang) + (say(hint, lang) if hint is not None else "")
            raw = "_" in kind and kind in words  # "missing" is an English word too
            assert not raw and "{" not in words and "(" + kind + ")" not in words, (kind, words)


@pytest.mark.parametrize(
    ("edit", "lang", "lines"),
    [
        (
            ("        number: 4\n", "        number: -4\n"),
            (),
            [
                "phu_luc_01.yaml:454:17: 'number': phải từ 1 trở lên, không phải -4",
                "  454 |         number: -4",
                "      |                 ^",
                "  gợi ý: sửa thành một số trong khoảng cho phép (docs/registry-format.md)",
            ],
        ),
        (
            ("  year: 2023\n", "  year: 99999999999\n"),
            ("--lang", "en"),
            [
                "phu_luc_01.yaml:20:9: 'year': must be from 1900 to 2999, not 99999999999",
                "  20 |   year: 99999999999",
                "     |         ^",
                "  hint: write a number within the allowed range (docs/registry-format.md)",
            ],
        ),
        (
            ("  year: 2023\n", "  year: 1899\n"),
            (),
            [
                "phu_luc_01.yaml:20:9: 'year': phải từ 1900 đến 2999, không phải 1899",
                "  20 |   year: 1899",
                "     |         ^",
                "  gợi ý: sửa thành một số trong khoảng cho phép (docs/registry-format.md)",
            ],
        ),
        (
            ("document:\n", "document:\n  ? [a, b]\n  : 1\n"),
            (),
            [
                "phu_luc_01.yaml:10:1: '('a', 'b')': khóa không hợp lệ: khóa phải là một từ hay "
                "một số, không phải danh sách hay mapping",
                "  10 | document:",
                "     | ^",
                "  gợi ý: viết khóa như các dòng khác (ví dụ notes:), bỏ dấu '?' và ngoặc vuông "
                "quanh khóa",
            ],
        ),
        (
            ('        notes: ""\n', '        notes: "\\e]0;X\\a ghi chú"\n'),
            (),
            [
                "phu_luc_01.yaml:376:16: chỉ tiêu I.1: 'notes' có ký tự điều khiển (U+001B)",
                '  376 |         notes: "\\e]0;X\\a ghi chú"',
                "      |                ^",
                "  gợi ý: xóa ký tự đó: ký tự điều khiển (ESC, BEL …) không in ra được, trên màn "
                "hình lệnh nó đổi màu chữ, xóa màn hình; trong YAML nó thường là \\e, \\a … trong "
                "dấu nháy kép",
            ],
        ),
        (
            ('        notes: ""\n', '        notes: "chuông\\a"\n'),
            ("--lang", "en"),
            [
                "phu_luc_01.yaml:376:16: target I.1: 'notes' holds a control character (U+0007)",
                '  376 |         notes: "chuông\\a"',
                "      |                ^",
                "  hint: delete that character: a control character (ESC, BEL …) does not print, "
                "and on a terminal changes colours or clears the screen; in YAML it is usually "
                "\\e, \\a … inside double quotes",
            ],
        ),
    ],
)
def test_a_value_out_of_range_or_a_control_character_is_said_in_words(
    write_registry: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    edit: tuple[str, str],
    lang: tuple[str, ...],
    lines: list[str],
) -> None:
    path = write_registry(edit)
    monkeypatch.chdir(path.parent)
    code, said = validate(Path(path.name), *lang)
    assert (code, said[:4]) == (1, lines), said


def test_tabs_and_line_breaks_in_notes_stay_accepted(
    write_registry: Callable[..., Path],
) -> None:
    path = write_registry(('        notes: ""\n', '        notes: "a\\tb\\nc"\n'))
    assert validate(path)[0] == 0

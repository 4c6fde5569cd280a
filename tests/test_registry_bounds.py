"""Registry text a person edits by hand that every reader used to trust: a revised target's
`printed` number, a revision's number and date, a huge integer. `validate` refuses each at its
line (exit 1); no command dies on it (exit 3 is unreachable from any input)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
REVISION = (
    "  year: 2023\n"
    "  revisions:\n"
    "    - reference: Kế hoạch số 85/KH-BCĐ ngày 10/6/2023\n"
    '      number: "85"\n'
    "      symbol: KH-BCĐ\n"
    "      date: 10/6/2023\n"
)
I2 = "      - id: I.2\n"  # line 386 of the shipped registry; with REVISION, line 391


def cds(*args: str) -> Any:
    return runner.invoke(app, ["--lang", "vi", *args])


def errors(result: Any) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("phu_luc_01.yaml:")]


@pytest.mark.parametrize(
    ("printed", "error"),
    [
        (
            "I." + "9" * 5000,
            "phu_luc_01.yaml:392:18: 'printed': 'I.999999999999999999…' không phải số thứ tự "
            "chỉ tiêu",
        ),
        ("I.02", "phu_luc_01.yaml:392:18: 'printed': 'I.02' không phải số thứ tự chỉ tiêu"),
        ("I.0", "phu_luc_01.yaml:392:18: 'printed': 'I.0' không phải số thứ tự chỉ tiêu"),
        (
            "IX.1",
            "phu_luc_01.yaml:392:18: số thứ tự IX.1 (chỉ tiêu I.2) thuộc nhóm IX, nhưng danh mục "
            "không có nhóm này",
        ),
    ],
)
def test_validate_refuses_a_printed_number_out_of_form_at_its_line(
    write_registry: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    printed: str,
    error: str,
) -> None:
    path = write_registry(("  year: 2023\n", REVISION), (I2, f"{I2}        printed: {printed}\n"))
    monkeypatch.chdir(path.parent)
    result = cds("validate", path.name)
    assert result.exit_code == 1, result.output
    assert [line[: len(error)] for line in errors(result)] == [error]


def test_a_huge_printed_number_kills_no_command(
    write_registry: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: show, export and remind died with exit 3 (int() of 5000 digits)."""
    huge = "I." + "9" * 5000
    path = write_registry(("  year: 2023\n", REVISION), (I2, f"{I2}        printed: {huge}\n"))
    monkeypatch.chdir(path.parent)
    for args in (
        ("show", "I.2"),
        ("export", "--format", "html", "-o", "a.html"),
        ("remind", "--month", "2023-12"),
    ):
        result = cds("--registry", path.name, *args)
        assert result.exit_code in (0, 1), (args, result.exit_code, result.output[-400:])
        # an uncaught error is exit 3 under `cds` (main.py); the runner reports it here
        assert result.exception is None or isinstance(result.exception, SystemExit), args


def test_the_number_readers_take_no_unbounded_text() -> None:
    from cds_tracker.registry.numbering import within

    assert [within(n) for n in ("I.12", "I." + "9" * 5000, "I.", "I.١٢", "I.9999")] == [
        12,
        0,
        0,
        0,
        9999,
    ]


def test_a_huge_integer_is_refused_at_its_line(
    write_registry: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: 'phu_luc_01.yaml:1:1: YAML không hợp lệ…' (int() past 4300 digits, whole file)."""
    path = write_registry((f"{I2}        number: 2\n", f"{I2}        number: {'9' * 5000}\n"))
    monkeypatch.chdir(path.parent)
    result = cds("validate", path.name)
    assert result.exit_code == 1, result.output
    assert errors(result) == ["phu_luc_01.yaml:387:17: 'number': phải là số nguyên"]


def _revisions(*revisions: tuple[str, str, str]) -> str:
    """`document.revisions` (reference, number, date), as double-quoted YAML: line 22 on."""
    text = "  year: 2023\n  revisions:\n"
    for reference, number, date in revisions:
        text += f'    - reference: "{reference}"\n      number: "{number}"\n'
        text += f'      symbol: KH-BCĐ\n      date: "{date}"\n'
    return text


@pytest.mark.parametrize(
    ("revisions", "error"),
    [
        (
            [("A", "85", "10/6/2023"), ("B", "86", "2023-06-11")],
            "phu_luc_01.yaml:29:13: ngày của bản điều chỉnh '2023-06-11' không phải ngày "
            "dd/mm/yyyy",
        ),
        (
            [("A", "85", "10/6/2023"), ("B", "86", "10/6/2023 ")],
            "phu_luc_01.yaml:29:13: ngày của bản điều chỉnh '10/6/2023 ' không phải ngày "
            "dd/mm/yyyy",
        ),
        (
            [("A", "85", "10/6/2023"), ("B", "085", "10/6/2023")],
            "phu_luc_01.yaml:26:7: bản điều chỉnh số 085/KH-BCĐ ngày 10/6/2023 đã có ở mục thứ 1 "
            "của danh sách bản điều chỉnh (`revisions`)",
        ),
        (
            [("A", "8\\e[2J5", "10/6/2023")],
            "phu_luc_01.yaml:23:15: 'number' có ký tự vô hình hoặc ký tự điều khiển (U+001B",
        ),
        (
            [("A\\u202e", "85", "10/6/2023")],
            "phu_luc_01.yaml:22:18: 'reference' có ký tự vô hình hoặc ký tự điều khiển (U+202E "
            "RIGHT-TO-LEFT OVERRIDE)",
        ),
    ],
)
def test_validate_refuses_loose_revision_fields_at_their_line(
    write_registry: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    revisions: list[tuple[str, str, str]],
    error: str,
) -> None:
    """Before: each passed validate; letters cited '2023-06-11', 'ngày 10/6/2023 )', two
    revisions for one, and printed the escape sequence or the reversed line."""
    path = write_registry(("  year: 2023\n", _revisions(*revisions)))
    monkeypatch.chdir(path.parent)
    result = cds("validate", path.name)
    assert result.exit_code == 1, result.output
    assert [line[: len(error)] for line in errors(result)] == [error]


def test_the_plans_own_number_is_checked_alike(
    write_registry: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_registry(('    number: ""\n', '    number: "1\\e[0m5"\n'))
    monkeypatch.chdir(path.parent)
    result = cds("validate", path.name)
    assert result.exit_code == 1, result.output
    assert [line.split(" (")[0] for line in errors(result)] == [
        "phu_luc_01.yaml:16:13: 'number' có ký tự vô hình hoặc ký tự điều khiển"
    ]

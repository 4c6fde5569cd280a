"""Vietnamese by default, English with --lang en / CDS_LANG=en, for every word a person reads.

Each command runs in both languages, with good and with bad input; what it prints (stdout and
stderr) must hold none of the other language's message words. The registry's own texts (target
contents, unit names) are Vietnamese in both: the word lists hold no word of the registry.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY

ENGLISH = [
    "error", "hint", "usage", "options", "commands", "arguments", "unknown", "invalid",
    "show this message", "did you mean", "targets", "status", "total", "not started",
    "in progress", "problem", "valid", "missing", "default", "required",
    "folder", "recorded", "example", "registry", "cannot", "no such",
]  # fmt: skip
VIETNAMESE = [
    "lỗi", "gợi ý", "cách dùng", "tùy chọn", "lệnh", "không có", "không hợp lệ", "tình trạng",
    "đang thực hiện", "chưa thực hiện", "quá hạn", "hợp lệ", "ví dụ", "sổ đăng ký", "mặc định",
    "bắt buộc", "đã ghi", "có phải ý bạn",
]  # fmt: skip

RUNS = [
    ["--help"],
    ["due", "--help"],
    ["progress", "add", "--help"],
    ["due", "--month", "10/2023", "--as-of", "15/10/2023"],
    ["due", "--month", "13/2023"],
    ["late", "--as-of", "01/12/2023"],
    ["report", "--unit", "Phòng Y tế", "--as-of", "01/12/2023"],
    ["report", "--unit", "Phòng ABC XYZ"],
    ["report", "--unit", "Phong Y tees"],
    ["list", "--status", "hoàn thành"],
    ["list", "--status", "xong"],
    ["list", "--role", "lead"],
    ["show", "II.4"],
    ["show", "II.44"],
    ["units"],
    ["summary", "--as-of", "01/12/2023"],
    ["progress", "list"],
    ["progress", "add", "III.4", "--unit", "Y tế", "--status", "đang làm"],
    ["progress", "add", "III.4", "--unit", "Y tế", "--status", "done", "--value", "x=1"],
    ["progress", "add", "III.4", "--unit", "Y tế", "--status", "done", "--date", "01/01/2999"],
    ["validate"],
    ["due", "--no-such-option"],
    ["nosuchcommand"],
    ["report"],
]


def _words_in(text: str, words: list[str]) -> list[str]:
    # Option names (--as-of, --registry) and file names are the program's, not words of a language.
    text = re.sub(r"--?[\w-]+|\S+\.(yaml|md|json|xlsx)\b", " ", text).casefold()
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


def test_the_word_lists_hold_no_word_of_the_registry() -> None:
    """So a word found in the output is a message's, never the data's."""
    from ruamel.yaml import YAML

    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    walk(YAML(typ="safe").load(REGISTRY.read_text(encoding="utf-8")))
    assert _words_in("\n".join(texts), ENGLISH + VIETNAMESE) == []


@pytest.fixture
def registry(own_registry: Path) -> Path:
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "progress",
            "add",
            "III.4",
            "--unit",
            "VP HĐND-UBND",
            "--status",
            "in_progress",
            "--date",
            "01/10/2023",
            "--force",
            "--registry",
            str(own_registry),
        ],
    )
    assert result.exit_code == 0, result.output
    return own_registry


@pytest.mark.parametrize("args", RUNS, ids=" ".join)
def test_vietnamese_by_default(registry: Path, args: list[str]) -> None:
    result = CliRunner().invoke(
        app, [*args, "--registry", str(registry)] if args[0] != "--help" else args
    )
    assert result.exit_code != 3
    assert _words_in(result.output, ENGLISH) == [], result.output


@pytest.mark.parametrize("args", RUNS, ids=" ".join)
def test_english_on_request(registry: Path, args: list[str]) -> None:
    extra = ["--registry", str(registry)] if args[0] != "--help" else []
    result = CliRunner().invoke(app, [*args, *extra, "--lang", "en"])
    assert result.exit_code != 3
    # What the registry says stays Vietnamese (unit names, target texts): no listed word is in it.
    assert _words_in(result.output, VIETNAMESE) == [], result.output


def test_cds_lang_en_is_english(registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDS_LANG", "en")
    result = CliRunner().invoke(app, ["show", "II.44", "--registry", str(registry)])
    assert (result.exit_code, result.output) == (
        2,
        "cds: error: unknown target 'II.44'\n  hint: did you mean 'II.4'?\n",
    )


def test_vietnamese_error_exactly(registry: Path) -> None:
    result = CliRunner().invoke(app, ["show", "II.44", "--registry", str(registry)])
    assert (result.exit_code, result.output) == (
        2,
        "cds: lỗi: không có chỉ tiêu 'II.44'\n  gợi ý: có phải ý bạn là 'II.4'?\n",
    )


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "fr", "units"], {}),
        (["units", "--lang=de"], {}),
        (["units"], {"CDS_LANG": "fr"}),
    ],
)
def test_unknown_language_is_refused(args: list[str], env: dict[str, str]) -> None:
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 2
    assert result.output.startswith("cds: lỗi: ")
    assert "không hỗ trợ ngôn ngữ" in result.output


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("hoàn thành", "done"),
        ("Hoan Thanh", "done"),
        ("ĐANG THỰC HIỆN", "in_progress"),
        ("chua thuc hien", "not_started"),
        ("in_progress", "in_progress"),
        ("not started", "not_started"),
    ],
)
def test_status_in_vietnamese(own_registry: Path, words: str, code: str) -> None:
    import json

    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "progress",
            "add",
            "III.4",
            "--unit",
            "Phòng Y tế",
            "--status",
            words,
            "--date",
            "01/10/2023",
            "--registry",
            str(own_registry),
        ],
    )
    assert result.exit_code == 0, result.output
    listed = runner.invoke(
        app, ["progress", "list", "--format", "json", "--registry", str(own_registry)]
    )
    assert [e["status"] for e in json.loads(listed.output)] == [code]


@pytest.mark.parametrize(
    "month", ["tháng 10/2023", "Tháng 10/2023", "T10/2023", "t10/2023", "10/2023"]
)
def test_months_as_written(month: str) -> None:
    result = CliRunner().invoke(
        app, ["due", "--month", month, "--as-of", "15/10/2023", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert '"id": "I.1"' in result.output or '"id"' in result.output

"""Tables that fit (issue 12, item 3): every command at 60, 80, 100 and 200 columns.

The oracle is the command's own report value: every cell it holds must appear in full in the
drawn table (in its column, or on a line under its row), no drawn line may be wider than the
terminal, and no column narrower than its header word or 12 characters (or its whole text).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app import commands, progress_commands
from cds_tracker.cli import app
from cds_tracker.output.emit import render
from cds_tracker.output.report import Grid, Line, Report, Table
from cds_tracker.output.screen import cell_len

WIDTHS = (60, 80, 100, 200)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
runner = CliRunner()


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped registry with recorded indicator values and a long note."""
    from cds_tracker.app.setup import init_registry

    folder = tmp_path_factory.mktemp("fit") / "data"
    init_registry(folder)
    for target, unit, extra in (
        ("III.4", "Phòng Y tế", ["--value", "80"]),
        ("II.4", "Văn phòng HĐND và UBND thành phố", ["--value", "online_payment_share=27.5"]),
        ("IV.8", "Phòng Y tế", ["--value", "population_with_health_record=91", "--force"]),
    ):
        result = runner.invoke(
            app,
            [
                "progress",
                "add",
                target,
                "--unit",
                unit,
                "--status",
                "done",
                "--date",
                "20/10/2023",
                "--note",
                "Đã triển khai " * 12 + "https://example.gov.vn/van-ban/123-UBND-VP-2023",
                "--registry",
                str(folder),
                *extra,
            ],
        )
        assert result.exit_code == 0, result.output
    return folder


AS_OF = "01/12/2023"
COMMANDS: dict[str, Callable[[Path], Report]] = {
    "due": lambda r: commands.due(r, "10/2023", None, True, AS_OF, None),
    "late": lambda r: commands.late(r, False, AS_OF, None),
    "late --by-unit": lambda r: commands.late(r, True, AS_OF, None),
    "report": lambda r: commands.report(r, "Phòng Y tế", AS_OF, None),
    "list": lambda r: commands.list_targets(r, None, None, None, None, None, None, AS_OF, None),
    "list --unit": lambda r: commands.list_targets(
        r, None, "Phòng Y tế", None, None, None, None, AS_OF, "en"
    ),
    "show": lambda r: commands.show(r, "III.4", AS_OF, None),
    "units": lambda r: commands.units(r, None),
    "progress list": lambda r: progress_commands.progress_list(r, None, None, None, None, None),
    "summary": lambda r: commands.summary(r, AS_OF, "table", "en"),
}


def table_blocks(text: str) -> list[list[list[str]]]:
    """The drawn tables: each a list of row blocks (header first), each a list of lines."""
    tables: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    for line in text.splitlines():
        if not line:
            continue
        if line[:1] in "+╭" and current is None:
            current = [[]]
            tables.append(current)
        elif line[:1] in "+╰":
            current = None
        elif line[:1] in "|├" and line[1:2] in "-─" and current is not None:
            current.append([])
        elif line[:1] in "│|" and current is not None:
            current[-1].append(line)
    return tables


def columns_of(block: list[str], count: int) -> tuple[list[str], str]:
    """A row's text per column (its lines joined) and the text of its lines under the row."""
    texts = [""] * count
    under = ""
    for line in block:
        side = line[0]
        parts = line[2:-2].split(f" {side} ")
        if len(parts) == count:
            texts = [t + " " + p for t, p in zip(texts, parts, strict=True)]
        else:
            under += " " + line[2:-2]
    return texts, under


def tokens(text: str) -> list[str]:
    """The pieces a line may never break: words, and a range's halves ('15/10/2023–' and
    '14/11/2023', a line breaking after the en dash); dates and codes stay whole."""
    return [piece for word in text.split() for piece in re.split("(?<=–)", word) if piece]


def whole(text: str, lines: list[str], width: int) -> None:
    """Every token of `text` that a line of the table could hold is on one of `lines`, uncut."""
    for token in tokens(text):
        if cell_len(token) <= width - 4:
            assert any(token in line for line in lines), (token, text, lines)


def check(report: Report, text: str, width: int) -> None:
    for line in text.splitlines():
        assert cell_len(line) <= width, f"{cell_len(line)} > {width}: {line!r}"
    every_line = text.splitlines()
    for block in report.blocks:
        if isinstance(block, Line):
            whole(block.text, every_line, width)
        elif isinstance(block, Grid):
            for key, value in block.pairs:
                whole(f"{key} {value}", every_line, width)
        elif block.title:
            whole(block.title, every_line, width)
    drawn = table_blocks(text)
    tables = [b for b in report.blocks if isinstance(b, Table) and (b.rows or b.empty is None)]
    assert len(drawn) == len(tables)
    for table, blocks in zip(tables, drawn, strict=True):
        header = blocks[0][0]
        shown = [c for c in table.columns if not c.under and f" {c.header(table.lang)} " in header]
        assert len(blocks) == len(table.rows) + 1
        for number, (row, block) in enumerate(zip(table.rows, blocks[1:], strict=True)):
            texts, under = columns_of(block, len(shown))
            split = [line[2:-2].split(f" {line[0]} ") for line in block]
            under_lines = [
                line[2:-2]
                for line, parts in zip(block, split, strict=True)
                if len(parts) != len(shown)
            ]
            for i, column in enumerate(shown):
                if squash(texts[i]) == "↓":  # a word too wide for the column: under the row
                    assert squash(row[column.key]) in squash(under), (column.key, row)
                    whole(row[column.key], under_lines, width)
                    continue
                assert squash(row[column.key]) in squash(texts[i]), (column.key, row)
                in_column = [parts[i] for parts in split if len(parts) == len(shown)]
                whole(row[column.key], in_column, width)
                natural = max(cell_len(s) for s in row[column.key].split("\n"))
                floor = min(natural, max(12, cell_len(column.header(table.lang))))
                assert max(cell_len(p) for p in texts[i].split("  ")) >= 0  # parsed
                assert all(
                    cell_len(line[2:-2].split(f" {line[0]} ")[i]) >= floor
                    for line in block
                    if len(line[2:-2].split(f" {line[0]} ")) == len(shown)
                )
            for column in table.columns:
                if column not in shown and row[column.key]:
                    assert squash(row[column.key]) in squash(under), (column.key, row)
                    whole(row[column.key], under_lines, width)
            details = table.details[number] if number < len(table.details) else ()
            for detail in details:
                assert squash(detail) in squash(under)
                whole(detail, under_lines, width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_fits_piped(
    name: str, width: int, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    report = COMMANDS[name](registry)
    check(report, render(report, "table"), width)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["report", "show", "summary", "progress list"])
def test_every_command_fits_on_a_terminal(
    name: str, width: int, registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    monkeypatch.setenv("FORCE_COLOR", "1")
    report = COMMANDS[name](registry)
    text = render(report, "table")
    assert "\x1b[" in text
    check(report, ANSI.sub("", text), width)


def test_the_registry_footer_folds_after_a_folder(tmp_path: Path) -> None:
    """Piped at 60 columns the footer broke inside a folder's name ('…/site-packag' / 'es/…'):
    it folds after a '/' and no folder's name is cut."""
    from cds_tracker.app.setup import init_registry

    folder = tmp_path / "so-dang-ky-chuyen-doi-so-cua-phong-van-hoa" / "nam-2023"
    init_registry(folder)
    result = runner.invoke(app, ["units", "--registry", str(folder)], env={"COLUMNS": "60"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n\n")[-1].splitlines()
    assert lines[0].startswith("Sổ đăng ký: ")
    assert all(cell_len(line) <= 60 for line in lines)
    assert "".join(lines).replace("Sổ đăng ký: ", "", 1) == str(folder / "phu_luc_01.yaml")
    for name in (*folder.parts[1:], "phu_luc_01.yaml"):
        assert any(name in line for line in lines), (name, lines)
    assert all(line.endswith(("/", ":")) for line in lines[:-1]), lines


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated registry (benchmarks/generate.py): other units, values, collectives."""
    import sys

    from paths import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate

    folder = tmp_path_factory.mktemp("synthetic")
    generate(folder, seed=7, targets=40, units=12, entries=400)
    return folder


SYNTHETIC = [
    ["due"],
    ["due", "--within", "400"],
    ["late"],
    ["late", "--by-unit"],
    ["list"],
    ["units"],
    ["progress", "list"],
]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
@pytest.mark.parametrize("command", SYNTHETIC, ids=" ".join)
def test_every_format_on_a_generated_registry(
    synthetic: Path, command: list[str], fmt: str
) -> None:
    """No exit 3 for any command in any format on a registry that is not the shipped one."""
    import csv
    import io

    result = runner.invoke(
        app, [*command, "--registry", str(synthetic), "--format", fmt], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout, newline="")))
        assert len({len(row) for row in rows}) == 1
    if fmt == "table":
        assert max(cell_len(line) for line in result.stdout.splitlines()) <= 80

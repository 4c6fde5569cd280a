"""`--all-plans` where one plan is chosen too, or one file is asked for (clerk21 F4, F5).

F4: `report --plan 2024 --all-plans` and `late --registry plans/2024 --all-plans` answered for
every plan, the typed plan silently dropped, where `--plan` with `--registry` is refused. Now
refused alike (exit 2), the hint the clerk's own line less --all-plans (that plan alone) and
less the plan's option (every plan), each run as printed.

F5: `report --all-plans --out bao-cao.xlsx`, in a workspace of plan 2023 alone, was refused
with "ghi từng kế hoạch một: --plan 2023 --out bao-cao-2023.docx, rồi --plan 2024 …": a Word
file for an Excel request, a plan that does not exist, and a fragment. Now one command per
plan of the workspace, each with --plan and its own file of the kind asked for.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import _lift_plan_option, app
from test_carry_units import EMPTY, _cell, _plan, _target

runner = CliRunner()


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def two_plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2023 and plans/2024, I.1 of each led by Phòng Y tế, due 5/2023 and 5/2024."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.delenv("CDS_LANG", raising=False)
    health = _cell("Phòng Y tế", "phong-y-te")
    for year in (2023, 2024):
        _plan(tmp_path, year, [_target(1, f"Số hóa hồ sơ {year}.", (EMPTY, health, EMPTY),
                                       f"5/{year}")])  # fmt: skip
    return tmp_path


CHOSEN = {
    "vi": [
        "cds: lỗi: --all-plans hỏi mọi kế hoạch, --plan 2024 chỉ chọn một; chỉ dùng một trong hai",
        '  gợi ý: chỉ kế hoạch đó: cds --lang vi --plan 2024 report --unit "Y tế" --as-of '
        '01/08/2024; mọi kế hoạch: cds --lang vi report --unit "Y tế" --all-plans --as-of '
        "01/08/2024",
    ],
    "en": [
        "cds: error: --all-plans asks every plan, --plan 2024 chooses one; give only one of them",
        '  hint: that plan alone: cds --lang en --plan 2024 report --unit "Y tế" --as-of '
        '01/08/2024; every plan: cds --lang en report --unit "Y tế" --all-plans --as-of '
        "01/08/2024",
    ],
}
REGISTRY = {
    "vi": [
        "cds: lỗi: --all-plans hỏi mọi kế hoạch, --registry plans/2024 chỉ chọn một; chỉ dùng "
        "một trong hai",
        "  gợi ý: chỉ kế hoạch đó: cds --lang vi late --registry plans/2024 --as-of 01/08/2024; "
        "mọi kế hoạch: cds --lang vi late --all-plans --as-of 01/08/2024",
    ],
    "en": [
        "cds: error: --all-plans asks every plan, --registry plans/2024 chooses one; give only "
        "one of them",
        "  hint: that plan alone: cds --lang en late --registry plans/2024 --as-of 01/08/2024; "
        "every plan: cds --lang en late --all-plans --as-of 01/08/2024",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_all_plans_with_a_chosen_plan_is_refused(two_plans: Path, lang: str) -> None:
    said = cds("--lang", lang, "--plan", "2024", "report", "--unit", "Y tế", "--all-plans",
               "--as-of", "01/08/2024")  # fmt: skip
    assert said.exit_code == 2
    assert said.output.splitlines() == CHOSEN[lang]
    said = cds("--lang", lang, "late", "--registry=plans/2024", "--all-plans", "--as-of",
               "01/08/2024")  # fmt: skip
    assert said.exit_code == 2
    assert said.output.splitlines() == REGISTRY[lang]


def test_the_hints_commands_run_as_printed(two_plans: Path) -> None:
    import shlex

    said = cds("--plan", "2024", "report", "--unit", "Y tế", "--all-plans", "--as-of",
               "01/08/2024")  # fmt: skip
    hint = said.output.splitlines()[1]
    one, every = (part[part.index("cds ") :] for part in hint.split("; "))
    alone = cds(*shlex.split(one)[1:])
    assert alone.exit_code == 0, alone.output
    assert "Số hóa hồ sơ 2024." in alone.output and "2023." not in alone.output
    both = cds(*shlex.split(every)[1:])
    assert both.exit_code == 0, both.output
    assert [line for line in both.output.splitlines() if line.startswith("Kế hoạch 20")] == [
        "Kế hoạch 2023",
        "Kế hoạch 2024",
    ]


ONE_FILE = {
    "vi": [
        "cds: lỗi: --out ghi báo cáo của một kế hoạch, không ghi được --all-plans vào một tệp",
        '  gợi ý: ghi từng kế hoạch vào một tệp: cds --lang vi report --unit "Y tế" --plan 2023 '
        "--as-of 01/11/2023 --out bao-cao-2023.xlsx",
    ],
    "en": [
        "cds: error: --out writes one plan's report; --all-plans cannot go into one file",
        '  hint: write each plan to its own file: cds --lang en report --unit "Y tế" --plan 2023 '
        "--as-of 01/11/2023 --out bao-cao-2023.xlsx",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_all_plans_to_one_xlsx_names_the_plans_there_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    said = cds("--lang", lang, "report", "--unit", "Y tế", "--all-plans", "--as-of",
               "01/11/2023", "--out", "bao-cao.xlsx")  # fmt: skip
    assert said.exit_code == 2
    assert said.output.splitlines() == ONE_FILE[lang]
    assert list(tmp_path.glob("bao-cao*")) == []


def test_each_plan_gets_its_own_file_of_the_kind_asked(two_plans: Path) -> None:
    """Two plans: a command each; `-f docx` with no --out names a Word file per plan."""
    said = cds("report", "--unit", "Y tế", "--all-plans", "--as-of", "01/08/2024", "--out",
               "out/bc.xlsx")  # fmt: skip
    assert said.exit_code == 2
    assert said.output.splitlines()[1] == (
        '  gợi ý: ghi từng kế hoạch vào một tệp: cds report --unit "Y tế" --plan 2023 --as-of '
        '01/08/2024 --out out/bc-2023.xlsx; cds report --unit "Y tế" --plan 2024 --as-of '
        "01/08/2024 --out out/bc-2024.xlsx"
    )
    said = cds("--lang", "en", "report", "--unit", "Y tế", "--all-plans", "-f", "docx")
    assert said.exit_code == 2
    assert said.output.splitlines()[1] == (
        '  hint: write each plan to its own file: cds --lang en report --unit "Y tế" --plan 2023 '
        '-f docx --out report-2023.docx; cds --lang en report --unit "Y tế" --plan 2024 -f docx '
        "--out report-2024.docx"
    )


KEPT = {
    "vi": "  gợi ý: ghi từng kế hoạch vào một tệp: ",
    "en": "  hint: write each plan to its own file: ",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("given", "suffix"),
    [(("-f", "csv", "--out", "r.csv"), ".csv"), (("--out", "r.md"), ".md"),
     (("--out", "r.json"), ".json"), (("-f", "markdown", "--out", "r.markdown"), ".markdown")],
)  # fmt: skip
def test_each_plan_keeps_the_extension_asked(
    two_plans: Path, lang: str, given: tuple[str, ...], suffix: str
) -> None:
    """`-f csv --out r.csv` (or .md, .json): each plan's command keeps the name's extension, not
    .docx, which `-f csv` refuses and which writes Word where a text file was asked; each
    command, run as printed, writes its file (a23-02)."""
    said = cds("--lang", lang, "report", "--unit", "Y tế", "--all-plans", "--as-of",
               "01/08/2024", *given)  # fmt: skip
    assert said.exit_code == 2
    options = " ".join(given[:-1])
    commands = [
        f'cds --lang {lang} report --unit "Y tế" --plan {year} --as-of 01/08/2024 {options} '
        f"r-{year}{suffix}"
        for year in (2023, 2024)
    ]
    assert said.output.splitlines()[1] == KEPT[lang] + "; ".join(commands)
    for year, command in zip((2023, 2024), commands, strict=True):
        argv = shlex.split(command)
        _lift_plan_option(argv)  # as `cds` reads its line: --plan before the command
        ran = cds(*argv[1:])
        assert ran.exit_code == 0, ran.output
        assert (two_plans / f"r-{year}{suffix}").read_text("utf-8").strip() != ""


def test_a_name_that_does_not_fit_the_format_is_refused_as_for_one_plan(two_plans: Path) -> None:
    """`-f csv --out r.md`: refused as `--plan 2024 -f csv --out r.md` is, not with commands
    that `-f csv` would refuse in turn."""
    said = cds("report", "--unit", "Y tế", "--all-plans", "-f", "csv", "--out", "r.md")
    alone = cds("--plan", "2024", "report", "--unit", "Y tế", "-f", "csv", "--out", "r.md")
    assert (said.exit_code, alone.exit_code) == (2, 2)
    assert said.output == alone.output

"""`cds validate` as users and CI run it: exact lines and exit codes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

Write = Callable[..., Path]
runner = CliRunner()


def test_valid_registry(tmp_path: Path, write_registry: Write) -> None:
    path = write_registry()
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 0
    assert result.output == "Hợp lệ: 1 tệp.\n"
    english = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    assert english.output == "Valid: 1 file.\n"


def test_problem_with_caret_and_hint(
    tmp_path: Path, write_registry: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_registry(
        (
            "        deadline:\n          text: Tháng 10/2023",
            "        dealine:\n          text: Tháng 10/2023",
        )
    )
    monkeypatch.chdir(tmp_path)
    line = path.read_text(encoding="utf-8").splitlines().index("        dealine:") + 1
    result = runner.invoke(app, ["validate", "phu_luc_01.yaml", "--lang", "en"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"phu_luc_01.yaml:{line}:9: unknown key 'dealine'",
        f"  {line} |         dealine:",
        f"  {' ' * len(str(line))} |         ^",
        "  hint: did you mean 'deadline'?",
        "1 problem in 1 file (1 file checked).",
    ]


@pytest.mark.usefixtures("english")
def test_folder_and_several_problems(
    tmp_path: Path, write_registry: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_registry(("value: 80\n", "value: 180\n"), ("kind: police", "kind: polise"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", ".", "--format", "json"])
    assert result.exit_code == 1
    found = json.loads(result.output)
    assert [(p["file"], p["message"], p["hint"], p["target"]) for p in found] == [
        (
            "phu_luc_01.yaml",
            "'kind' must be one of city-office, department, section, police, "
            "ward, commune, provincial, agency, enterprise, collective, not 'polise'",
            "did you mean 'police'?",
            None,
        ),
        ("phu_luc_01.yaml", "percentage 180 is outside 0–100", None, "IV.1"),
    ]


@pytest.mark.usefixtures("english")
def test_github_annotations(write_registry: Write) -> None:
    path = write_registry(("value: 80\n", "value: 180\n"))
    line = path.read_text(encoding="utf-8").splitlines().index("            value: 180") + 1
    result = runner.invoke(app, ["validate", str(path), "--format", "github"])
    assert result.exit_code == 1
    file = str(path).replace(":", "%3A")
    assert result.output == (
        f"::error file={file},line={line},col=20::percentage 180 is outside 0–100\n"
    )


def test_broken_yaml_is_data_error_not_traceback(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("a: [1\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


@pytest.mark.usefixtures("english")
def test_missing_path_is_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert result.output == f"cds: error: no such file or folder: '{tmp_path / 'nope.yaml'}'\n"


def test_wrong_option_is_usage_error() -> None:
    result = runner.invoke(app, ["validate", "--format", "xml"])
    assert result.exit_code == 2
    assert "giá trị không hợp lệ cho --format" in result.output


@pytest.mark.usefixtures("english")
def test_registry_option_and_environment(
    tmp_path: Path, write_registry: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_registry(("value: 80\n", "value: 180\n"))
    assert runner.invoke(app, ["validate", "--registry", str(path)]).exit_code == 1
    assert runner.invoke(app, ["validate", "--registry", str(tmp_path)]).exit_code == 1
    monkeypatch.setenv("CDS_REGISTRY", str(path))
    assert runner.invoke(app, ["validate"]).exit_code == 1
    missing = runner.invoke(app, ["validate", "--registry", str(tmp_path / "x.yaml")])
    assert missing.exit_code == 2
    assert missing.output.startswith("cds: error: --registry: no registry file at ")


def test_version() -> None:
    from cds_tracker import __version__

    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (
        0,
        f"cds {__version__}\nSổ đăng ký: data/phu_luc_01.yaml\n",
    )


def test_a_registry_named_alone_checks_its_progress_too(own_registry: Path) -> None:
    """Removing a unit from the registry must surface the progress that still names it."""
    (own_registry / "progress" / "phong-y-te.yaml").write_text(
        "- {id: 'aaaaaa111111', target: III.9, unit: phong-y-te, status: done, date: "
        "'2023-10-01', written: '2023-10-02T08:00:00+07:00'}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(own_registry / "phu_luc_01.yaml")])
    assert result.exit_code == 1
    # In the progress file, of the two checked (the registry is valid).
    assert result.output.splitlines()[-1] == "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp)."


@pytest.mark.parametrize(
    ("files", "problems", "wrong", "vi", "en"),
    [
        (
            5,
            3,
            2,
            "3 lỗi trong 2 tệp (đã kiểm tra 5 tệp).",
            "3 problems in 2 files (5 files checked).",
        ),
        (
            1,
            1,
            1,
            "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
            "1 problem in 1 file (1 file checked).",
        ),
        (2, 0, 0, "Hợp lệ: 2 tệp.", "Valid: 2 files."),
    ],
)
def test_the_summary_tells_files_with_problems_from_files_checked(
    files: int, problems: int, wrong: int, vi: str, en: str
) -> None:
    """ "3 lỗi trong 5 tệp" read as five files with problems when three of them had none."""
    from cds_tracker.output.problems import validate_summary

    assert validate_summary(files, problems, "vi", wrong) == vi
    assert validate_summary(files, problems, "en", wrong) == en

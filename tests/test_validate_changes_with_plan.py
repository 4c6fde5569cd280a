"""`cds validate` of one plan checks the workspace's unit changes file too: every plan reads it,
and a plan skips a change to a unit it never named, so a typo'd id in the file passed whichever
plan alone was validated ('Hợp lệ: 1 tệp.'), though `cds validate` of the workspace refused it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
CHANGES = "plans/don_vi_thay_doi.yaml"
TYPO = "units:\n  - id: van-phog\n    successor: bo-phan-mot-cua\n    valid_to: 2023-06-01\n"
VI = [
    "plans/don_vi_thay_doi.yaml:2:9: không có đơn vị 'van-phog' trong danh mục của kế hoạch "
    "nào: thay đổi này không áp dụng được",
    "  2 |   - id: van-phog",
    "    |         ^",
    "  gợi ý: có phải ý bạn là 'van-phong'?",
]


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path


@pytest.mark.parametrize(
    ("args", "files"),
    [
        ((), 2),  # the workspace: the changes file and the one plan
        (("plans/2023",), 2),  # before: 'Hợp lệ: 1 tệp.'
        (("plans/2023/phu_luc_01.yaml",), 2),  # before: 'Hợp lệ: 1 tệp.'
        (("--plan", "2023"), 2),  # before: 'Hợp lệ: 1 tệp.'
        (("plans",), 2),
        ((CHANGES,), 1),
        ((CHANGES, "plans/2023"), 2),  # named and implied: checked and said once
    ],
)
def test_a_typo_in_the_changes_file_is_refused_whatever_path_is_validated(
    plans: Path, args: tuple[str, ...], files: int
) -> None:
    (plans / CHANGES).write_text(TYPO, encoding="utf-8")
    # --plan is the root's option: `cds --plan 2023 validate`
    result = cds(*args, "validate") if args[:1] == ("--plan",) else cds("validate", *args)
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        *VI,
        f"1 lỗi trong 1 tệp (đã kiểm tra {files} tệp).",
    ]


def test_in_english(plans: Path) -> None:
    (plans / CHANGES).write_text(TYPO, encoding="utf-8")
    result = cds("validate", "plans/2023", "--lang", "en")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0] == (
        "plans/don_vi_thay_doi.yaml:2:9: no plan's catalog has a unit 'van-phog': this change "
        "applies to nothing"
    )
    assert result.output.splitlines()[3] == "  hint: did you mean 'van-phong'?"


def test_a_plan_without_a_changes_file_is_one_file(plans: Path) -> None:
    result = cds("validate", "plans/2023")
    assert (result.exit_code, result.output) == (0, "Hợp lệ: 1 tệp.\n")
    (plans / CHANGES).write_text(
        "units:\n  - id: van-phong\n    successor: bo-phan-mot-cua\n    valid_to: 2023-06-01\n",
        encoding="utf-8",
    )
    result = cds("validate", "plans/2023")
    assert (result.exit_code, result.output) == (0, "Hợp lệ: 2 tệp.\n")


def test_a_registry_outside_a_workspace_reads_no_changes_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--registry PATH` outside plans/ behaves as before: a stray file of that name is not its."""
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "so")
    (tmp_path / "don_vi_thay_doi.yaml").write_text(TYPO, encoding="utf-8")
    result = cds("validate", "so")
    assert (result.exit_code, result.output) == (0, "Hợp lệ: 1 tệp.\n")

"""The workspace's unit changes file, checked against what the plans' catalogs hold: a change
to a unit no catalog names (a typo in its id) and a successor that is not there on the day it
takes over are refused by `validate` at their line (exit 1), not passed over."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()
CHANGES = "plans/don_vi_thay_doi.yaml"


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


def errors(result: Any) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("plans/")]


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path


def test_a_change_to_a_unit_no_catalog_names_is_refused_with_the_closest_id(plans: Path) -> None:
    """Before: silently ignored, `validate` said 'Hợp lệ' and the merger never applied."""
    (plans / CHANGES).write_text(
        "units:\n  - id: van-phog\n    successor: bo-phan-mot-cua\n    valid_to: 2023-06-01\n",
        encoding="utf-8",
    )
    result = cds("validate")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[:4] == [
        "plans/don_vi_thay_doi.yaml:2:9: không có đơn vị 'van-phog' trong danh mục của kế hoạch "
        "nào: thay đổi này không áp dụng được",
        "  2 |   - id: van-phog",
        "    |         ^",
        "  gợi ý: có phải ý bạn là 'van-phong'?",
    ]
    # a unit the file itself adds (it has a name) is known
    (plans / CHANGES).write_text(
        "units:\n  - id: phong-moi\n    name: Phòng mới\n    kind: department\n"
        "    source: user\n  - id: van-phong\n    successor: phong-moi\n"
        "    valid_to: 2023-06-01\n",
        encoding="utf-8",
    )
    assert cds("validate").exit_code == 0


@pytest.mark.parametrize(
    ("successor", "error"),
    [
        (
            "    valid_from: 2024-01-01\n",
            "plans/don_vi_thay_doi.yaml:8:16: successor 'phong-moi' of 'van-phong' does not exist "
            "on 02/06/2023, the day it takes over (it exists from 01/01/2024 to …)",
        ),
        (
            "    valid_to: 2023-03-01\n",
            "plans/don_vi_thay_doi.yaml:8:16: successor 'phong-moi' of 'van-phong' does not exist "
            "on 02/06/2023, the day it takes over (it exists from … to 01/03/2023)",
        ),
        ("    valid_from: 2023-06-02\n", None),
    ],
)
def test_a_successor_must_exist_on_the_day_it_takes_over(
    plans: Path, successor: str, error: str | None
) -> None:
    """Before: accepted, and `report --unit van-phong` after the merger dead-ended."""
    (plans / CHANGES).write_text(
        "units:\n  - id: phong-moi\n    name: Phòng mới\n    kind: department\n"
        f"    source: user\n{successor}  - id: van-phong\n    successor: phong-moi\n"
        "    valid_to: 2023-06-01\n",
        encoding="utf-8",
    )
    result = cds("validate", "--lang", "en")
    if error is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 1, result.output
    assert errors(result)[0] == error
    assert (
        "  hint: correct valid_to of 'van-phong' or valid_from/valid_to of 'phong-moi' so that "
        "the successor exists from the day after 'van-phong' ends, or name another successor"
    ) in result.output.splitlines()

"""Options given oddly (issue 12's attack): an empty filter ignored, a month of another century
called no month, a switch given a value told it needs one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY, of_year


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (("list", "--status", ""), "cds: lỗi: tình trạng không hợp lệ: ''"),
        (
            ("list", "--deadline-to", ""),
            "cds: lỗi: giá trị không hợp lệ cho --deadline-to: '' không phải là tháng",
        ),
        (
            ("remind", "--report-by", ""),
            "cds: lỗi: giá trị không hợp lệ cho --report-by: '' không phải là ngày hợp lệ",
        ),
        (("list", "--unit", ""), "cds: lỗi: không có đơn vị ''"),
    ],
)
def test_an_empty_filter_is_refused_like_the_others(args: tuple[str, ...], error: str) -> None:
    """`list --status ""` listed every target while `--unit ""` was refused."""
    code, stdout, stderr = invoke(*args)
    assert (code, stdout) == (2, "")
    assert stderr.splitlines()[0] == error


@pytest.mark.parametrize("month", ["10/9999", "10/1899", "tháng 10/9999", "T10/0001"])
def test_a_month_outside_the_years_says_so(month: str) -> None:
    code, stdout, stderr = invoke("due", "--month", month)
    assert (code, stdout) == (2, "")
    assert stderr.splitlines() == [
        f"cds: lỗi: giá trị không hợp lệ cho --month: '{month}': năm phải trong khoảng 1900–2999",
        "  gợi ý: viết tháng dạng mm/yyyy, ví dụ 10/2023 (hoặc 'tháng 10/2023', T10/2023, 2023-10)",
    ]
    code, _, stderr = invoke("due", "--month", "13/2023")
    assert code == 2
    assert stderr.splitlines()[0] == (
        "cds: lỗi: giá trị không hợp lệ cho --month: '13/2023': không có tháng 13"
    )  # why it is no month (core/dates.py `date_flaw`)


def test_a_switch_given_a_value_is_told_it_takes_none() -> None:
    """`--no-ongoing=3` was told it "needs a value"."""
    code, stdout, stderr = invoke("due", "--no-ongoing=3")
    assert (code, stdout) == (2, "")
    assert stderr.splitlines()[0] == (
        "cds: lỗi: tùy chọn --no-ongoing là công tắc, không nhận giá trị; viết --no-ongoing "
        "hoặc bỏ hẳn"
    )
    code, _, stderr = invoke("due", "--month")
    assert (code, stderr.splitlines()[0]) == (2, "cds: lỗi: tùy chọn --month cần một giá trị")


def test_diff_as_json_keeps_its_stdout_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Notices go to stderr only (two files compared get none): stdout is the JSON alone."""
    monkeypatch.chdir(tmp_path)  # no registry here or above: the bundled copy is in use
    code, stdout, stderr = invoke("diff", str(REGISTRY), str(REGISTRY), "-f", "json")
    assert (code, stderr) == (0, "")
    assert json.loads(stdout)["changed"] == []


def test_an_empty_plan_is_refused_and_a_blank_cds_plan_is_no_choice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--plan ""` answered from the default plan, as if no plan were named."""
    for name in ("2023", "2024"):
        (tmp_path / "plans" / name).mkdir(parents=True)
        (tmp_path / "plans" / name / "phu_luc_01.yaml").write_bytes(REGISTRY.read_bytes())
        of_year(tmp_path / "plans" / name / "phu_luc_01.yaml", name)
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = invoke("--plan", "", "list", "--format", "json")
    assert (code, stdout) == (2, "")
    assert "''" in stderr.splitlines()[0] and "2023, 2024" in stderr.splitlines()[0]
    monkeypatch.setenv("CDS_PLAN", " ")  # the plan of the year asked about, with no notice
    code, stdout, stderr = invoke("list", "--format", "json", "--as-of", "01/11/2024")
    assert (code, stderr) == (0, "")
    assert len(json.loads(stdout)) == 31

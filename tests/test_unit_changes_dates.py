"""A unit change with a day that is no day still has its other problems reported in the same run
(plans/don_vi_thay_doi.yaml): only the checks that need the day are left out."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()

CHANGES = """units:
  - id: phong-y-te
    valid_to: 31/02/2023
    successor: phong-y-te
  - id: phong-tu-phap
    valid_to: "2023-02-30"
    successor: ubnd-cac-phuong-xa
"""


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "plans/don_vi_thay_doi.yaml:3:15: 'valid_to': '31/02/2023' không phải là ngày "
                "(dd/mm/yyyy hoặc yyyy-mm-dd): tháng 2 năm 2023 chỉ có 28 ngày",
                "plans/don_vi_thay_doi.yaml:4:16: chuỗi đơn vị kế thừa của 'phong-y-te' quay "
                "vòng: phong-y-te → phong-y-te",
                "plans/don_vi_thay_doi.yaml:6:15: 'valid_to': '2023-02-30' không phải là ngày "
                "(dd/mm/yyyy hoặc yyyy-mm-dd): tháng 2 năm 2023 chỉ có 28 ngày",
                "plans/don_vi_thay_doi.yaml:7:16: đơn vị kế thừa của 'phong-tu-phap' là "
                "'ubnd-cac-phuong-xa' (UBND các phường, xã), một tập thể: đơn vị kế thừa phải "
                "là một đơn vị",
            ],
        ),
        (
            "en",
            [
                "plans/don_vi_thay_doi.yaml:3:15: 'valid_to': '31/02/2023' is not a day "
                "(dd/mm/yyyy or yyyy-mm-dd): February 2023 has only 28 days",
                "plans/don_vi_thay_doi.yaml:4:16: the successors of unit 'phong-y-te' go round "
                "in a loop: phong-y-te → phong-y-te",
                "plans/don_vi_thay_doi.yaml:6:15: 'valid_to': '2023-02-30' is not a day "
                "(dd/mm/yyyy or yyyy-mm-dd): February 2023 has only 28 days",
                "plans/don_vi_thay_doi.yaml:7:16: the successor of unit 'phong-tu-phap' is "
                "'ubnd-cac-phuong-xa' (UBND các phường, xã), a collective: a successor is one "
                "unit",
            ],
        ),
    ],
)
def test_every_problem_of_a_unit_with_a_bad_day_in_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, expected: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "250")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(CHANGES, encoding="utf-8")
    result = runner.invoke(app, ["validate", "plans/2023", "--lang", lang])
    assert result.exit_code == 1, result.output
    located = [line for line in result.output.splitlines() if line.startswith("plans/")]
    assert located == expected
    last = {
        # the plan and the changes file it reads (whatever plan is named, the file is checked)
        "vi": "4 lỗi trong 1 tệp (đã kiểm tra 2 tệp).",
        "en": "4 problems in 1 file (2 files checked).",
    }[lang]
    assert result.output.splitlines()[-1] == last

"""A ward merged away, said as every command says it (clerk20 F3).

Plan 2024 of a workspace, imported from Word: I.1 "Rà soát dữ liệu dân cư phường Nam Sơn." led by
UBND phường Nam Sơn, Tháng 5/2024; I.2 "Số hóa sổ hộ tịch phường Bắc Sơn." led by UBND phường Bắc
Sơn, Tháng 8/2024; I.3 "Báo cáo của Phòng Nội vụ." led by Phòng Nội vụ, Tháng 6/2024. Nothing is
reported. plans/don_vi_thay_doi.yaml then records Bắc Sơn and Nam Sơn merged into UBND phường Tam
Điệp (last day 30/06/2024, Tam Điệp from 01/07/2024): Tam Điệp is a unit of that file alone.

F3: a revision, Kế hoạch số 88/KH-BCĐ of 20/08/2024, gives I.2 to "UBND phường Tam Điệp": `cds
diff` and `import --revise` name the new lead by its name, as the changes file gives it, not by
its id "phuong-tam-diep".
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from ward_merger import merger_units

runner = CliRunner()
REGISTRY = "plans/2024/phu_luc_01.yaml"
GROUP = ("group", "I. CHỈ TIÊU VỀ DỮ LIỆU SỐ")
ONE = ("1.", "Rà soát dữ liệu dân cư phường Nam Sơn.", "", "UBND phường Nam Sơn", "",
       "Tháng 5/2024", "")  # fmt: skip
TWO = ("2.", "Số hóa sổ hộ tịch phường Bắc Sơn.", "", "UBND phường Bắc Sơn", "", "Tháng 8/2024", "")
THREE = ("3.", "Báo cáo của Phòng Nội vụ.", "", "Phòng Nội vụ", "", "Tháng 6/2024", "")
TWO_HEIR = (*TWO[:3], "UBND phường Tam Điệp", *TWO[4:])
HEADING_88 = [
    *HEADING_2024[:2],
    "(Kèm theo Kế hoạch số 88/KH-BCĐ ngày 20/08/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]


def cds(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def merged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.delenv("CDS_LANG", raising=False)
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh.docx", [("header",), GROUP, ONE, TWO, THREE], HEADING_2024)
    made = cds("import", "kh.docx", "--registry", "plans/2023", "--out", REGISTRY)
    assert made.exit_code == 0, made.output
    changes = "units:\n" + merger_units(2024)
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(changes, encoding="utf-8")
    write_docx(tmp_path / "rev.docx", [("header",), GROUP, ONE, TWO_HEIR, THREE], HEADING_88)
    return tmp_path


DIFF = {
    "vi": [
        "Văn bản điều chỉnh: Kế hoạch số 88/KH-BCĐ ngày 20/08/2024",
        "~ I.2",
        "    Đơn vị chủ trì: UBND phường [-Bắc Sơn-]{+Tam Điệp+}",
        "    Đơn vị chủ trì (theo danh mục): [-UBND phường Bắc Sơn-]{+UBND phường Tam Điệp+}",
    ],
    "en": [
        "Revising plan: Kế hoạch số 88/KH-BCĐ ngày 20/08/2024",
        "~ I.2",
        "    Lead: UBND phường [-Bắc Sơn-]{+Tam Điệp+}",
        "    Lead (catalog units): [-UBND phường Bắc Sơn-]{+UBND phường Tam Điệp+}",
    ],
}
TITLE = {
    "vi": "plans/2024/phu_luc_01.yaml → rev.docx: thêm 0, bỏ 0, sửa 1 chỉ tiêu.",
    "en": "plans/2024/phu_luc_01.yaml → rev.docx: 0 added, 0 removed, 1 changed targets.",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_diff_names_the_heir_ward_of_the_changes_file(merged: Path, lang: str) -> None:
    said = cds("--lang", lang, "diff", "2024", "rev.docx")
    assert said.exit_code == 0, said.output
    assert said.output.splitlines() == [TITLE[lang], *DIFF[lang]]  # was {+phuong-tam-diep+}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_revise_proposal_names_the_heir_ward(merged: Path, lang: str) -> None:
    proposal = cds("--plan", "2024", "--lang", lang, "import", "rev.docx", "--revise", input="n\n")
    assert proposal.exit_code == 0, proposal.output
    lines = proposal.output.splitlines()
    assert lines[:4] == [TITLE[lang], *DIFF[lang][1:]]  # was {+phuong-tam-diep+}
    assert "phuong-tam-diep" not in proposal.output


def test_diff_of_two_registries_names_the_heir_ward(merged: Path) -> None:
    """A registry side: the plan revised, against its copy from before (outside the workspace,
    so its own catalogue lacks Tam Điệp: the plan's, with the changes file, names it)."""
    shutil.copy(merged / "plans/2024/phu_luc_01.yaml", merged / "truoc.yaml")
    applied = cds("--plan", "2024", "import", "rev.docx", "--revise", "--yes")
    assert applied.exit_code == 0, applied.output
    said = cds("diff", "truoc.yaml", "2024")
    assert said.exit_code == 0, said.output
    assert said.output.splitlines() == [
        "truoc.yaml → plans/2024/phu_luc_01.yaml: thêm 0, bỏ 0, sửa 1 chỉ tiêu.",
        "~ I.2",
        "    Đơn vị chủ trì: UBND phường [-Bắc Sơn-]{+Tam Điệp+}",
        "    Đơn vị chủ trì (theo danh mục): [-UBND phường Bắc Sơn-]{+UBND phường Tam Điệp+}",
        "    Trước bản điều chỉnh (1), bản điều chỉnh có hiệu lực từ ngày: {+20/08/2024+}",
        "    Trước bản điều chỉnh (1), Đơn vị chủ trì: {+UBND phường Bắc Sơn+}",
        "    Trước bản điều chỉnh (1), Đơn vị chủ trì (theo danh mục): {+UBND phường Bắc Sơn+}",
    ]  # was {+phuong-tam-diep+}

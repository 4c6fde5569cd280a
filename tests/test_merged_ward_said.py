"""A ward merged away, said as every command says it (clerk20 F3, F4).

Plan 2024 of a workspace, imported from Word: I.1 "Rà soát dữ liệu dân cư phường Nam Sơn." led by
UBND phường Nam Sơn, Tháng 5/2024; I.2 "Số hóa sổ hộ tịch phường Bắc Sơn." led by UBND phường Bắc
Sơn, Tháng 8/2024; I.3 "Báo cáo của Phòng Nội vụ." led by Phòng Nội vụ, Tháng 6/2024. Nothing is
reported. plans/don_vi_thay_doi.yaml then records Bắc Sơn and Nam Sơn merged into UBND phường Tam
Điệp (last day 30/06/2024, Tam Điệp from 01/07/2024): Tam Điệp is a unit of that file alone.

F4: `cds list --unit` of a ward gone on the --as-of day is refused as `report` refuses it (exit
2, the heir in the hint), never a table of its "Quá hạn" targets. On 01/11/2024 Tam Điệp, as
the hint says, owes I.1 (due 31/05/2024) and I.2 (due 31/08/2024), both late; I.3 is not its.
On 30/06/2024, Nam Sơn's last day, its list is I.1, late since 31/05/2024.

F3: a revision, Kế hoạch số 88/KH-BCĐ of 20/08/2024, gives I.2 to "UBND phường Tam Điệp": `cds
diff` and `import --revise` name the new lead by its name, as the changes file gives it, not by
its id "phuong-tam-diep".
"""

from __future__ import annotations

import json
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


GONE = {
    "vi": [
        "cds: lỗi: UBND phường Nam Sơn không còn tồn tại ngày 01/11/2024: đã sáp nhập vào UBND "
        "phường Tam Điệp từ 01/07/2024",
        '  gợi ý: dùng --unit "UBND phường Tam Điệp", hoặc --as-of sớm hơn',
    ],
    "en": [
        "cds: error: UBND phường Nam Sơn did not exist on 01/11/2024: merged into UBND phường "
        "Tam Điệp from 01/07/2024",
        '  hint: use --unit "UBND phường Tam Điệp", or an earlier --as-of',
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_list_of_a_merged_ward_is_refused_as_report_refuses_it(merged: Path, lang: str) -> None:
    args = ("--plan", "2024", "--lang", lang)
    listed = cds(*args, "list", "--unit", "Nam Sơn", "--status", "late", "--as-of", "01/11/2024")
    assert listed.exit_code == 2  # was 0: a table of I.1 "Quá hạn", owed by a ward gone
    assert listed.output.splitlines() == GONE[lang]
    reported = cds(*args, "report", "--unit", "Nam Sơn", "--as-of", "01/11/2024")
    assert (reported.exit_code, reported.output) == (listed.exit_code, listed.output)
    as_json = cds(*args, "list", "--unit", "Nam Sơn", "--as-of", "01/11/2024", "-f", "json")
    assert as_json.exit_code == 2
    assert as_json.output.splitlines() == GONE[lang]


def _listed(*args: str) -> list[tuple[str, str, int | None]]:
    said = cds("--plan", "2024", "list", *args, "-f", "json")
    assert said.exit_code == 0, said.output
    return [(r["id"], r["unit_status"], r["days_late"]) for r in json.loads(said.output)]


def test_the_hint_lists_what_the_heir_owes(merged: Path) -> None:
    # 31/05/2024 → 01/11/2024: 154 days; 31/08/2024 → 01/11/2024: 62 days
    heir = _listed("--unit", "UBND phường Tam Điệp", "--status", "late", "--as-of", "01/11/2024")
    assert heir == [("I.1", "late", 154), ("I.2", "late", 62)]


def test_before_its_merger_the_ward_lists_its_own(merged: Path) -> None:
    # its last day, 30/06/2024: I.1 is 30 days past 31/05/2024
    assert _listed("--unit", "Nam Sơn", "--as-of", "30/06/2024") == [("I.1", "late", 30)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", [
            "cds: lỗi: UBND phường Tam Điệp chưa tồn tại ngày 30/06/2024 (có từ 01/07/2024)",
            "  gợi ý: ngày 30/06/2024, đơn vị làm việc này là UBND phường Bắc Sơn, UBND phường "
            'Nam Sơn: cds --plan 2024 --lang vi list --unit "UBND phường Bắc Sơn" --as-of '
            '30/06/2024 hoặc cds --plan 2024 --lang vi list --unit "UBND phường Nam Sơn" --as-of '
            "30/06/2024; hoặc --as-of từ 01/07/2024 trở đi",
        ]),
        ("en", [
            "cds: error: UBND phường Tam Điệp did not exist yet on 30/06/2024 (it exists from "
            "01/07/2024)",
            "  hint: on 30/06/2024 UBND phường Bắc Sơn, UBND phường Nam Sơn answered for it: "
            'cds --plan 2024 --lang en list --unit "UBND phường Bắc Sơn" --as-of 30/06/2024 or '
            'cds --plan 2024 --lang en list --unit "UBND phường Nam Sơn" --as-of 30/06/2024; or '
            "an --as-of from 01/07/2024 on",
        ]),
    ],
)  # fmt: skip
def test_list_of_a_ward_not_yet_made_is_refused(
    merged: Path, lang: str, expected: list[str]
) -> None:
    early = cds("--plan", "2024", "--lang", lang, "list", "--unit", "Tam Điệp", "--as-of",
                "30/06/2024")  # fmt: skip
    assert early.exit_code == 2
    assert early.output.splitlines() == expected


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

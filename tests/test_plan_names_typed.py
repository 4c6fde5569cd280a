"""A plan is chosen by its name however it is typed (attack 11, finding a11-12).

A folder named on a Mac (or unpacked from a zip or checkout made on one) is stored decomposed
(NFD): "2023-sửa-đổi" typed on a keyboard (NFC) was refused with "không có kế hoạch
'2023-sửa-đổi' … (các kế hoạch: 2023, 2023-sửa-đổi)", the very name typed. Now the one rule
(app/workspace.py `named`): the folder of that very name, else of the same name in another
Unicode form, else the one plan of that name without case, diacritics or outer spaces (as unit
names are matched). A folder "2023 " beside "2023" can never be chosen (--plan is typed without
its spaces): it is passed over, and said so; alone, "2025 " is chosen by --plan 2025.

Workspace: plans/2023 as `cds init` makes it, copied as plans/<NFD "2023-sửa-đổi">.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import of_year

NFC = unicodedata.normalize("NFC", "2023-sửa-đổi")
NFD = unicodedata.normalize("NFD", "2023-sửa-đổi")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def used(*args: str) -> str:
    """The registry a `list` used, from its last line."""
    code, out, err = run(*args, "list")
    assert code == 0, out + err
    return out.splitlines()[-1]


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    assert run("init", "plans/2023")[0] == 0
    shutil.copytree(tmp_path / "plans/2023", tmp_path / "plans" / NFD)
    return tmp_path


def test_a_decomposed_folder_is_chosen_by_its_name_typed(
    plans: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert NFC != NFD
    shown = f"Sổ đăng ký: plans/{NFD}/phu_luc_01.yaml"
    assert used("--plan", NFC) == shown
    assert used("--plan", "2023-SUA-DOI") == shown  # without case and diacritics: one plan
    monkeypatch.setenv("CDS_PLAN", NFC)
    assert used() == shown
    monkeypatch.delenv("CDS_PLAN")
    code, out, _ = run("diff", "2023", NFC)  # a side of diff named as --plan names it
    assert (code, out.splitlines()[-1]) == (0, "Không có khác biệt.")


def test_an_ambiguous_folded_name_is_refused_and_exact_ones_chosen(plans: Path) -> None:
    shutil.copytree(plans / "plans/2023", plans / "plans/2023-sua-doi")
    assert used("--plan", "2023-sua-doi") == "Sổ đăng ký: plans/2023-sua-doi/phu_luc_01.yaml"
    assert used("--plan", NFC) == f"Sổ đăng ký: plans/{NFD}/phu_luc_01.yaml"
    assert run("--plan", "2023-Sua-Doi", "list") == (
        2,
        "",
        "cds: lỗi: --plan: không có kế hoạch '2023-Sua-Doi' trong thư mục làm việc này (các kế "
        f"hoạch: 2023, 2023-sua-doi, {NFC})\n"  # a plan's name is its folder's in NFC
        "  gợi ý: chạy 'cds plans' để xem danh sách\n",
    )


def test_a_folder_with_outer_spaces_is_passed_over_beside_its_namesake(plans: Path) -> None:
    shutil.copytree(plans / "plans/2023", plans / "plans/2023 ")
    skipped = f"{plans.resolve()}/plans/2023 /phu_luc_01.yaml"
    code, _, err = run("plans")
    assert (code, err) == (
        0,
        f"cds: bỏ qua {skipped}: tên thư mục có dấu cách ở đầu hoặc cuối, nên --plan không chọn "
        "được nó (--plan '2023' là kế hoạch cùng tên không có dấu cách); đặt lại tên thư mục\n",
    )
    code, _, err = run("--lang", "en", "plans")
    assert (code, err) == (
        0,
        f"cds: skipped {skipped}: the folder's name has spaces at its ends, so --plan cannot "
        "choose it (--plan '2023' is the plan of that name without them); rename the folder\n",
    )
    assert used("--plan", "2023 ") == "Sổ đăng ký: plans/2023/phu_luc_01.yaml"


def test_a_folder_with_outer_spaces_alone_is_chosen_without_them(plans: Path) -> None:
    shutil.copytree(plans / "plans/2023", plans / "plans/2025 ")
    of_year(plans / "plans/2025 /phu_luc_01.yaml", "2025")
    assert used("--plan", "2025") == "Sổ đăng ký: plans/2025 /phu_luc_01.yaml"

"""Hints naming ANOTHER plan than the run's reach it as typed (app/discovery.py `other_plan`).

Each printed command is typed word for word in bash, in the folder the run was in. They used to
print `cds --plan NAME …` whatever the run had been given: from a folder outside the workspace
(the run given `--registry ws/plans/2023`, or `CDS_REGISTRY`) `--plan` finds no workspace
(exit 2), and with CDS_REGISTRY set it would lose to it; a plan of that year not named just the
year (`plans/2024-sua-doi`) was no plan `--plan 2024` names (fix12p). `init` printed its folder
unquoted, and `CDS_REGISTRY=PATH`, which no window runs as a setting.

The workspace `ws/`: plans/2023 I.1 "Số hóa hồ sơ y tế." and plans/2024 I.1 "Trạm y tế số.",
both led by Phòng Y tế (phong-y-te); where carried, 2023's I.1 becomes 2024's I.2 on 20/10/2023.
"""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from test_carry_units import EMPTY, _cell, _plan, _target
from test_hint_chooses_registry import last_entry, run
from test_revise import workspace

__all__ = ["workspace"]  # the fixture, used by name

# how the run chose plan 2023 → (where it runs: the workspace ws/ or the folder above it, its
# options, its environment, the option the hint prints to choose plan 2024)
HOW = {
    "--registry": ("out", "--registry ws/plans/2023", {}, "--registry ws/plans/2024"),
    "CDS_REGISTRY": ("out", "", {"CDS_REGISTRY": "ws/plans/2023"}, "--registry ws/plans/2024"),
    "--plan": ("ws", "--plan 2023", {}, "--plan 2024"),
}
HEALTH = _cell("Phòng Y tế", "phong-y-te")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    _plan(
        tmp_path / "ws", 2023, [_target(1, "Số hóa hồ sơ y tế.", (EMPTY, HEALTH, EMPTY), "10/2023")]
    )
    _plan(tmp_path / "ws", 2024, [_target(1, "Trạm y tế số.", (EMPTY, HEALTH, EMPTY), "6/2024")])
    return tmp_path / "ws"


def _filled(made: Path, status: str, day: str, out: Path) -> None:
    book = openpyxl.load_workbook(made)
    sheet = book[book.sheetnames[0]]
    assert sheet["B8"].value == "I.1"
    sheet["F8"], sheet["G8"] = status, day
    book.save(out)


def _said(err: str) -> str:
    return err.rstrip("\n").splitlines()[-1]


@pytest.mark.parametrize("how", list(HOW))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_carried_rows_command_typed_records_in_the_plan_it_went_to(
    ws: Path, how: str, lang: str
) -> None:
    where, options, env, option = HOW[how]
    folder = ws if where == "ws" else ws.parent
    env = {**env, "CDS_LANG": lang}
    made = run(ws, "cds --plan 2023 form --unit 'Phòng Y tế' --month 10/2023 --as-of "
                   "15/10/2023 --out ../phieu.xlsx", {"CDS_LANG": lang})  # fmt: skip
    assert made[0] == 0, made
    assert run(ws, "cds carry-over --from 2023 --to 2024 --as-of 20/10/2023 --yes")[0] == 0
    done = "Hoàn thành" if lang == "vi" else "Done"
    _filled(ws.parent / "phieu.xlsx", done, "15/11/2023", ws.parent / "sau.xlsx")
    shown = "sau.xlsx" if where == "out" else "../sau.xlsx"
    code, _, err = run(folder, f"cds {options} progress import {shown}".replace("  ", " "), env)
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f'cds {option} progress add I.2 --id --unit "Phòng Y tế" --status {status} '
        "--date 15/11/2023"
    )
    assert (code, _said(err).endswith(command)) == (1, True), err
    assert run(folder, command, env)[:3:2] == (0, "")  # typed word for word
    last = last_entry(ws / "plans/2024/progress/phong-y-te.yaml")
    assert (last["target"], last["status"], last["date"]) == ("I.2", "done", "2023-11-15")
    assert not (ws / "plans/2023/progress/phong-y-te.yaml").exists()

    # `progress add` itself: its hint names the plan alike, the rest as the user wrote it
    add = f"cds {options} progress add I.1 --unit phong-y-te --date 16/11/2023".replace("  ", " ")
    code, _, err = run(folder, f"{add} --status done", env)
    said = "ghi vào kế hoạch 2024, chỉ tiêu I.2" if lang == "vi" else "record it in plan 2024"
    typed = (
        f'cds {option} progress add I.2 --unit "Phòng Y tế" --status {status} --date '
        "16/11/2023 --id"
    )
    assert (code, f"{said}" in err, f": {typed} (" in err) == (2, True, True), err
    assert run(folder, typed, env)[:3:2] == (0, "")
    last = last_entry(ws / "plans/2024/progress/phong-y-te.yaml")
    assert (last["target"], last["date"]) == ("I.2", "2023-11-16")

    # `validate` of plan 2024, that report's day moved by hand to before I.2 came in: its hint
    # names plan 2023 as a command typed from here reaches it
    path = ws / "plans/2024/progress/phong-y-te.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace('"2023-11-16"', '"2023-10-16"'), "utf-8")
    back = option.replace("2024", "2023")
    checked = "--plan 2024" if how == "--plan" else "--registry ws/plans/2024"
    code, out, err = run(folder, f"cds {checked} validate", env)
    hint = [line for line in (out + err).splitlines() if line.lstrip().startswith(("gợi", "hint"))]
    with_ = (
        "ghi vào kế hoạch đó trước, rồi mới xóa dòng này:"
        if lang == "vi"
        else "record it there first, then delete this line:"
    )
    again = (
        f"cds {back} progress add I.1 --id --unit phong-y-te --status {status} --date 16/10/2023"
    )
    assert (code, len(hint), f"{with_} {again} (" in hint[0]) == (1, 1, True), out + err
    # the hint's command, the line deleted, typed word for word: the report is 2023's again
    kept = [line for line in text.splitlines(keepends=True) if '"2023-11-16"' not in line]
    path.write_text("".join(kept), "utf-8")
    assert run(folder, again, env)[0] == 0, again  # a note asks carry-over to copy it (ok)
    last = last_entry(ws / "plans/2023/progress/phong-y-te.yaml")
    assert (last["target"], last["status"], last["date"]) == ("I.1", "done", "2023-10-16")


@pytest.mark.parametrize("how", list(HOW))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_of_another_years_plan_is_imported_by_the_command_its_hint_prints(
    ws: Path, how: str, lang: str
) -> None:
    # the 2024 form, made in plans/2024, and that plan's folder since renamed 2024-sua-doi:
    # no folder is named 2024, the plan of 2024 is still there
    where, options, env, option = HOW[how]
    folder = ws if where == "ws" else ws.parent
    env = {**env, "CDS_LANG": lang}
    made = run(ws, "cds --plan 2024 form --unit 'Phòng Y tế' --month 6/2024 --as-of 01/06/2024 "
                   "--out ../phieu.xlsx", {"CDS_LANG": lang})  # fmt: skip
    assert made[0] == 0, made
    done = "Hoàn thành" if lang == "vi" else "Done"
    _filled(ws.parent / "phieu.xlsx", done, "10/06/2024", ws.parent / "sau.xlsx")
    (ws / "plans/2024").rename(ws / "plans/2024-sua-doi")
    shown = "sau.xlsx" if where == "out" else "../sau.xlsx"
    code, _, err = run(folder, f"cds {options} progress import {shown}".replace("  ", " "), env)
    command = f"cds {option}-sua-doi progress import {shown}"
    assert (code, _said(err).endswith(f": {command}")) == (1, True), err
    code, out, err = run(folder, command, env)  # typed word for word
    assert (code, err) == (0, ""), out + err
    last = last_entry(ws / "plans/2024-sua-doi/progress/phong-y-te.yaml")
    assert (last["target"], last["status"], last["date"]) == ("I.1", "done", "2024-06-10")
    assert not (ws / "plans/2023/progress/phong-y-te.yaml").exists()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_init_prints_a_folder_and_a_setting_each_window_reads(tmp_path: Path, lang: str) -> None:
    code, out, _ = run(tmp_path, 'cds init "so theo doi"', {"CDS_LANG": lang})
    path = "so theo doi/phu_luc_01.yaml"
    if lang == "vi":
        expected = [
            f"Đã tạo sổ đăng ký: {path}",
            "Dùng: chạy cds trong thư mục so theo doi (sổ đăng ký được tự tìm thấy, kể cả từ "
            "thư mục con),",
            '  hoặc thêm --registry "so theo doi", hoặc đặt biến môi trường CDS_REGISTRY:',
        ]
    else:
        expected = [
            f"Created the registry: {path}",
            "Use it: run cds in the folder so theo doi (the registry is found, from subfolders "
            "too),",
            '  or add --registry "so theo doi", or set the environment variable CDS_REGISTRY:',
        ]
    assert (code, out.splitlines()) == (
        0,
        [
            *expected,
            f'    PowerShell: $env:CDS_REGISTRY = "{path}"',
            f'    cmd: set "CDS_REGISTRY={path}"',
            f'    bash: export CDS_REGISTRY="{path}"',
        ],
    )
    registry = re.search(r"--registry (\"so theo doi\"),", out)
    assert registry is not None
    add = "progress add II.3 --unit van-phong --date 10/05/2023 --status done"
    written = tmp_path / "so theo doi/progress/van-phong.yaml"
    assert run(tmp_path, f"cds --registry {registry[1]} {add}")[0] == 0  # typed word for word
    bash = out.splitlines()[-1].removeprefix("    bash: ")
    assert run(tmp_path, f"{bash}; cds {add.replace('10/05', '11/05')}")[0] == 0
    dates = [line.split('"date": "')[1][:10] for line in written.read_text("utf-8").splitlines()
             if line.startswith("- ")]  # fmt: skip
    assert dates == ["2023-05-10", "2023-05-11"]


# test_revise's workspace (plans/2023 as `cds init` makes it, carried into plans/2024 on
# 31/12/2023), the run given --registry from a folder outside it: the later or other year's
# plan is named by its folder's path (absolute: not under the current folder)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_revise_hints_name_the_other_plan_by_its_path_outside_the_workspace(
    workspace: Path, tmp_path_factory: pytest.TempPathFactory, lang: str
) -> None:
    from appendix_files import write_docx
    from test_revise import REVISED
    from test_revise_carried_origin import HEADING, _without_iii4

    away, env = tmp_path_factory.mktemp("away"), {"CDS_LANG": lang}
    old, new = f"{workspace}/plans/2023", f"{workspace}/plans/2024"
    write_docx(workspace / "rev2023.docx", _without_iii4(workspace), HEADING)
    code, out, err = run(
        away, f"cds --registry {old} import {workspace}/rev2023.docx --revise", env
    )
    said = " ".join(out.split())
    file = "TỆP" if lang == "vi" else "FILE"
    assert (code, f"(cds --registry {new} import {file} --revise)" in said) == (0, True), out
    listed = run(away, f"cds --registry {new} list --format csv")[1]  # the option: plan 2024
    assert [r.split(",")[0] for r in listed.splitlines()][1:3] == ["I.1", "I.2"]

    # a 2023 table given to plan 2024: the hint's command typed reads it against plan 2023
    write_docx(workspace / "nam-khac.docx", REVISED, HEADING)
    code, _, err = run(away, f"cds --registry {new} import {workspace}/nam-khac.docx --revise", env)
    command = f"cds --registry {old} import {workspace}/nam-khac.docx --revise"
    assert (code, f": {command};" in err) == (1, True), err
    code, out, err = run(away, command, env)
    heads = [line.partition(" → ")[0] for line in out.splitlines() if " → " in line]
    assert (code, heads) == (0, [f"{old}/phu_luc_01.yaml"]), out + err  # a preview of 2023's

"""The commands hints print reach the registry of the run that printed them (app/discovery.again).

Each hint here is typed word for word in bash (`cds` the real CLI of this Python), in the folder
the run was in, and must record into the same plan:

- the reopening warning's correcting command (progress/reopening.py): with `--registry kh`, a
  folder not under plans/, it had no --registry and typed ran against the bundled read-only
  registry, exit 2 (attack 14, a14_08); it also printed the report's own status, so typed it
  recorded a correction identical to the report (clerk review 14): it corrects to "hoàn thành"
  now, written as the reader types it (`done` in English);
- a return form's refusal (progress/form_refusals.py): a form of plans/2023-sua-doi, beside
  plans/2023, named no plan, and typed its command recorded into plans/2023 (a14_09).

The bundled 2023 registry: II.3 is led by the Văn phòng HĐND và UBND (van-phong); it reports
it done on 10/05/2023, then "đang thực hiện" on 12/05/2023, which reopens it.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from cds_tracker.app.setup import init_registry
from ward_merger import merger_units

# `cds` as bash finds it on a user's PATH: this Python's CLI, whatever PATH the tests run with
SHIM = f'cds() {{ {shlex.quote(sys.executable)} -m cds_tracker "$@"; }}; '


def run(folder: Path, line: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """A command line as a user types it in `folder` (bash reads its quotes)."""
    done = subprocess.run(
        ["bash", "-c", SHIM + line],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        cwd=folder,
        env={**os.environ, "CDS_NO_CACHE": "1", **(env or {})},
    )
    return done.returncode, done.stdout, done.stderr


def last_entry(path: Path) -> dict[str, str]:
    return dict(json.loads(path.read_text("utf-8").splitlines()[-1].removeprefix("- ")))


# how the run chose its registry → (its options, the environment, the registry folder written
# to, the option the hint must print to choose it again)
CHOICES = {
    "--registry": ("--registry kh", {}, "kh", " --registry kh"),
    "--plan": ("--plan 2023-sua-doi", {}, "plans/2023-sua-doi", " --plan 2023-sua-doi"),
    # a plans/ workspace's default (the plan of the report's year): named, as the default of
    # another command (another --date) may be another plan
    "default plan": ("", {}, "plans/2023", " --plan 2023"),
    "CDS_REGISTRY": ("", {"CDS_REGISTRY": "kh"}, "kh", ""),  # still set when typed
    "found in the folder": ("", {}, "kh", ""),  # run inside kh/: found again from there
}


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A folder with a registry `kh/` (a `cds init`, no plans/) and a plans/ workspace with
    plans/2023 and plans/2023-sua-doi (both the bundled 2023 registry)."""
    for folder in ("kh", "plans/2023", "plans/2023-sua-doi"):
        init_registry(tmp_path / folder)
    return tmp_path


@pytest.mark.parametrize("how", list(CHOICES))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_reopening_hint_typed_corrects_in_the_same_registry(
    ws: Path, how: str, lang: str
) -> None:
    options, env, folder, again = CHOICES[how]
    where = ws / "kh" if how == "found in the folder" else ws
    env = {**env, "CDS_LANG": lang}
    add = f"cds {options} progress add II.3 --unit van-phong --date".replace("  ", " ")
    assert run(where, f"{add} 10/05/2023 --status done", env)[0] == 0
    code, out, err = run(where, f"{add} 12/05/2023 --status in_progress", env)
    assert code == 0
    entry = re.search(r"([0-9a-f]{12})", out)
    assert entry is not None
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f"cds{again} progress add II.3 --id --unit van-phong --status {status} --date 12/05/2023 "
        f"--corrects {entry[1]}"
    )
    assert err.rstrip("\n").endswith(f"({command})"), err
    code, out, err = run(where, command, env)  # typed word for word
    assert (code, err) == (0, "")
    written = ws / folder / "progress/van-phong.yaml"
    last = last_entry(written)
    assert (last["status"], last["date"], last["corrects"]) == ("done", "2023-05-12", entry[1])
    reports = [line for line in written.read_text("utf-8").splitlines() if line.startswith("- ")]
    assert len(reports) == 3
    others = {"kh", "plans/2023", "plans/2023-sua-doi"} - {folder}
    assert [f for f in others if (ws / f / "progress/van-phong.yaml").exists()] == []


def _form_with_a_heirs_row(ws: Path, options: str, lang: str) -> Path:
    """Bắc Sơn's form of 6/2025, its first row (I.3) filled "Đang thực hiện" on 02/07/2025, the
    day after Bắc Sơn merged into Tam Điệp: the import refuses it, the hint records it for the
    heir with `progress add`."""
    (ws / "plans/don_vi_thay_doi.yaml").write_text("units:\n" + merger_units(2025), "utf-8")
    made = run(ws, f"cds {options} form --unit 'Bắc Sơn' --month 6/2025 --as-of 25/06/2025 "
                   "--out phieu.xlsx", {"CDS_LANG": lang})  # fmt: skip
    assert made[0] == 0, made
    book = openpyxl.load_workbook(ws / "phieu.xlsx")
    sheet = book[book.sheetnames[0]]
    assert sheet["B8"].value == "I.3"
    sheet["F8"] = "Đang thực hiện" if lang == "vi" else "In progress"
    sheet["G8"] = "02/07/2025"
    book.save(ws / "sau.xlsx")
    return ws / "sau.xlsx"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_form_refusals_command_typed_records_in_the_forms_plan(ws: Path, lang: str) -> None:
    # (a registry outside a workspace reads no unit changes: no merger, no such refusal there)
    options, _, folder, again = CHOICES["--plan"]
    path = _form_with_a_heirs_row(ws, options, lang)
    code, _, err = run(ws, f"cds {options} progress import {path.name}", {"CDS_LANG": lang})
    assert code == 1
    status = '"đang thực hiện"' if lang == "vi" else "in_progress"
    command = (
        f'cds{again} progress add I.3 --id --unit "UBND phường Tam Điệp" --status {status} '
        "--date 02/07/2025"
    )
    assert err.rstrip("\n").endswith(command), err
    code, _, err = run(ws, command, {"CDS_LANG": lang})
    assert (code, err) == (0, "")
    last = last_entry(ws / folder / "progress/phuong-tam-diep.yaml")
    assert (last["target"], last["unit"], last["status"], last["date"]) == (
        "I.3",
        "phuong-tam-diep",
        "in_progress",
        "2025-07-02",
    )
    assert not (ws / "plans/2023/progress/phuong-tam-diep.yaml").exists()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_list_of_ids_a_wrong_correction_is_pointed_to_is_this_registrys(
    ws: Path, lang: str
) -> None:
    # `--corrects` an id no report has: "see the ids with 'cds progress list II.3'" listed the
    # bundled registry's progress (none) when the run was given --registry kh
    env = {"CDS_LANG": lang}
    add = "cds --registry kh progress add II.3 --unit van-phong --date 10/05/2023 --status done"
    code, out, _ = run(ws, add, env)
    entry = re.search(r"([0-9a-f]{12})", out)
    assert (code, entry is not None) == (0, True)
    assert entry is not None
    code, _, err = run(ws, f"{add} --corrects abcdef123456", env)
    said = "xem các mã bằng" if lang == "vi" else "see the ids with"
    assert (code, err.splitlines()[-1]) == (
        2,
        f"  {'gợi ý' if lang == 'vi' else 'hint'}: {said} 'cds --registry kh progress list II.3'",
    )
    code, out, err = run(ws, "cds --registry kh progress list II.3 --format csv", env)
    assert (code, [line.split(",")[0] for line in out.splitlines()]) == (0, ["id", entry[1]])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_list_a_computed_status_is_pointed_to_is_this_registrys(ws: Path, lang: str) -> None:
    # "--status trễ hạn" to progress add: the hint's `cds list --status "trễ hạn"` listed the
    # bundled registry's late targets (III.4, due 10/2023, among them: nothing reported there)
    # for a run given --registry kh, where Phòng Y tế, its one lead, reported it done
    env = {"CDS_LANG": lang}
    add = "cds --registry kh progress add III.4 --unit phong-y-te --date 10/09/2023 --status"
    assert run(ws, f"{add} done", env)[0] == 0
    word = "trễ hạn" if lang == "vi" else "late"
    code, _, err = run(ws, f'{add} "{word}"', env)
    command = f'cds --registry kh list --status "{word}"'
    assert (code, err.rstrip("\n").endswith(command)) == (2, True), err
    assert run(ws, command, env)[0] == 0  # typed word for word; then as csv, to read its rows
    code, out, _ = run(ws, f"{command} --format csv", env)
    bundled = run(ws, f'cds list --status "{word}" --format csv', env)[1]
    ids = [line.split(",")[0] for line in out.splitlines()]
    assert (
        code,
        "III.4" in ids,
        "III.4" in [line.split(",")[0] for line in bundled.splitlines()],
    ) == (0, False, True)

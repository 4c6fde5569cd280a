"""What `cds validate` says of units that change (issue 16, review findings): a successor is one
unit, `merged_into` is `successor` spelt otherwise, a target may not name a unit gone before its
plan's year, `carried_from` names a target that exists, and a loop of successors is found in
linear time and reported once."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.core.records import Unit
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.rules import Parts
from cds_tracker.registry.rules_plans import units_change_consistently
from cds_tracker.registry.succession import heirs_on, index_on, successor_loops
from cds_tracker.registry.units import UnitIndex

runner = CliRunner()

# Nine lines: the first unit is on line 10.
HEAD = """document:
  appendix: Phụ lục 01
  title: Phân công
  plan: {reference: "", number: "", symbol: KH-BCĐ, date: ""}
  issuer: Ban Chỉ đạo
  year: 2024
catalog:
  official_titles: [Trưởng, Chủ tịch]
  units:
"""
WARDS = """    - id: phuong-bac-son
      name: UBND phường Bắc Sơn
      kind: ward
      source: user
      valid_to: 30/06/2023
      successor: phuong-tam-diep
    - id: phuong-tam-diep
      name: UBND phường Tam Điệp
      kind: ward
      source: user
      valid_from: 01/07/2023
    - id: xa-yen-son
      name: UBND xã Yên Sơn
      kind: commune
      source: user
      valid_to: 31/07/2024
      successor: phuong-tam-diep
    - id: ubnd-cac-phuong-xa
      name: UBND các phường, xã
      kind: collective
      source: user
      members: [phuong-bac-son, phuong-tam-diep, xa-yen-son]
      scope: all
"""  # lines 10-32: Bắc Sơn 10-15, Tam Điệp 16-20, Yên Sơn 21-26, the collective 27-32

# The same units, none of them changing (the changes come from elsewhere).
PLAIN = "".join(
    line + "\n"
    for line in WARDS.splitlines()
    if not line.lstrip().startswith(("valid_", "successor"))
)


def target(lead: str, units: str, cooperating: str = "", cooperating_units: str = "") -> str:
    """One group with target I.1, 11 lines: its lead on the group's 9th, cooperating 10th."""
    return f"""groups:
  - id: I
    title: Dữ liệu số
    targets:
      - id: I.1
        number: 1
        content: Số hóa hồ sơ.
        directing: {{text: "", units: []}}
        lead: {{text: {lead}, units: [{units}]}}
        cooperating: {{text: "{cooperating}", units: [{cooperating_units}]}}
        deadline: {{text: Tháng 5/2024, due: "2024-05"}}
"""


def validate(path: Path, *lang: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, [*lang, "validate", str(path)])
    shown = [
        line
        for line in result.output.splitlines()
        if re.match(r"^/\S+:\d+:\d+: ", line) or line.lstrip().startswith(("gợi ý:", "hint:"))
    ]
    return result.exit_code, shown


def write(tmp_path: Path, text: str, name: str = "phu_luc_01.yaml") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- 1. A successor is one unit ----------------------------------------------------------


def test_a_collective_is_refused_as_a_successor(tmp_path: Path) -> None:
    units = WARDS.replace(
        "valid_to: 31/07/2024\n      successor: phuong-tam-diep",
        "valid_to: 31/07/2024\n      successor: ubnd-cac-phuong-xa",
    )
    path = write(tmp_path, HEAD + units + target("UBND phường Tam Điệp", "phuong-tam-diep"))
    # Yên Sơn's successor is on line 26, the value at column 18.
    assert validate(path) == (
        1,
        [
            f"{path}:26:18: đơn vị kế thừa của 'xa-yen-son' là 'ubnd-cac-phuong-xa' (UBND các "
            "phường, xã), một tập thể: đơn vị kế thừa phải là một đơn vị",
            "  gợi ý: ghi id của đơn vị nhận lại công việc (ví dụ phường mới sau sáp nhập), không "
            "ghi tập thể",
        ],
    )
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:26:18: the successor of unit 'xa-yen-son' is 'ubnd-cac-phuong-xa' (UBND các "
            "phường, xã), a collective: a successor is one unit",
            "  hint: write the id of the one unit that took over its work (the ward it was merged "
            "into), not a collective",
        ],
    )


# --- 2. merged_into is successor, spelt otherwise -------------------------------------------


def test_merged_into_is_read_as_successor(tmp_path: Path) -> None:
    units = WARDS.replace(
        "      successor: phuong-tam-diep\n", "      merged_into: phuong-tam-diep\n"
    )
    assert units.count("merged_into") == 2
    path = write(tmp_path, HEAD + units + target("UBND phường Tam Điệp", "phuong-tam-diep"))
    result = load_registry(path)
    assert result.problems == ()
    assert result.registry is not None
    successors = {u.id: u.successor for u in result.registry.catalog.units}
    assert successors == {
        "phuong-bac-son": "phuong-tam-diep",
        "phuong-tam-diep": None,
        "xa-yen-son": "phuong-tam-diep",
        "ubnd-cac-phuong-xa": None,
    }
    # Both written, the same unit: one field said twice, accepted.
    both = WARDS.replace(
        "      successor: phuong-tam-diep\n",
        "      successor: phuong-tam-diep\n      merged_into: phuong-tam-diep\n",
        1,
    )
    path = write(tmp_path, HEAD + both + target("UBND phường Tam Điệp", "phuong-tam-diep"))
    assert validate(path) == (0, [])


def test_successor_and_merged_into_that_differ_are_refused(tmp_path: Path) -> None:
    both = WARDS.replace(
        "      successor: phuong-tam-diep\n",
        "      successor: phuong-tam-diep\n      merged_into: xa-yen-son\n",
        1,
    )
    path = write(tmp_path, HEAD + both + target("UBND phường Tam Điệp", "phuong-tam-diep"))
    # Bắc Sơn's merged_into is line 16; the problem points at the key (column 7).
    assert validate(path) == (
        1,
        [
            f"{path}:16:7: đơn vị 'phuong-bac-son' ghi cả `successor` ('phuong-tam-diep') và "
            "`merged_into` ('xa-yen-son'), khác nhau: đó là hai tên của cùng một trường (đơn "
            "vị kế thừa)",
            "  gợi ý: giữ một trong hai (`successor` hoặc `merged_into`): đơn vị đã nhận lại "
            "công việc",
        ],
    )
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:16:7: unit 'phuong-bac-son' gives both successor ('phuong-tam-diep') and "
            "merged_into ('xa-yen-son'), which differ: they are two names of one field",
            "  hint: keep one of them (successor or merged_into): the unit that took over the work",
        ],
    )


def test_a_problem_with_merged_into_points_at_it(tmp_path: Path) -> None:
    units = WARDS.replace(
        "      successor: phuong-tam-diep\n", "      merged_into: phuong-tam-dep\n", 1
    )
    path = write(tmp_path, HEAD + units + target("UBND phường Tam Điệp", "phuong-tam-diep"))
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:15:20: unknown successor 'phuong-tam-dep' of unit 'phuong-bac-son'",
            "  hint: did you mean 'phuong-tam-diep'?",
        ],
    )


def test_a_wrong_merged_into_is_named_as_written(tmp_path: Path) -> None:
    units = WARDS.replace("      successor: phuong-tam-diep\n", "      merged_into: 5\n", 1)
    path = write(tmp_path, HEAD + units + target("UBND phường Tam Điệp", "phuong-tam-diep"))
    assert validate(path) == (
        1,
        [
            f"{path}:15:20: 'merged_into': phải là chuỗi văn bản",
            "  gợi ý: ghi mã của đúng một đơn vị, đơn vị đã nhận lại công việc (ví dụ"
            " phuong-son-moi): mỗi đơn vị chỉ có một đơn vị kế thừa",
        ],
    )
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:15:20: 'merged_into': must be text",
            "  hint: write the id of exactly one unit, the one that took over the work (e.g."
            " phuong-son-moi): a unit has one successor",
        ],
    )


def test_merged_into_in_the_workspace_changes_file(tmp_path: Path) -> None:
    plan = write(
        tmp_path,
        HEAD + PLAIN + target("UBND phường Bắc Sơn", "phuong-bac-son"),
        "plans/2024/phu_luc_01.yaml",
    )
    changes = tmp_path / "plans" / "don_vi_thay_doi.yaml"
    changes.write_text(
        "units:\n"
        "  - id: xa-yen-son\n"
        "    valid_to: 31/07/2024\n"
        "    merged_into: phuong-tam-diep\n"
        "  - id: phuong-bac-son\n"
        "    valid_to: 31/08/2024\n"
        "    successor: phuong-tam-diep\n"
        "    merged_into: ubnd-cac-phuong-xa\n",
        encoding="utf-8",
    )
    code, shown = validate(plan, "--lang", "en")
    assert code == 1
    assert shown == [
        f"{changes}:8:5: unit 'phuong-bac-son' gives both successor ('phuong-tam-diep') and "
        "merged_into ('ubnd-cac-phuong-xa'), which differ: they are two names of one field",
        "  hint: keep one of them (successor or merged_into): the unit that took over the work",
    ]
    changes.write_text(changes.read_text().replace("    merged_into: ubnd-cac-phuong-xa\n", ""))
    result = load_registry(plan)
    assert result.problems == ()
    assert result.registry is not None
    assert {u.id: u.successor for u in result.registry.catalog.units}["xa-yen-son"] == (
        "phuong-tam-diep"
    )


# --- 3. A target names units that exist in its plan's year ----------------------------------


def test_a_unit_merged_away_before_the_plans_year_is_refused(tmp_path: Path) -> None:
    text = HEAD + WARDS + target("UBND phường Bắc Sơn", "phuong-bac-son")
    path = write(tmp_path, text)
    # The group starts on line 33; I.1's lead on line 41, the unit id at column 51.
    assert validate(path) == (
        1,
        [
            f"{path}:41:51: đơn vị chủ trì 'UBND phường Bắc Sơn' không còn tồn tại trong năm 2024 "
            "của kế hoạch (chỉ đến 30/06/2023)",
            "  gợi ý: đã sáp nhập vào UBND phường Tam Điệp từ 01/07/2023: giao cho UBND phường "
            "Tam Điệp (sửa cả chữ trong ô, `text`, và mã đơn vị, `units`)",
        ],
    )
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:41:51: lead unit 'UBND phường Bắc Sơn' no longer existed in the plan's year "
            "2024 (only until 30/06/2023)",
            "  hint: merged into UBND phường Tam Điệp from 01/07/2023: assign it to UBND phường "
            "Tam Điệp (both the cell's text and units)",
        ],
    )


def test_a_cooperating_unit_gone_and_one_not_yet_begun(tmp_path: Path) -> None:
    text = (
        HEAD
        + WARDS
        + target(
            "UBND phường Tam Điệp",
            "phuong-tam-diep",
            "UBND phường Bắc Sơn; UBND xã Yên Sơn",
            "phuong-bac-son, xa-yen-son",
        )
    )
    path = write(tmp_path, text.replace("  year: 2024", "  year: 2022"))
    # In 2022 Tam Điệp (from 01/07/2023) did not exist yet; Bắc Sơn and Yên Sơn did.
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:41:52: lead unit 'UBND phường Tam Điệp' did not exist yet in the plan's "
            "year 2022 (it exists from 01/07/2023)",
            "  hint: assign it to a unit that existed in 2022, or correct valid_from of "
            "'phuong-tam-diep' in the catalog",
        ],
    )
    path = write(tmp_path, text.replace("  year: 2024", "  year: 2025"))
    # In 2025 both cooperating units are gone: Yên Sơn merged 01/08/2024. Line 42: the quoted
    # text is columns 29-66, so "units: [" puts the ids at columns 77 and 93.
    code, shown = validate(path)
    assert code == 1
    assert shown == [
        f"{path}:42:77: đơn vị phối hợp 'UBND phường Bắc Sơn' không còn tồn tại trong năm 2025 "
        "của kế hoạch (chỉ đến 30/06/2023)",
        "  gợi ý: đã sáp nhập vào UBND phường Tam Điệp từ 01/07/2023: giao cho UBND phường Tam "
        "Điệp (sửa cả chữ trong ô, `text`, và mã đơn vị, `units`)",
        f"{path}:42:93: đơn vị phối hợp 'UBND xã Yên Sơn' không còn tồn tại trong năm 2025 "
        "của kế hoạch (chỉ đến 31/07/2024)",
        "  gợi ý: đã sáp nhập vào UBND phường Tam Điệp từ 01/08/2024: giao cho UBND phường Tam "
        "Điệp (sửa cả chữ trong ô, `text`, và mã đơn vị, `units`)",
    ]


def test_a_unit_ending_within_the_plans_year_is_fine(tmp_path: Path) -> None:
    # Yên Sơn ends on 31/07/2024: in the 2024 plan it leads until then, Tam Điệp after.
    path = write(tmp_path, HEAD + WARDS + target("UBND xã Yên Sơn", "xa-yen-son"))
    assert validate(path) == (0, [])
    # The collective lists a ward gone in 2023: a collective stands for the members of the day.
    path = write(tmp_path, HEAD + WARDS + target('"UBND các phường, xã"', "ubnd-cac-phuong-xa"))
    assert validate(path) == (0, [])


def test_a_rename_and_an_ending_without_successor_are_hinted(tmp_path: Path) -> None:
    units = WARDS.replace(
        "      valid_to: 31/07/2024\n      successor: phuong-tam-diep\n",
        "      valid_to: 31/12/2023\n",
    )
    renamed = units.replace("name: UBND phường Tam Điệp", "name: UBND phường Tam Điệp mới")
    text = (
        HEAD
        + renamed
        + target("UBND xã Yên Sơn", "xa-yen-son", "UBND phường Bắc Sơn", "phuong-bac-son")
    )
    path = write(tmp_path, text)
    # Bắc Sơn alone became Tam Điệp: a rename. Yên Sơn ended with no successor, a line less
    # than WARDS: the lead on line 40, cooperating on 41.
    assert validate(path, "--lang", "en") == (
        1,
        [
            f"{path}:40:47: lead unit 'UBND xã Yên Sơn' no longer existed in the plan's year 2024 "
            "(only until 31/12/2023)",
            "  hint: assign it to the unit doing this work now, or correct valid_to of "
            "'xa-yen-son' in the catalog",
            f"{path}:41:60: cooperating unit 'UBND phường Bắc Sơn' no longer existed in the "
            "plan's year 2024 (only until 30/06/2023)",
            "  hint: renamed UBND phường Tam Điệp mới from 01/07/2023: assign it to UBND phường "
            "Tam Điệp mới (both the cell's text and units)",
        ],
    )


# --- 4. carried_from names a target that exists ---------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """plans/2023 with target I.1 (marked carried to 2024/I.1: both ends name each other),
    plans/2024 whose I.1 is carried from 2023/I.1."""
    plain = HEAD + PLAIN  # units on lines 10-27: the group starts on line 28
    one = target("UBND phường Bắc Sơn", "phuong-bac-son")
    marked = one.replace(
        "      - id: I.1\n",
        "      - id: I.1\n        carried_to: 2024/I.1\n        carried_on: 31/12/2023\n",
    )
    write(
        tmp_path, plain.replace("year: 2024", "year: 2023") + marked, "plans/2023/phu_luc_01.yaml"
    )
    carried = one.replace("      - id: I.1\n", "      - id: I.1\n        carried_from: 2023/I.1\n")
    write(tmp_path, plain + carried, "plans/2024/phu_luc_01.yaml")
    return tmp_path / "plans" / "2024" / "phu_luc_01.yaml"


def test_carried_from_an_existing_target_passes(workspace: Path) -> None:
    assert validate(workspace) == (0, [])


@pytest.mark.parametrize(
    ("origin", "vi", "en"),
    [
        (
            "2024/I.1",
            ["chỉ tiêu I.1 ghi là chuyển từ chính nó (nguồn chuyển tiếp, `carried_from`)"],
            ["target I.1 is carried from itself (carried_from)"],
        ),
        (
            "2022/I.1",
            [
                "nguồn chuyển tiếp (`carried_from`) '2022/I.1': thư mục làm việc không có kế hoạch "
                "'2022'"
            ],
            ["carried_from '2022/I.1': the workspace has no plan '2022'"],
        ),
        (
            "2023/I.7",
            ["nguồn chuyển tiếp (`carried_from`) '2023/I.7': kế hoạch 2023 không có chỉ tiêu I.7"],
            ["carried_from '2023/I.7': plan 2023 has no target I.7"],
        ),
    ],
)
def test_a_dangling_or_self_carried_from_is_refused(
    workspace: Path, origin: str, vi: list[str], en: list[str]
) -> None:
    text = workspace.read_text(encoding="utf-8").replace("2023/I.1", origin)
    workspace.write_text(text, encoding="utf-8")
    hints = {
        "2024/I.1": (
            "nguồn chuyển tiếp (`carried_from`) ghi chỉ tiêu của kế hoạch trước mà chỉ tiêu này "
            "tiếp tục (ví dụ 2023/II.4); xóa dòng này nếu không có",
            "carried_from names the earlier plan's target this one continues (e.g. 2023/II.4); "
            "delete the line if there is none",
        ),
        "2022/I.1": (
            "kế hoạch '2022' là tệp plans/2022/phu_luc_01.yaml; sửa tên kế hoạch (cds plans liệt "
            "kê các kế hoạch)",
            "plan '2022' is the file plans/2022/phu_luc_01.yaml; correct the plan's name (cds "
            "plans lists the plans)",
        ),
        "2023/I.7": ("có phải ý bạn là 'I.1'?", "did you mean 'I.1'?"),
    }[origin]
    # carried_from is the line after I.1's id (line 32), so line 33; its value at column 23.
    assert validate(workspace) == (1, [f"{workspace}:33:23: {vi[0]}", f"  gợi ý: {hints[0]}"])
    assert validate(workspace, "--lang", "en") == (
        1,
        [f"{workspace}:33:23: {en[0]}", f"  hint: {hints[1]}"],
    )


def test_carried_from_is_not_checked_outside_a_workspace(workspace: Path, tmp_path: Path) -> None:
    """Alone (--registry PATH), a registry has no plan name and no plans beside it."""
    text = workspace.read_text(encoding="utf-8").replace("2023/I.1", "2022/I.9")
    alone = write(tmp_path, text, "data/phu_luc_01.yaml")
    assert validate(alone) == (0, [])


# --- 5. Loops of successors: linear, each reported once -------------------------------------


def _flow(unit_id: str, successor: str | None) -> str:
    tail = f", valid_to: 2024-01-31, successor: {successor}" if successor else ""
    return (
        f"    - {{id: {unit_id}, name: Đơn vị {unit_id.upper()}, kind: ward, source: user{tail}}}\n"
    )


def test_loops_of_one_two_and_a_thousand_are_reported_once_each(tmp_path: Path) -> None:
    ring = [f"l{i}" for i in range(1000)]
    units = _flow("a", "a") + _flow("p", "q") + _flow("q", "p")  # lines 10, 11, 12
    units += "".join(_flow(u, ring[(i + 1) % 1000]) for i, u in enumerate(ring))  # 13-1012
    units += _flow("t", "l500") + _flow("z", None)  # t runs into the ring: not a loop itself
    path = write(tmp_path, HEAD + units + "groups: []\n")
    code, shown = validate(path, "--lang", "en")
    assert code == 1
    hint = "  hint: a merged unit's successor must be a unit that was not merged back into it"
    assert shown == [
        f"{path}:10:90: the successors of unit 'a' go round in a loop: a → a",
        hint,
        f"{path}:11:90: the successors of unit 'p' go round in a loop: p → q → p",
        f"{path}:13:92: the successors of unit 'l0' go round in a loop: "
        + " → ".join([*ring, "l0"]),
    ]  # the hint once per run (docs/validation.md)


def test_a_loop_is_named_from_its_unit_written_first() -> None:
    # Written c, a, b with a → b → c → a: the walk from c finds the loop, named from c.
    units = {
        u: Unit(u, u.upper(), "ward", "user", valid_to="2024-01-31", successor=s)
        for u, s in (("c", "a"), ("a", "b"), ("b", "c"))
    }
    assert successor_loops(units) == [["c", "a", "b", "c"]]


def test_five_thousand_units_are_checked_in_under_a_second() -> None:
    """A chain u0 → u1 → … → u4999 (the cubic check took 71 s on 2,000), and the same chain
    closed into a loop: each walked once, by the rule and by the catalog's view of a day. (Reading
    a YAML file of 5,000 units takes longer than this, in ruamel's parser: not timed here.)"""
    n = 5000
    chain = [
        Unit(f"u{i}", f"Đơn vị {i}", "ward", "user", valid_to="2020-01-01", successor=f"u{i + 1}")
        for i in range(n - 1)
    ]
    chain.append(Unit(f"u{n - 1}", f"Đơn vị {n - 1}", "ward", "user"))
    closed = [
        *chain[:-1],
        Unit(f"u{n - 1}", "Cuối", "ward", "user", valid_to="2020-01-01", successor="u0"),
    ]
    start = time.perf_counter()
    open_findings = list(
        units_change_consistently(Parts(units=[(("u", i), u) for i, u in enumerate(chain)]))
    )
    loop_findings = list(
        units_change_consistently(Parts(units=[(("u", i), u) for i, u in enumerate(closed)]))
    )
    heirs = heirs_on({u.id: u for u in chain}, dt.date(2024, 1, 1))
    view = index_on(UnitIndex(chain), dt.date(2024, 1, 1))  # what every query as of a day uses
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"{elapsed:.2f} s"
    assert open_findings == []
    assert len(loop_findings) == 1 and loop_findings[0].path == ("u", 0, "successor")
    assert len(heirs) == n - 1 and set(heirs.values()) == {f"u{n - 1}"}
    assert view.heir("u0") == f"u{n - 1}"


def test_diff_sees_merged_into_and_successor_as_one_field() -> None:
    from cds_tracker.registry.diff import compare

    def catalog(**unit: str) -> dict[str, object]:
        base = {"id": "a", "name": "A", "kind": "ward", "source": "user", "valid_to": "2025-06-30"}
        return {"catalog": {"units": [{**base, **unit}]}, "groups": []}

    same = compare(catalog(successor="b"), catalog(merged_into="b"))
    assert same.units_changed == []
    other = compare(catalog(successor="b"), catalog(merged_into="c"))
    assert [change.id for change in other.units_changed] == ["a"]


def test_the_editor_schema_takes_merged_into() -> None:
    from cds_tracker.registry.schema import registry_schema

    properties = registry_schema()["$defs"]["Unit"]["properties"]
    assert properties["merged_into"]["anyOf"] == properties["successor"]["anyOf"]


# --- 6. The guide walks through the merger with real runs ----------------------------------

GUIDE = Path(__file__).parent.parent / "docs" / "huong-dan-su-dung.md"


def test_the_guide_runs_the_merger_it_describes() -> None:
    """tests/test_guide.py compares every run with what cds prints; here, that the merger
    section runs the steps a clerk takes, not prose only."""
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index("## Đơn vị thay đổi: sáp nhập, đổi tên\n")
    section = text[start : text.index("\n## ", start + 1)]
    assert "<!-- tệp: plans/don_vi_thay_doi.yaml -->" in section
    runs = re.findall(r"<!-- chạy([^:]*): (.+?) -->", section)
    assert [(options, command.split(" --")[0]) for options, command in runs] == [
        ("", "cds units"),
        ("", "cds progress add I.2"),  # Bắc Sơn on 15/06/2025: recorded
        (" thoát=2", "cds progress add I.2"),  # Bắc Sơn on 05/09/2025: refused
        ("", "cds progress add I.2"),  # Tam Điệp reports in its place
        ("", "cds report"),
        ("", "cds carry-over"),  # the unfinished 2025 targets into 2026, for Tam Điệp
        ("", "cds validate plans/2026"),  # valid as carried
        ("", "cds report"),  # Tam Điệp's carried targets
    ]
    assert "--as-of 01/07/2025" in runs[0][1]
    assert '--unit "Phường Bắc Sơn"' in runs[1][1] and "--date 15/06/2025" in runs[1][1]
    assert '--unit "Phường Bắc Sơn"' in runs[2][1] and "--date 05/09/2025" in runs[2][1]
    assert '--unit "Phường Tam Điệp"' in runs[4][1]


def test_the_guide_generator_moves_its_clock(tmp_path: Path) -> None:
    """`<!-- đồng hồ: … -->` moves the guide's stopped clock (01/11/2023) for what follows."""
    from test_guide import load_tool

    page = "<!-- đồng hồ: 01/10/2025 09:00 -->\n<!-- chạy đầu=2: cds due -->\n<!-- /chạy -->\n"
    done = load_tool().generate(page, tmp_path)
    assert "Chỉ tiêu đến hạn tháng 10/2025 (tình trạng đến ngày 01/10/2025)" in done.text

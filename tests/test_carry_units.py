"""Carry-over across units that changed: a 2024 plan's unfinished targets carried into 2025 after
two wards were merged (01/07/2024) and a department renamed (01/03/2024) name, in 2025, the units
that answer for them on 01/01/2025, so the carried plan is valid as written. And the words of a
chain of changes (renamed, then merged), and of a plan catalog that wrote `merged_into`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.discovery import bundled_registry
from cds_tracker.cli import app
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from ward_merger import merger_units

runner = CliRunner()

CHANGES = (
    "units:\n"
    + merger_units(2024)
    + """\
  - id: phong-kinh-te
    valid_to: 29/02/2024
    successor: phong-kinh-te-ha-tang-do-thi
  - id: phong-kinh-te-ha-tang-do-thi
    name: Phòng Kinh tế, Hạ tầng và Đô thị
    kind: department
    source: user
    valid_from: 01/03/2024
"""
)
# The rename above, then the renamed department and Phòng Quản lý đô thị merged into one.
CHAIN = """\
  - id: phong-kinh-te-ha-tang-do-thi
    name: Phòng Kinh tế, Hạ tầng và Đô thị
    kind: department
    source: user
    valid_from: 01/03/2024
    valid_to: 30/06/2024
    merged_into: phong-kinh-te-tong-hop
  - id: phong-quan-ly-do-thi
    valid_to: 30/06/2024
    successor: phong-kinh-te-tong-hop
  - id: phong-kinh-te-tong-hop
    name: Phòng Kinh tế tổng hợp
    kind: department
    source: user
    valid_from: 01/07/2024
"""
EMPTY = {"text": "", "units": []}


def cds(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


def ok(*args: str, input: str | None = None) -> str:
    result = cds(*args, input=input)
    assert result.exit_code == 0, result.output
    return str(result.output)


def _cell(text: str, *units: str) -> dict[str, Any]:
    return {"text": text, "units": list(units)}


def _target(n: int, content: str, cells: tuple[Any, Any, Any], due: str) -> dict[str, Any]:
    month, year = due.split("/")
    directing, lead, cooperating = cells
    return {
        "id": f"I.{n}",
        "number": n,
        "content": content,
        "directing": directing,
        "lead": lead,
        "cooperating": cooperating,
        "deadline": {"text": f"Tháng {due}", "due": f"{year}-{int(month):02d}"},
        "notes": "",
    }


def _plan(root: Path, year: int, targets: list[dict[str, Any]]) -> None:
    data = parse(bundled_registry().read_text(encoding="utf-8"))
    data["document"]["year"] = year
    data["groups"] = [{"id": "I", "title": "Dữ liệu số", "targets": targets}]
    path = root / "plans" / str(year) / "phu_luc_01.yaml"
    (path.parent / "progress").mkdir(parents=True)
    path.write_text(to_yaml(data), encoding="utf-8")


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2024: I.1 led by the two wards (directed by Bắc Sơn's chairman), I.2 directed by
    the head of Phòng Kinh tế and led by it and Bắc Sơn, I.3 by Phòng Y tế; plans/2025: one
    target. Reports: Bắc Sơn finished I.1 on 10/05/2024 but Nam Sơn, later, on 20/06/2024, says
    it is in progress — Tam Điệp's part of I.1 is the latest of the two, unfinished; Phòng Kinh
    tế finished its part of I.2 on 10/02/2024 (before its rename); Phòng Y tế finished I.3."""
    monkeypatch.chdir(tmp_path)
    _plan(
        tmp_path,
        2024,
        [
            _target(
                1,
                "Số hóa hồ sơ hộ tịch của hai phường.",
                (
                    _cell("Chủ tịch UBND phường Bắc Sơn", "phuong-bac-son"),
                    _cell("Phường Bắc Sơn, phường Nam Sơn", "phuong-bac-son", "phuong-nam-son"),
                    _cell("Phòng Y tế", "phong-y-te"),
                ),
                "5/2024",
            ),
            _target(
                2,
                "Xây dựng bản đồ số hạ tầng.",
                (
                    _cell("Trưởng phòng Kinh tế", "phong-kinh-te"),
                    _cell("Phòng Kinh tế; UBND phường Bắc Sơn", "phong-kinh-te", "phuong-bac-son"),
                    _cell("UBND các phường, xã", "ubnd-cac-phuong-xa"),
                ),
                "12/2024",
            ),
            _target(
                3,
                "Cấp hồ sơ sức khỏe điện tử.",
                (EMPTY, _cell("Phòng Y tế", "phong-y-te"), EMPTY),
                "10/2024",
            ),
        ],
    )
    _plan(
        tmp_path,
        2025,
        [
            _target(
                1,
                "Chuyển đổi số trạm y tế.",
                (EMPTY, _cell("Phòng Y tế", "phong-y-te"), EMPTY),
                "6/2025",
            )
        ],
    )
    (tmp_path / "plans/don_vi_thay_doi.yaml").write_text(CHANGES, encoding="utf-8")
    for target, unit, status, day in (
        ("I.1", "Bắc Sơn", "hoàn thành", "10/05/2024"),
        ("I.1", "Nam Sơn", "đang thực hiện", "20/06/2024"),
        ("I.2", "Phòng Kinh tế", "hoàn thành", "10/02/2024"),
        ("I.3", "Phòng Y tế", "hoàn thành", "10/09/2024"),
    ):
        ok(
            "--plan",
            "2024",
            "progress",
            "add",
            target,
            "--unit",
            unit,
            "--status",
            status,
            "--date",
            day,
        )
    assert cds("validate", "plans/2024").exit_code == 0
    assert cds("validate", "plans/2025").exit_code == 0
    return tmp_path


def _said(output: str) -> str:
    """The proposal's words, table borders and line wraps left out."""
    lines = [line.strip("|│ ") for line in output.splitlines()]
    return " ".join(line for line in lines if line)


CARRY = ("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024")


def test_carried_targets_name_the_units_of_the_new_year(plans: Path) -> None:
    proposal = cds("--lang", "en", *CARRY, input="n\n")
    assert proposal.exit_code == 0, proposal.output
    table = [line for line in proposal.output.splitlines() if line[:1] in "|+╭│├╰"]
    assert len(table) > 10 and [line for line in table if len(line) > 80] == []
    said = _said(proposal.output)
    # I.3 was finished: two targets carried, each line of a replaced unit once per target.
    assert "2 unfinished targets of plan 2024 would be carried" in said
    assert said.count("UBND phường Bắc Sơn → UBND phường Tam Điệp (merged from 01/07/2024)") == 2
    assert said.count("UBND phường Nam Sơn → UBND phường Tam Điệp (merged from 01/07/2024)") == 1
    assert (
        said.count("Phòng Kinh tế → Phòng Kinh tế, Hạ tầng và Đô thị (renamed from 01/03/2024)")
        == 1
    )
    assert "Nothing was written." in said
    assert "carried_from" not in (plans / "plans/2025/phu_luc_01.yaml").read_text(encoding="utf-8")

    result = cds(*CARRY, "--yes")
    assert result.exit_code == 0, result.output
    said = _said(result.output)
    assert said.count("UBND phường Bắc Sơn → UBND phường Tam Điệp (sáp nhập từ 01/07/2024)") == 2
    assert "UBND phường Nam Sơn → UBND phường Tam Điệp (sáp nhập từ 01/07/2024)" in said
    assert "Phòng Kinh tế → Phòng Kinh tế, Hạ tầng và Đô thị (đổi tên từ 01/03/2024)" in said
    assert "Đã ghi 2 chỉ tiêu vào plans/2025/phu_luc_01.yaml." in said

    data = parse((plans / "plans/2025/phu_luc_01.yaml").read_text(encoding="utf-8"))
    carried = data["groups"][0]["targets"][1:]
    cells = [
        (t["id"], t["carried_from"], *((t[r]["text"], t[r]["units"]) for r in ROLES))
        for t in carried
    ]
    assert cells == [
        (
            "I.2",
            "2024/I.1",
            ("Chủ tịch UBND phường Tam Điệp", ["phuong-tam-diep"]),
            ("UBND phường Tam Điệp", ["phuong-tam-diep"]),  # two wards that became one: once
            ("Phòng Y tế", ["phong-y-te"]),
        ),
        (
            "I.3",
            "2024/I.2",
            ("Trưởng phòng Kinh tế, Hạ tầng và Đô thị", ["phong-kinh-te-ha-tang-do-thi"]),
            (
                "Phòng Kinh tế, Hạ tầng và Đô thị; UBND phường Tam Điệp",
                ["phong-kinh-te-ha-tang-do-thi", "phuong-tam-diep"],
            ),
            ("UBND các phường, xã", ["ubnd-cac-phuong-xa"]),  # a collective: kept
        ),
    ]
    assert [t["deadline"] for t in carried] == [{"text": "Tháng 12/2025", "due": "2025-12"}] * 2
    # Tam Điệp's part of I.1 was unfinished (Nam Sơn's later report), so Bắc Sơn's `done` is
    # not copied, Nam Sơn's last report is (where the part stood); Phòng Kinh tế's part of I.2
    # was finished, and is, for its new name.
    assert sorted(p.name for p in (plans / "plans/2025/progress").glob("*.yaml")) == [
        "phong-kinh-te.yaml",
        "phuong-nam-son.yaml",
    ]
    checked = cds("validate", "plans/2025")
    # the registry, its progress file and the changes file it reads
    assert (checked.exit_code, checked.output) == (0, "Hợp lệ: 4 tệp.\n")

    report = json.loads(
        ok(
            "--plan",
            "2025",
            "report",
            "--unit",
            "Phường Tam Điệp",
            "--as-of",
            "15/01/2025",
            "-f",
            "json",
        )
    )
    assert [(t["id"], t["roles"], t["status"], t["unit_status"]) for t in report] == [
        ("I.2", ["directing", "lead"], "in_progress", "in_progress"),  # Nam Sơn's, carried
        ("I.3", ["lead", "cooperating"], "in_progress", "not_started"),  # Kinh tế's part done
    ]
    # The totals count Tam Điệp's own parts (a unit is urged for what it owes): I.2 where Nam
    # Sơn left it, I.3 not started (in progress for the city only through Phòng Kinh tế's part).
    for lang, total in (
        ("vi", "Tổng: 2 chỉ tiêu — Đang thực hiện: 1; Chưa thực hiện: 1"),
        ("en", "Total: 2 targets — In progress: 1; Not started: 1"),
    ):
        shown = ok(
            "--lang",
            lang,
            "--plan",
            "2025",
            "report",
            "--unit",
            "Phường Tam Điệp",
            "--as-of",
            "15/01/2025",
        )
        assert total in shown
        # Each carried target is cited by its origin under its id, as documents cite it.
        assert len(re.findall(r"I\.\d+ \(2024\)", shown)) == 2, shown
    gone = cds("--plan", "2025", "report", "--unit", "Bắc Sơn", "--as-of", "15/01/2025")
    assert gone.exit_code == 2
    # Carried once: again, nothing is proposed.
    again = cds(*CARRY, "--yes")
    assert (again.exit_code, again.output) == (
        0,
        "Kế hoạch 2024 không còn chỉ tiêu chưa hoàn thành nào để chuyển vào "
        "plans/2025/phu_luc_01.yaml (2 chỉ tiêu đã chuyển trước đây); chưa ghi gì.\n",
    )


ROLES = ("directing", "lead", "cooperating")


def test_a_rename_then_a_merger_is_said_as_it_happened(plans: Path) -> None:
    """Phòng Kinh tế renamed (01/03/2024), then merged with Phòng Quản lý đô thị (01/07/2024):
    the hint once said "renamed Phòng Kinh tế tổng hợp"."""
    (plans / "plans/don_vi_thay_doi.yaml").write_text(
        CHANGES.split("  - id: phong-kinh-te-ha-tang-do-thi")[0] + CHAIN, encoding="utf-8"
    )
    path = plans / "plans/2025/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "text: Phòng Y tế\n          units:\n            - phong-y-te",
            "text: Phòng Kinh tế\n          units:\n            - phong-kinh-te",
        ),
        encoding="utf-8",
    )
    for lang, hint in (
        (
            "vi",
            "  gợi ý: đã đổi tên thành Phòng Kinh tế, Hạ tầng và Đô thị từ 01/03/2024, rồi sáp "
            "nhập vào Phòng Kinh tế tổng hợp từ 01/07/2024: giao cho Phòng Kinh tế tổng hợp (sửa "
            "cả chữ trong ô, `text`, và mã đơn vị, `units`)",
        ),
        (
            "en",
            "  hint: renamed Phòng Kinh tế, Hạ tầng và Đô thị from 01/03/2024, then merged into "
            "Phòng Kinh tế tổng hợp from 01/07/2024: assign it to Phòng Kinh tế tổng hợp (both "
            "the cell's text and units)",
        ),
    ):
        result = cds("--lang", lang, "validate", "plans/2025")
        assert result.exit_code == 1
        assert hint in result.output.splitlines(), result.output
    gone = cds(
        "--lang",
        "en",
        "--plan",
        "2024",
        "report",
        "--unit",
        "Phòng Kinh tế",
        "--as-of",
        "01/08/2024",
    )
    assert gone.output.splitlines()[0] == (
        "cds: error: Phòng Kinh tế did not exist on 01/08/2024: renamed Phòng Kinh tế, Hạ tầng "
        "và Đô thị from 01/03/2024, then merged into Phòng Kinh tế tổng hợp from 01/07/2024"
    )
    # Carried, I.2's directing and lead name the unit at the end of the chain, and say how.
    path.write_text(text, encoding="utf-8")
    said = _said(ok("--lang", "en", *CARRY, input="n\n"))
    assert (
        "Phòng Kinh tế → Phòng Kinh tế tổng hợp (renamed from 01/03/2024, then merged from "
        "01/07/2024)" in said
    )


def test_a_plan_that_wrote_merged_into_is_told_merged_into(plans: Path) -> None:
    path = plans / "plans/2025/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "    - id: phuong-yen-binh\n      name: UBND phường Yên Bình\n"
    assert anchor in text
    path.write_text(
        text.replace(
            anchor, anchor + "      valid_to: 30/06/2024\n      merged_into: phuong-tam-diep\n"
        ),
        encoding="utf-8",
    )
    line = text[: text.index(anchor)].count("\n") + 3
    result = cds("--lang", "en", "validate", "plans/2025")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == (
        f"plans/2025/phu_luc_01.yaml:{line}:7: valid_to of unit 'phuong-yen-binh' (30/06/2024) is "
        "written in this plan's catalog but plans/don_vi_thay_doi.yaml does not say so: unit "
        "changes hold for every plan"
    )
    # valid_to alone is reported (one finding per unit); with the days agreeing, the key the
    # plan wrote is named, at its line.
    (plans / "plans/don_vi_thay_doi.yaml").write_text(
        CHANGES + "  - id: phuong-yen-binh\n    valid_to: 30/06/2024\n", encoding="utf-8"
    )
    result = cds("--lang", "en", "validate", "plans/2025")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"plans/2025/phu_luc_01.yaml:{line + 1}:7: merged_into of unit 'phuong-yen-binh' "
        "(phuong-tam-diep) is written in this plan's catalog but plans/don_vi_thay_doi.yaml does "
        "not say so: unit changes hold for every plan"
    ), result.output


def _catalog(changes: str) -> Any:
    """The shipped catalog with `changes` (a changes file's entries) applied by hand."""
    from cds_tracker.core.records import Unit
    from cds_tracker.registry.units import UnitIndex

    data = parse(bundled_registry().read_text(encoding="utf-8"))["catalog"]
    raw = {u["id"]: dict(u) for u in data["units"]}
    for entry in parse(changes)["units"]:
        entry = {("successor" if k == "merged_into" else k): v for k, v in entry.items()}
        for key in ("valid_from", "valid_to"):
            if key in entry:
                entry[key] = "-".join(reversed(str(entry[key]).split("/")))
        raw[entry["id"]] = {**raw.get(entry["id"], {}), **entry}
    units = [
        Unit(**{k: tuple(v) if isinstance(v, list) else v for k, v in u.items()})
        for u in raw.values()
    ]
    return UnitIndex(units, data["official_titles"])


@pytest.mark.parametrize(
    ("text", "units", "year", "carried"),
    [
        (  # "và" between two wards that became one: one name, the rest as written
            "Phường Bắc Sơn và phường Nam Sơn; Phòng Nội vụ",
            ["phuong-bac-son", "phuong-nam-son", "phong-noi-vu"],
            2025,
            ("UBND phường Tam Điệp; Phòng Nội vụ", ["phuong-tam-diep", "phong-noi-vu"]),
        ),
        (  # the successor already named: once
            "Phòng Y tế; UBND phường Tam Điệp; Phường Nam Sơn",
            ["phong-y-te", "phuong-tam-diep", "phuong-nam-son"],
            2025,
            ("Phòng Y tế; UBND phường Tam Điệp", ["phong-y-te", "phuong-tam-diep"]),
        ),
        (  # merged within the new plan's year: still there on its first day, kept
            "Phường Bắc Sơn",
            ["phuong-bac-son"],
            2024,
            ("Phường Bắc Sơn", ["phuong-bac-son"]),
        ),
        (  # a collective stands for the members of each day: kept
            "UBND các phường, xã",
            ["ubnd-cac-phuong-xa"],
            2025,
            ("UBND các phường, xã", ["ubnd-cac-phuong-xa"]),
        ),
    ],
)
def test_a_cell_changes_only_in_the_names_of_units_gone(
    text: str, units: list[str], year: int, carried: tuple[str, list[str]]
) -> None:
    import datetime as dt

    from cds_tracker.questions.carry_over import _answering

    data = {"directing": EMPTY, "lead": _cell(text, *units), "cooperating": dict(EMPTY)}
    moved = _answering(data, _catalog(CHANGES), dt.date(year, 1, 1))
    assert (data["lead"]["text"], data["lead"]["units"]) == carried
    assert [after for _, after in moved] == (["phuong-tam-diep"] * len(moved))
    assert bool(moved) == (carried[0] != text)

"""Units that change over time, through the commands: validity dates as people write them, the
catalog on a day, and the work of merged wards passing to the ward they became part of."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry

runner = CliRunner()
BAC_SON = "    - id: phuong-bac-son\n      name: UBND phường Bắc Sơn\n"
NAM_SON = "    - id: phuong-nam-son\n      name: UBND phường Nam Sơn\n"


def _merged(valid_to: str, valid_from: str) -> tuple[tuple[str, str], ...]:
    """Bắc Sơn and Nam Sơn end on `valid_to`; phường Tam Điệp begins on `valid_from`."""
    return (
        (BAC_SON, BAC_SON + f"      valid_to: {valid_to}\n      successor: phuong-tam-diep\n"),
        (NAM_SON, NAM_SON + f"      valid_to: {valid_to}\n      successor: phuong-tam-diep\n"),
        (
            BAC_SON,
            "    - id: phuong-tam-diep\n      name: UBND phường Tam Điệp\n      kind: ward\n"
            f"      source: user\n      valid_from: {valid_from}\n" + BAC_SON,
        ),
    )


@pytest.mark.parametrize(
    ("valid_to", "valid_from"),
    [
        ("2025-06-30", "2025-07-01"),  # a YAML date, unquoted
        ("'2025-06-30'", "'2025-07-01'"),  # quoted, as before
        ("30/06/2025", "01/07/2025"),  # as Vietnamese offices write a day
        ("'30/6/2025'", "1/7/2025"),
    ],
)
def test_validity_days_as_people_write_them(
    write_registry: Callable[..., Path], valid_to: str, valid_from: str
) -> None:
    path = write_registry(*_merged(valid_to, valid_from))
    result = load_registry(path)
    assert list(result.problems) == []
    assert result.registry is not None
    units = {u.id: u for u in result.registry.catalog.units}
    assert (units["phuong-bac-son"].valid_to, units["phuong-tam-diep"].valid_from) == (
        "2025-06-30",
        "2025-07-01",
    )
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0


@pytest.mark.parametrize(
    ("bad", "why"),  # the latter an unquoted YAML day; why each is none (`date_flaw`)
    [("31/06/2025", "month 6 has only 30 days"), ("2025-02-30", "February 2025 has only 28 days")],
)
def test_bad_validity_days_are_located(
    write_registry: Callable[..., Path], english: None, bad: str, why: str
) -> None:
    path = write_registry(*_merged(bad, "2025-07-01 08:00:00"))
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    found = [line for line in result.output.splitlines() if line.startswith(str(path))]
    # Tam Điệp is written above Bắc Sơn (lines 161-165), Bắc Sơn's valid_to is its line 168,
    # Nam Sơn's (after Bắc Sơn's kind, source and two aliases) line 177.
    assert found == [
        f"{path}:165:19: 'valid_from': '2025-07-01 08:00:00' is not a day (dd/mm/yyyy or "
        "yyyy-mm-dd)",
        f"{path}:168:17: 'valid_to': '{bad}' is not a day (dd/mm/yyyy or yyyy-mm-dd): {why}",
        f"{path}:177:17: 'valid_to': '{bad}' is not a day (dd/mm/yyyy or yyyy-mm-dd): {why}",
    ]


# The merged-ward scenario: from 01/07/2025 phường Bắc Sơn and phường Nam Sơn are one ward,
# phường Tam Điệp. A 2025 plan with four targets:
#   I.1 lead "UBND các phường, xã" (9 wards and communes until 30/06, 8 from 01/07), due 09/2025
#   I.2 lead "UBND phường Bắc Sơn", due 08/2025
#   I.3 lead "UBND phường Nam Sơn; Phòng Nội vụ", due 05/2025
#   I.4 lead "Phòng Y tế", cooperating "UBND phường Bắc Sơn", due 12/2025
OTHERS = (
    "phuong-trung-son",
    "phuong-tay-son",
    "phuong-tan-binh",
    "phuong-yen-binh",
    "xa-dong-son",
    "xa-quang-son",
    "xa-yen-son",
)


def _target(number: int, content: str, lead: tuple[str, list[str]], due: str, **more: Any) -> Any:
    month, year = due.split("/")
    cooperating = more.get("cooperating", ("", []))
    return {
        "id": f"I.{number}",
        "number": number,
        "content": content,
        "directing": {"text": "", "units": []},
        "lead": {"text": lead[0], "units": lead[1]},
        "cooperating": {"text": cooperating[0], "units": cooperating[1]},
        "deadline": {"text": f"Tháng {due}", "due": f"{year}-{int(month):02d}"},
        "notes": "",
    }


@pytest.fixture
def wards(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A 2025 plan (cds init, then its catalog and targets edited as a clerk would)."""
    from cds_tracker.app.setup import init_registry
    from cds_tracker.registry.importing.writing import to_yaml
    from cds_tracker.registry.yamlio import parse

    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "data")
    path = tmp_path / "data" / "phu_luc_01.yaml"
    data = parse(path.read_text(encoding="utf-8"))
    data["document"]["year"] = 2025
    units = data["catalog"]["units"]
    for unit in units:
        if unit["id"] in ("phuong-bac-son", "phuong-nam-son"):
            unit.update(valid_to="2025-06-30", successor="phuong-tam-diep")
        if unit["id"] == "ubnd-cac-phuong-xa":
            unit["members"].append("phuong-tam-diep")
    at = next(i for i, u in enumerate(units) if u["id"] == "phuong-trung-son")
    units.insert(
        at,
        {
            "id": "phuong-tam-diep",
            "name": "UBND phường Tam Điệp",
            "kind": "ward",
            "source": "user",
            "aliases": ["Phường Tam Điệp"],
            "valid_from": "2025-07-01",
        },
    )
    data["groups"] = [
        {
            "id": "I",
            "title": "Dữ liệu số",
            "targets": [
                _target(
                    1,
                    "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính.",
                    ("UBND các phường, xã", ["ubnd-cac-phuong-xa"]),
                    "9/2025",
                ),
                _target(
                    2,
                    "Số hóa sổ hộ tịch của phường Bắc Sơn.",
                    ("UBND phường Bắc Sơn", ["phuong-bac-son"]),
                    "8/2025",
                ),
                _target(
                    3,
                    "Rà soát dữ liệu dân cư phường Nam Sơn.",
                    ("UBND phường Nam Sơn; Phòng Nội vụ", ["phuong-nam-son", "phong-noi-vu"]),
                    "5/2025",
                ),
                _target(
                    4,
                    "Cấp hồ sơ sức khỏe điện tử.",
                    ("Phòng Y tế", ["phong-y-te"]),
                    "12/2025",
                    cooperating=("UBND phường Bắc Sơn", ["phuong-bac-son"]),
                ),
            ],
        }
    ]
    path.write_text(to_yaml(data), encoding="utf-8")
    assert ok("validate") == "Hợp lệ: 1 tệp.\n"
    for unit in OTHERS:
        add("I.1", unit, "done", "20/05/2025")
    add("I.1", "phuong-bac-son", "done", "10/06/2025")
    add("I.1", "phuong-nam-son", "in_progress", "20/06/2025")
    add("I.2", "phuong-bac-son", "in_progress", "15/06/2025")
    add("I.3", "phong-noi-vu", "done", "10/05/2025")
    return tmp_path


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


def add(target: str, unit: str, status: str, day: str) -> None:
    ok("progress", "add", target, "--unit", unit, "--status", status, "--date", day)


def statuses(as_of: str) -> list[tuple[str, str, int | None, int, int]]:
    rows = json.loads(ok("list", "--as-of", as_of, "--format", "json"))
    return [
        (r["id"], r["status"], r["days_late"], r["units_done"], r["units_required"]) for r in rows
    ]


def test_merged_wards_statuses_by_hand(wards: Path) -> None:
    # 30/06/2025, the last day of the old wards. I.1: 9 wards and communes, 8 done (Nam Sơn in
    # progress). I.3 was due 31/05: late by 30 days, Phòng Nội vụ done, Nam Sơn not.
    assert statuses("30/06/2025") == [
        ("I.1", "in_progress", None, 8, 9),
        ("I.2", "in_progress", None, 0, 1),
        ("I.3", "late", 30, 1, 2),
        ("I.4", "not_started", None, 0, 1),
    ]
    # 15/07/2025: Tam Điệp answers for both parts of I.1, one each (issue 16): Bắc Sơn's done
    # (10/06), Nam Sơn's in progress (20/06), so still 8 of 9. I.2 and I.3 are now Tam Điệp's;
    # I.3 late 45 days.
    assert statuses("15/07/2025") == [
        ("I.1", "in_progress", None, 8, 9),
        ("I.2", "in_progress", None, 0, 1),
        ("I.3", "late", 45, 1, 2),
        ("I.4", "not_started", None, 0, 1),
    ]
    # Entries after the merge, by the new ward, on the targets named for the old ones.
    add("I.2", "Phường Tam Điệp", "done", "05/09/2025")
    add("I.3", "Phường Tam Điệp", "done", "10/09/2025")
    add("I.1", "Phường Tam Điệp", "done", "25/09/2025")
    # 30/09/2025: I.1 done on 25/09 (Tam Điệp's "done" finishes Nam Sơn's part; Bắc Sơn's
    # stays done on 10/06), within September; I.2 done 5 days after 31/08; I.3 done 102 days
    # after 31/05 (30 + 31 + 31 + 10).
    assert statuses("30/09/2025") == [
        ("I.1", "done", None, 9, 9),
        ("I.2", "done_late", 5, 1, 1),
        ("I.3", "done_late", 102, 2, 2),
        ("I.4", "not_started", None, 0, 1),
    ]
    assert statuses("30/06/2025")[0] == ("I.1", "in_progress", None, 8, 9)  # the past stands


def test_successor_answers_for_what_its_predecessors_owed(wards: Path) -> None:
    rows = json.loads(
        ok("report", "--unit", "Phường Tam Điệp", "--as-of", "15/07/2025", "--format", "json")
    )
    assert [
        (r["id"], r["roles"], r["role_details"], r["unit_status"], r["unit_reported"]) for r in rows
    ] == [
        (
            "I.1",
            ["lead"],
            [{"role": "lead", "via": "UBND các phường, xã", "in_place_of": None}],
            "in_progress",
            None,  # Nam Sơn's report of 20/06 is Nam Sơn's (in `unit_parts`), not Tam Điệp's
        ),
        (
            "I.2",
            ["lead"],
            [{"role": "lead", "via": None, "in_place_of": "UBND phường Bắc Sơn"}],
            "in_progress",
            None,  # Bắc Sơn's, of 15/06
        ),
        (
            "I.3",
            ["lead"],
            [{"role": "lead", "via": None, "in_place_of": "UBND phường Nam Sơn"}],
            "late",
            None,
        ),
        (
            "I.4",
            ["cooperating"],
            [{"role": "cooperating", "via": None, "in_place_of": "UBND phường Bắc Sơn"}],
            None,
            None,
        ),
    ]


def test_merged_ward_is_not_urged_its_successor_is(wards: Path) -> None:
    # 01/09/2025: I.3 late by 93 days (30 + 31 + 31 + 1; Nam Sơn's part, now Tam Điệp's), I.2
    # late by 1 (Bắc Sơn's, now Tam Điệp's); I.1 due this month, Tam Điệp's part in progress.
    late = json.loads(ok("late", "--by-unit", "--as-of", "01/09/2025", "--format", "json"))
    assert [(r["unit"], r["id"], r["days_late"]) for r in late] == [
        ("UBND phường Tam Điệp", "I.3", 93),
        ("UBND phường Tam Điệp", "I.2", 1),
    ]
    # The committee's overview counts them under Tam Điệp too; Phòng Nội vụ did its part of I.3.
    units = json.loads(ok("summary", "--as-of", "01/09/2025", "--format", "json"))["units"]
    assert units == [
        {"unit": "UBND phường Tam Điệp", "leads": 2, "late": 2},
        {"unit": "Phòng Nội vụ", "leads": 1, "late": 0},
        {"unit": "Phòng Y tế", "leads": 1, "late": 0},
        {"unit": "UBND các phường, xã", "leads": 1, "late": 0},
    ]
    text = ok("late", "--by-unit", "--as-of", "01/09/2025")
    headings = [line for line in text.splitlines() if line.startswith("UBND")]
    assert headings == ["UBND phường Tam Điệp (2)"]
    notes = json.loads(ok("remind", "--as-of", "01/09/2025", "--format", "json"))
    # One note, to Tam Điệp, for its own parts (questions/reminders.py): I.1 through "UBND các
    # phường, xã" (of its 8 members in September only Tam Điệp still owes), I.2 and I.3 in place
    # of Bắc Sơn and Nam Sơn; no note to the collective.
    assert [
        (
            n["unit_id"],
            t["id"],
            t["via"],
            t["unit_status"],
            t["unit_last_status"],
            t["unit_reported"],
        )
        for n in notes
        for t in n["targets"]
    ] == [
        # Nam Sơn's report of 20/06, now Tam Điệp's
        (
            "phuong-tam-diep",
            "I.1",
            "UBND các phường, xã",
            "in_progress",
            "in_progress",
            "2025-06-20",
        ),
        ("phuong-tam-diep", "I.2", None, "late", "in_progress", "2025-06-15"),
        ("phuong-tam-diep", "I.3", None, "late", None, None),
    ]
    # Before the merge, the old wards were urged under their own names (I.3 late since 01/06).
    before = json.loads(ok("remind", "--as-of", "15/06/2025", "--format", "json"))
    assert [(n["unit_id"], [t["id"] for t in n["targets"]]) for n in before] == [
        ("phuong-nam-son", ["I.3"]),
    ]


def test_a_merged_ward_has_no_letter_after_its_merger(wards: Path, english: None) -> None:
    gone = runner.invoke(app, ["remind", "--unit", "Bắc Sơn", "--as-of", "01/09/2025"])
    assert gone.exit_code == 2
    assert gone.output.splitlines() == [
        "cds: error: UBND phường Bắc Sơn did not exist on 01/09/2025: merged into UBND phường "
        "Tam Điệp from 01/07/2025",
        '  hint: use --unit "UBND phường Tam Điệp", or an earlier --as-of',
    ]
    letters = runner.invoke(
        app,
        [
            "remind",
            "--unit",
            "Tam Điệp",
            "--as-of",
            "01/09/2025",
            "--format",
            "docx",
            "--out",
            "thu",
        ],
    )
    assert letters.exit_code == 0, letters.output
    assert sorted(p.name for p in (wards / "thu").iterdir()) == [
        "don-doc-2025-09-phuong-tam-diep.docx"
    ]


def test_units_on_a_day(wards: Path, english: None) -> None:
    def listed(*args: str) -> dict[str, tuple[Any, ...]]:
        rows = json.loads(ok("units", "--format", "json", *args))
        return {
            r["id"]: (r["lead"], r["cooperating"], r["valid_from"], r["valid_to"], r["merged_into"])
            for r in rows
            if r["kind"] == "ward"
        }

    # The whole catalog: the six wards of 2023 and Tam Điệp, each with its days; counts as named.
    everything = listed()
    assert everything["phuong-bac-son"] == (1, 1, None, "2025-06-30", None)
    assert everything["phuong-tam-diep"] == (0, 0, "2025-07-01", None, None)
    assert len(everything) == 7
    # 30/06/2025: the six old wards; Tam Điệp does not exist yet.
    june = listed("--as-of", "30/06/2025")
    assert sorted(june) == sorted(
        ["phuong-bac-son", "phuong-nam-son", *[u for u in OTHERS if u.startswith("phuong")]]
    )
    assert june["phuong-nam-son"] == (1, 0, None, "2025-06-30", None)
    # 01/07/2025: Tam Điệp leads I.2 and I.3 and cooperates on I.4 in their place; they are
    # listed as merged into it, answering for nothing.
    july = listed("--as-of", "01/07/2025")
    assert july["phuong-tam-diep"] == (2, 1, "2025-07-01", None, None)
    assert july["phuong-bac-son"] == (0, 0, None, "2025-06-30", "UBND phường Tam Điệp")
    assert july["phuong-nam-son"] == (0, 0, None, "2025-06-30", "UBND phường Tam Điệp")
    text = ok("units", "--as-of", "01/07/2025", "--format", "markdown")
    assert "Unit catalog on 01/07/2025 (37)" in text  # the 36 units shipped and Tam Điệp
    lines = [
        line
        for line in text.splitlines()
        if line.startswith(("| phuong-bac-son ", "| phuong-tam-diep "))
    ]
    assert lines == [
        "| phuong-bac-son | UBND phường Bắc Sơn | Ward | Phường Bắc Sơn; Bắc Sơn | 0 | 0 | 0 | "
        "merged into UBND phường Tam Điệp (until 30/06/2025) |",
        "| phuong-tam-diep | UBND phường Tam Điệp | Ward | Phường Tam Điệp | 0 | 2 (+1) | 1 | "
        "from 01/07/2025 |",
    ]
    whole = ok("units", "--format", "markdown")
    assert "| until 30/06/2025 then merged into UBND phường Tam Điệp |" in whole


def test_unit_days_and_successors_checked_in_vietnamese(
    write_registry: Callable[..., Path],
) -> None:
    path = write_registry(
        (BAC_SON, BAC_SON + "      valid_from: 2025-07-01\n      valid_to: 30/06/2025\n"),
        (NAM_SON, NAM_SON + "      successor: phuong-tam-dep\n"),
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    # Bắc Sơn: lines 161-162, its days 163-164; it is 9 lines long, so Nam Sơn's successor is
    # on line 172 (id 170, name 171).
    found = [line for line in result.output.splitlines() if line.startswith(str(path))]
    assert found == [
        f"{path}:164:7: đơn vị 'phuong-bac-son' kết thúc (`valid_to`) trước khi bắt đầu "
        "(`valid_from`)",
        f"{path}:172:7: đơn vị 'phuong-nam-son' có đơn vị kế thừa (`successor`) nhưng không có "
        "ngày cuối cùng (`valid_to`)",
        f"{path}:172:18: đơn vị kế thừa 'phuong-tam-dep' của đơn vị 'phuong-nam-son' không có "
        "trong danh mục",
    ]
    assert "  gợi ý: ghi `valid_to:` ngày cuối cùng trước khi sáp nhập (dd/mm/yyyy)" in (
        result.output
    )


def test_a_ward_made_from_two_answers_for_each_of_their_parts(
    wards: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    # Tam Điệp began on 01/07/2025, after the target was asked of Bắc Sơn and Nam Sơn: it has no
    # part of its own in I.1 (due 9/2025), only theirs, each as its ward left it (Bắc Sơn done
    # 10/06, Nam Sơn in progress 20/06): in progress for Tam Điệp until both are done.
    rows = json.loads(
        ok("report", "--unit", "Phường Tam Điệp", "--as-of", "15/07/2025", "--format", "json")
    )
    row = next(r for r in rows if r["id"] == "I.1")
    assert [
        (p["taken_over_from"], p["since"], p["status"], p["reported"], p["reported_by"])
        for p in row["unit_parts"]
    ] == [
        ("UBND phường Bắc Sơn", "2025-07-01", "done", "2025-06-10", "UBND phường Bắc Sơn"),
        ("UBND phường Nam Sơn", "2025-07-01", "in_progress", "2025-06-20", "UBND phường Nam Sơn"),
    ]
    assert row["unit_status"] == "in_progress"
    text = ok("report", "--unit", "Phường Tam Điệp", "--as-of", "15/07/2025").splitlines()
    details = [line.strip("| ") for line in text if line.startswith("| (phần nhận thay")]
    assert details[:2] == [
        "(phần nhận thay UBND phường Bắc Sơn từ 01/07/2025: Hoàn thành, UBND phường Bắc Sơn báo "
        "cáo ngày 10/06/2025)",
        "(phần nhận thay UBND phường Nam Sơn từ 01/07/2025: Đang thực hiện, UBND phường Nam Sơn "
        "báo cáo ngày 20/06/2025)",
    ]

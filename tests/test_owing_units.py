"""Who is urged, and what a committee counts (a clerk's trial of issue 16): `late --by-unit`
names each unit that still owes its part (a collective's members, a merged ward's successor),
never one that finished; a plan's totals and shares count the targets in force, an annulled one
apart. Every figure is counted by hand from the entries written here."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.core.statuses import shares
from ward_merger import merger_units

runner = CliRunner()

MERGER = "units:\n" + merger_units(2025)
# The 16 dated targets "UBND các phường, xã" leads in the 2023 appendix (II.2, ongoing, is never
# late): each ward and commune owes all 16 until it reports its part done.
WARD_TARGETS = 16
WARDS = "UBND các phường, xã"
BAC, NAM, TAM, YEN = (
    "UBND phường Bắc Sơn",
    "UBND phường Nam Sơn",
    "UBND phường Tam Điệp",
    "UBND xã Yên Sơn",
)


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Plan 2023 (the 31 targets), the two wards merged on 01/07/2025, and IV.4 ("UBND các
    phường, xã", Tháng 12/2023) reported: Bắc Sơn done 15/12/2023, Nam Sơn in progress
    20/12/2023, six others done 20/12/2023, Yên Sơn nothing."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(MERGER, encoding="utf-8")

    for unit, status, day in [
        ("Phường Bắc Sơn", "done", "15/12/2023"),
        ("Phường Nam Sơn", "in_progress", "20/12/2023"),
        *((w, "done", "20/12/2023") for w in ("Trung Sơn", "Tây Sơn", "Tân Bình", "Yên Bình")),
        ("Đông Sơn", "done", "20/12/2023"),
        ("Quang Sơn", "done", "20/12/2023"),
    ]:
        ok(
            *("--plan", "2023", "progress", "add", "IV.4", "--unit", unit),
            *("--status", status, "--date", day),
        )
    return tmp_path


def _late(day: str, *extra: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(
        ok("--plan", "2023", "late", "--by-unit", "--as-of", day, "-f", "json", *extra)
    )
    return rows


def test_after_the_merger_iv4_is_urged_on_tam_diep_and_yen_son_only(workspace: Path) -> None:
    rows = _late("01/09/2025")
    # Tam Điệp speaks for both merged wards: its part is their latest report, Nam Sơn's
    # in_progress (20/12 after Bắc Sơn's done of 15/12), so it still owes IV.4, in place of
    # Nam Sơn only: Bắc Sơn finished its part before the merger.
    assert [(r["unit"], r["via"], r["in_place_of"]) for r in rows if r["id"] == "IV.4"] == [
        (TAM, WARDS, [NAM]),
        (YEN, WARDS, []),
    ]
    # The 15 other ward targets: neither ward reported, Tam Điệp owes them in place of both.
    others = [r["in_place_of"] for r in rows if r["unit"] == TAM and r["id"] != "IV.4"]
    assert others == [[BAC, NAM]] * (WARD_TARGETS - 1)
    units = [r["unit"] for r in rows]
    assert WARDS not in units and BAC not in units and NAM not in units
    counts = {u: units.count(u) for u in dict.fromkeys(units)}
    assert counts[TAM] == counts[YEN] == WARD_TARGETS
    for finished in ("UBND phường Trung Sơn", "UBND xã Quang Sơn", "UBND xã Đông Sơn"):
        assert counts[finished] == WARD_TARGETS - 1  # all but IV.4, which it finished
    assert list(counts)[:2] == [TAM, YEN]  # most first, then by name


def test_before_the_merger_nam_son_owes_and_bac_son_does_not(workspace: Path) -> None:
    rows = _late("15/01/2024")
    assert [(r["unit"], r["via"], r["in_place_of"]) for r in rows if r["id"] == "IV.4"] == [
        (NAM, WARDS, []),
        (YEN, WARDS, []),
    ]
    assert TAM not in [r["unit"] for r in rows]  # not yet a ward on 15/01/2024


def test_the_table_headings_and_the_excel_columns(workspace: Path) -> None:
    shown = ok("--plan", "2023", "late", "--by-unit", "--as-of", "01/09/2025")
    headings = [line for line in shown.splitlines() if re.fullmatch(r"\S.* \(\d+\)", line)]
    assert headings[:2] == [f"{TAM} ({WARD_TARGETS})", f"{YEN} ({WARD_TARGETS})"]
    assert f"{WARDS} (" not in shown
    flat = " ".join(shown.split())
    flat = flat.replace("| ", "")
    # Other targets in place of both wards; IV.4 in place of Nam Sơn alone (Bắc Sơn finished
    # it). The rows' exact count is in the JSON test above: a wrapped table may cut a line.
    assert "(thay UBND phường Bắc Sơn, UBND phường Nam Sơn, đã sáp nhập)" in flat
    assert "(thay UBND phường Nam Sơn, đã sáp nhập)" in flat
    said = ok(*("--plan", "2023", "late", "--by-unit", "--as-of", "01/09/2025", "--lang", "en"))
    said = " ".join(said.split()).replace("| ", "")
    assert "(in place of UBND phường Nam Sơn, merged)" in said
    assert "(in place of UBND phường Bắc Sơn, UBND phường Nam Sơn, merged)" in said
    english = ok(
        *("--plan", "2023", "late", "--by-unit", "--as-of", "01/09/2025"),
        *("--excel", "--lang", "en"),
    )
    table = list(csv.reader(io.StringIO(english.lstrip("\ufeff"))))
    assert table[0][:4] == [
        "Lead unit owing",
        "Via collective",
        "In place of units merged or renamed",
        "Target",
    ]
    iv4 = [row[:4] for row in table[1:] if row[3] == "IV.4"]
    assert iv4 == [[TAM, WARDS, NAM, "IV.4"], [YEN, WARDS, "", "IV.4"]]
    machine = list(
        csv.DictReader(
            io.StringIO(
                ok(*("--plan", "2023", "late", "--by-unit", "--as-of", "01/09/2025", "-f", "csv"))
            )
        )
    )
    assert [(r["unit"], r["via"]) for r in machine if r["id"] == "IV.4"] == [
        (TAM, WARDS),
        (YEN, WARDS),
    ]


def test_remind_urges_the_same_units(workspace: Path) -> None:
    """`remind` and `late --by-unit` share one selection (questions/queries.owed_parts)."""
    letters = json.loads(
        ok("--plan", "2023", "remind", "--month", "9/2025", "--as-of", "01/09/2025", "-f", "json")
    )
    owing = sorted(r["unit"] for r in letters if "IV.4" in [t["id"] for t in r["targets"]])
    assert owing == [TAM, YEN]


def _annul(workspace: Path, target: str, day: str) -> None:
    registry = workspace / "plans" / "2023" / "phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    number = target.split(".")[1]
    marked = text.replace(
        f"      - id: {target}\n        number: {number}\n",
        f"      - id: {target}\n        number: {number}\n        cancelled: {day}\n",
    )
    assert marked != text
    registry.write_text(marked, encoding="utf-8")


def test_an_annulled_target_is_counted_apart(workspace: Path) -> None:
    """On 01/12/2023: 31 targets, IV.5 (Tháng 6/2023) annulled on 01/10/2023. In force 30:
    III.1 and IV.4 (Tháng 12/2023) not started (IV.4 reported only later), I.2 and II.2
    (ongoing) unreported, the other 26 late. Shares of 30, each rounded: 2/30 = 6.67 → 7,
    26/30 = 86.67 → 87, 2/30 → 7: the two equal counts read the same share (largest remainders
    gave one 7 % and the other 6 %), and the total reads 101 %, said under the line."""
    _annul(workspace, "IV.5", "01/10/2023")
    data = json.loads(ok("--plan", "2023", "summary", "--as-of", "01/12/2023", "-f", "json"))
    assert data["total"] == 30
    assert {k: v for k, v in data["counts"].items() if v} == {
        "not_started": 2,
        "late": 26,
        "unreported": 2,
    }
    assert {k: v for k, v in data["shares"].items() if v} == {
        "not_started": 7,
        "late": 87,
        "unreported": 7,
    }
    assert data["cancelled"] == [{"id": "IV.5", "date": "2023-10-01"}]
    assert sum(g["total"] for g in data["groups"]) == 30
    assert next(g for g in data["groups"] if g["group"] == "IV")["total"] == 7  # 8 less IV.5
    assert "Các ngân hàng thương mại trên địa bàn thành phố" not in [
        u["unit"] for u in data["units"]
    ]
    shown = " ".join(ok("--plan", "2023", "summary", "--as-of", "01/12/2023").split())
    assert (
        "Tổng: 30 chỉ tiêu — Chưa thực hiện: 2 (7%); Quá hạn: 26 (87%); Chưa báo cáo kỳ này: 2 (7%)"
        " Các tỷ lệ trên được làm tròn riêng từng tỷ lệ đến 1% (hai trạng thái có số chỉ tiêu bằng"
        " nhau luôn có tỷ lệ bằng nhau), nên tổng các tỷ lệ là 101% chứ không đúng 100%." in shown
    )
    assert "Không tính vào tổng số và tỷ lệ (1 chỉ tiêu): IV.5 (đã bãi bỏ) từ 01/10/2023." in shown
    english = " ".join(
        ok("--plan", "2023", "summary", "--as-of", "01/12/2023", "--lang", "en").split()
    )
    assert (
        "Total: 30 targets — Not started: 2 (7%); Late: 26 (87%); Not reported this period: 2 (7%)"
        " Each share above is rounded to 1% on its own (two statuses with as many targets always"
        " show the same share), so the shares add up to 101%, not exactly 100%." in english
    )
    assert (
        "Not counted in the total and the shares (1): IV.5 (annulled) from 01/10/2023." in english
    )
    plans = json.loads(ok("plans", "--as-of", "01/12/2023", "-f", "json"))
    assert (plans[0]["targets"], plans[0]["cancelled"], plans[0]["late"]) == (30, 1, 26)
    listed = ok("--plan", "2023", "list", "--group", "IV", "--as-of", "01/12/2023")
    assert "Tổng: 7 chỉ tiêu — Chưa thực hiện: 1; Quá hạn: 6 (không tính 1 chỉ tiêu đã bãi bỏ)" in (
        " ".join(listed.split())
    )


def test_the_committee_report_in_word(workspace: Path) -> None:
    from docx import Document

    _annul(workspace, "IV.5", "01/10/2023")
    out = workspace / "bao-cao.docx"
    ok("--plan", "2023", "summary", "--as-of", "01/12/2023", "-f", "docx", "-o", str(out))
    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert (
        "1. Tổng số 30 chỉ tiêu, trong đó: chưa thực hiện: 2; quá hạn: 26; chưa báo cáo kỳ này: 2."
        in texts
    )
    assert (
        "Các tỷ lệ trên được làm tròn riêng từng tỷ lệ đến 1% (hai trạng thái có số chỉ tiêu bằng"
        " nhau luôn có tỷ lệ bằng nhau), nên tổng các tỷ lệ là 101% chứ không đúng 100%. Không"
        " tính vào tổng số và tỷ lệ (1 chỉ tiêu): IV.5 (đã bãi bỏ) từ 01/10/2023." in texts
    )
    rates = next(t for t in document.tables if t.rows[0].cells[0].text == "Tình trạng")
    cells = [[c.text for c in row.cells] for row in rates.rows[1:]]
    assert [row for row in cells if row[1] != "0"] == [
        ["Chưa thực hiện", "2", "7%"],
        ["Quá hạn", "26", "87%"],
        ["Chưa báo cáo kỳ này", "2", "7%"],
    ]
    assert "Bãi bỏ" not in [row[0] for row in cells]
    assert sum(int(row[2].rstrip("%")) for row in cells) == 101  # as the note under it says


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"a": 1, "b": 2, "c": 28, "d": 1, "e": 3}, {"a": 3, "b": 6, "c": 80, "d": 3, "e": 8}),
        ({"a": 1, "b": 1, "c": 1}, {"a": 34, "b": 33, "c": 33}),
        ({"a": 0, "b": 0}, {"a": 0, "b": 0}),
    ],
)
def test_shares_add_up_to_the_whole(counts: dict[str, int], expected: dict[str, int]) -> None:
    assert shares(counts) == expected  # a bar's marks: they fill its width


@pytest.mark.parametrize(
    ("counts", "expected", "gap"),
    [
        # of 35: 1 → 2.86 → 3, 2 → 5.71 → 6, 28 → 80, 3 → 8.57 → 9: 101
        ({"a": 1, "b": 2, "c": 28, "d": 1, "e": 3}, {"a": 3, "b": 6, "c": 80, "d": 3, "e": 9}, 101),
        ({"a": 1, "b": 1, "c": 1}, {"a": 33, "b": 33, "c": 33}, 99),  # 33.33 each
        ({"a": 1, "b": 1}, {"a": 50, "b": 50}, None),
        ({"a": 1, "b": 7}, {"a": 13, "b": 88}, 101),  # 12.5 → 13 (a half up), 87.5 → 88
        ({"a": 0, "b": 0}, {"a": 0, "b": 0}, None),
    ],
)
def test_percentages_equal_counts_equal_shares(
    counts: dict[str, int], expected: dict[str, int], gap: int | None
) -> None:
    from cds_tracker.core.statuses import percentages, rounding_gap

    assert percentages(counts) == expected
    assert rounding_gap(expected) == gap

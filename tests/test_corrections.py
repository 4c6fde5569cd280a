"""Corrections over time (issue 11 follow-up): a correction counts from its own date on, never in
a view of an earlier day; it may not loop or correct an entry twice; it may predate what it
corrects (a report's date typed wrong, a16_03).
Every expectation is computed by hand in the comments beside it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from test_shared_targets import OFFICE, add, as_json, cds


@pytest.fixture
def corrected(own_registry: Path) -> tuple[Path, str, str]:
    """II.4 (deadline 10/2023, 10 parts): the office 35 % on 30/10, Nam Sơn 12 % on 31/10,
    Tân Bình done on 09/11/2023 with 3/6 (50 %); on 20/11 a correction says 3/30 (10 %)."""
    add(own_registry, "II.4", OFFICE, "done", "30/10/2023", "--value", "online_payment_share=35")
    add(
        own_registry,
        "II.4",
        "phuong-nam-son",
        "in_progress",
        "31/10/2023",
        "--value",
        "online_payment_share=12",
    )
    original = add(
        own_registry,
        "II.4",
        "phuong-tan-binh",
        "done",
        "09/11/2023",
        "--value",
        "online_payment_share=3/6",
    )
    correction = add(
        own_registry,
        "II.4",
        "phuong-tan-binh",
        "done",
        "20/11/2023",
        "--value",
        "online_payment_share=3/30",
        "--corrects",
        original,
    )
    return own_registry, original, correction


def _tan_binh(data: dict[str, object]) -> object:
    parts = data["parts"]
    assert isinstance(parts, list)
    return next(p for p in parts if p["unit"] == "phuong-tan-binh")


def test_a_later_correction_does_not_erase_the_original_from_the_past(
    corrected: tuple[Path, str, str],
) -> None:
    folder, _, _ = corrected
    before = as_json(folder, "show", "II.4", "--as-of", "14/11/2023")
    # the original (09/11) counts: done after the deadline 31/10/2023
    assert _tan_binh(before) == {
        "unit": "phuong-tan-binh",
        "name": "UBND phường Tân Bình",
        "status": "done_late",
        "reported": "2023-11-09",
        "finished_on": "2023-11-09",
        "in_place_of": [],
    }
    share = before["indicators"][0]
    assert share["coverage"] == {"reported": 3, "expected": 10}
    assert share["value"] == pytest.approx((35 + 12 + 50) / 3)  # 32.33…
    assert share["series"] == [
        {"date": "2023-10-30", "value": 35.0},
        {"date": "2023-10-31", "value": 23.5},
        {"date": "2023-11-09", "value": pytest.approx(97 / 3)},
    ]
    after = as_json(folder, "show", "II.4", "--as-of", "25/11/2023")
    assert _tan_binh(after)["reported"] == "2023-11-20"  # type: ignore[index]
    share = after["indicators"][0]
    assert share["coverage"] == {"reported": 3, "expected": 10}
    assert share["value"] == pytest.approx((35 + 12 + 10) / 3)  # 19
    assert share["series"][-1] == {"date": "2023-11-20", "value": pytest.approx(19.0)}
    assert len(share["series"]) == 3  # the replaced point of 09/11 is gone once corrected


def test_a_past_day_holds_between_the_report_and_its_correction(
    corrected: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same answers on a cold read (no cache) as through the cache's timelines."""
    folder, _, _ = corrected
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    expected = {
        "08/11/2023": ("late", None),
        "19/11/2023": ("done_late", "2023-11-09"),
        "20/11/2023": ("done_late", "2023-11-20"),
    }
    for day, (status, reported) in expected.items():
        part = _tan_binh(as_json(folder, "show", "II.4", "--as-of", day))
        assert part["status"] == status and part["reported"] == reported  # type: ignore[index]


def test_history_marks_a_correction_only_once_it_is_made(
    corrected: tuple[Path, str, str],
) -> None:
    folder, original, correction = corrected
    listed = as_json(folder, "progress", "list", "II.4", "--to", "14/11/2023")
    assert [(e["id"], e["corrected_by"]) for e in listed if e["unit"] == "phuong-tan-binh"] == [
        (original, None)
    ]
    listed = as_json(folder, "progress", "list", "II.4")
    assert {e["id"]: e["corrected_by"] for e in listed if e["unit"] == "phuong-tan-binh"} == {
        original: correction,
        correction: None,
    }
    history = as_json(folder, "show", "II.4", "--as-of", "14/11/2023")["history"]
    assert {e["id"]: e["corrected_by"] for e in history}[original] is None


def test_remind_sees_the_original_before_the_correction(
    corrected: tuple[Path, str, str],
) -> None:
    folder, _, _ = corrected
    notes = as_json(folder, "remind", "--month", "11/2023", "--as-of", "14/11/2023")
    owed = [n["unit_id"] for n in notes if any(t["id"] == "II.4" for t in n["targets"])]
    # 9 wards owe II.4 (late since 31/10); Nam Sơn is in progress, Tân Bình finished on 09/11
    assert len(owed) == 8 and "phuong-tan-binh" not in owed and "phuong-nam-son" in owed


# --- the rules themselves ---------------------------------------------------------------------


def test_correction_rules() -> None:
    from cds_tracker.progress.rules import Corrected, correction_cycles, correction_fault

    original = Corrected("a1", "II.4", "u", "2023-11-09")
    assert correction_fault(original, "II.4", "u", "2023-11-09") is None  # same day is fine
    assert correction_fault(original, "II.4", "u", "2023-11-08") is None  # a date typed wrong
    assert correction_fault(original, "II.4", "v", "2023-11-20") == "other"
    assert correction_fault(original._replace(corrected_by="b2"), "II.4", "u", "2023-11-20") == (
        "again"
    )
    assert correction_cycles({"a": "a"}) == {"a"}
    assert correction_cycles({"a": "b", "b": "a", "c": "a"}) == {"a", "b"}  # c only leads in
    assert correction_cycles({"a": "b", "b": "c"}) == set()


def test_add_refuses_a_second_correction_of_the_same_entry(
    corrected: tuple[Path, str, str],
) -> None:
    folder, original, correction = corrected
    args = ("progress", "add", "II.4", "--unit", "phuong-tan-binh", "--status", "done")
    code, output = cds(folder, *args, "--date", "21/11/2023", "--corrects", original)
    assert code == 2
    assert (
        f"báo cáo '{original}' đã được đính chính; lần đính chính mới nhất là '{correction}'"
        in (output)
    )
    assert f"hãy đính chính lần đính chính mới nhất {correction}" in output
    # correcting the latest correction is the way
    assert cds(folder, *args, "--date", "21/11/2023", "--corrects", correction)[0] == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_correction_may_move_the_report_date_earlier(
    corrected: tuple[Path, str, str], lang: str
) -> None:
    """Tân Bình's correction of 20/11 (done, 3/30) had its date typed wrong: the work was
    finished on 28/10, before II.4's deadline 31/10/2023 (a16_03). Correcting it with 28/10 is
    recorded (exit 0), and the part is done on time, reported 28/10; as of 29/10 the correction
    already counts (its own date), as of 27/10 nothing of Tân Bình's does."""
    folder, _, correction = corrected
    args = ("progress", "add", "II.4", "--unit", "phuong-tan-binh", "--status", "done")
    code, output = cds(
        folder, *args, "--date", "28/10/2023", "--corrects", correction, "--lang", lang
    )
    said = {
        "vi": r"Đã ghi tiến độ (\w{12}): UBND phường Tân Bình, chỉ tiêu II.4, Hoàn thành → \S+\n",
        "en": r"Recorded (\w{12}): UBND phường Tân Bình, target II.4, Done → \S+\n",
    }
    written = re.fullmatch(said[lang], output)
    assert (code, bool(written)) == (0, True), output
    part = _tan_binh(as_json(folder, "show", "II.4", "--as-of", "25/11/2023"))
    assert part == {
        "unit": "phuong-tan-binh",
        "name": "UBND phường Tân Bình",
        "status": "done",
        "reported": "2023-10-28",
        "finished_on": "2023-10-28",
        "in_place_of": [],
    }
    assert _tan_binh(as_json(folder, "show", "II.4", "--as-of", "29/10/2023"))["status"] == (  # type: ignore[index]
        "done"
    )
    assert _tan_binh(as_json(folder, "show", "II.4", "--as-of", "27/10/2023"))["status"] == (  # type: ignore[index]
        "not_started"
    )


def _edit(folder: Path, entry_id: str, corrects: str) -> tuple[str, int]:
    """Makes `entry_id` correct `corrects` in its file; returns the file name and line."""
    for path in (folder / "progress").glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for number, line in enumerate(lines, 1):
            if line.startswith(f'- {{"id": "{entry_id}",'):
                data = json.loads(line[2:])
                data["corrects"] = corrects
                lines[number - 1] = "- " + json.dumps(data, ensure_ascii=False) + "\n"
                path.write_text("".join(lines), encoding="utf-8")
                return path.name, number
    raise AssertionError(entry_id)


def test_validate_refuses_an_entry_correcting_itself(own_registry: Path) -> None:
    entry = add(own_registry, "II.4", OFFICE, "done", "30/10/2023")
    name, line = _edit(own_registry, entry, entry)
    code, output = cds(own_registry, "validate")
    assert code == 1
    assert re.search(
        rf"{name}:{line}:\d+: báo cáo '{entry}' tự đính chính chính mình: các báo cáo sẽ bị mất",
        output,
    ), output
    assert cds(own_registry, "show", "II.4")[0] == 1  # invalid data is never shown


def test_validate_refuses_two_entries_correcting_each_other(own_registry: Path) -> None:
    first = add(own_registry, "II.4", OFFICE, "in_progress", "30/10/2023")
    second = add(own_registry, "II.4", OFFICE, "done", "30/10/2023", "--corrects", first)
    name, line = _edit(own_registry, first, second)
    code, output = cds(own_registry, "validate")
    assert code == 1
    for entry in (first, second):
        assert f"báo cáo '{entry}' đính chính một báo cáo đính chính ngược lại nó" in output
    assert f"{name}:{line}:" in output


def test_validate_refuses_a_second_correction_not_an_earlier_one(own_registry: Path) -> None:
    original = add(own_registry, "II.4", OFFICE, "in_progress", "30/10/2023")
    first = add(own_registry, "II.4", OFFICE, "done", "31/10/2023", "--corrects", original)
    again = add(own_registry, "II.4", OFFICE, "done", "02/11/2023")
    early = add(own_registry, "II.4", "phuong-tan-binh", "done", "05/11/2023")
    tb = add(own_registry, "II.4", "phuong-tan-binh", "done", "06/11/2023")
    _edit(own_registry, again, original)  # a second correction of `original`
    _edit(own_registry, early, tb)  # dated 05/11, before the report of 06/11: a date corrected
    code, output = cds(own_registry, "validate")
    assert code == 1
    assert (
        f"báo cáo '{original}' đã được đính chính; lần đính chính mới nhất là '{first}'" in output
    )
    assert f"hãy đính chính lần đính chính mới nhất {first}" in output
    assert "06/11/2023" not in output  # the earlier correction is valid


# --- an ongoing target's figure is this period's -----------------------------------------------


def test_an_ongoing_targets_figure_belongs_to_the_current_period(own_registry: Path) -> None:
    """I.2 (ongoing, monthly, lead: Phòng Văn hóa và Thông tin, lgsp_requests_met >= 100 %):
    100 % reported on 20/10/2023, in the window 15/10–14/11/2023."""
    add(
        own_registry,
        "I.2",
        "phong-van-hoa-thong-tin",
        "in_progress",
        "20/10/2023",
        "--value",
        "lgsp_requests_met=100",
    )
    now = as_json(own_registry, "show", "I.2", "--as-of", "01/11/2023")["indicators"][0]
    assert (now["value"], now["verdict"], now["coverage"]) == (
        100.0,
        "met",
        {"reported": 1, "expected": 1},
    )
    # 13/12/2023 lies in 15/11–14/12/2023: nothing reported this period, no verdict
    data = as_json(own_registry, "show", "I.2", "--as-of", "13/12/2023")
    assert data["status"] == "unreported"
    share = data["indicators"][0]
    assert (share["value"], share["verdict"], share["met"], share["members"]) == (
        None,
        "no_data",
        None,
        [],
    )
    assert share["series"] == [{"date": "2023-10-20", "value": 100.0}]  # the past, with its date
    code, output = cds(own_registry, "summary", "--as-of", "13/12/2023", "--format", "markdown")
    assert code == 0
    assert (
        "| I.2 | Tỷ lệ yêu cầu cung cấp dịch vụ chia sẻ dữ liệu trên LGSP được đáp ứng: "
        "chưa có số liệu |"
    ) in output


# --- counts on the command line -----------------------------------------------------------------


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("values", "message", "hint"),
    [
        (
            ("online_payment_share=0/0",),
            "--value online_payment_share=0/0: a count out of 0 gives no percentage",
            "a unit with nothing to count gives the plain value (key=NUMBER) or leaves the "
            "indicator out",
        ),
        (
            ("online_payment_share=6/5",),
            "--value online_payment_share=6/5: 6 is not a count out of 5 (it must lie within 0–5)",
            "write counts as done/total, e.g. 4/5 (4 of 5)",
        ),
        (
            ("online_payment_share=4/5", "online_payment_share=1/5"),
            "--value: 'online_payment_share' is given twice (online_payment_share=4/5, "
            "online_payment_share=1/5)",
            "give each indicator once",
        ),
    ],
)
def test_bad_counts_are_refused_with_a_hint(
    own_registry: Path, values: tuple[str, ...], message: str, hint: str
) -> None:
    args = [arg for value in values for arg in ("--value", value)]
    code, output = cds(
        own_registry,
        "progress",
        "add",
        "II.4",
        "--unit",
        OFFICE,
        "--status",
        "done",
        "--date",
        "30/10/2023",
        *args,
    )
    assert code == 2
    assert " ".join(output.split()) == f"cds: error: {message} hint: {hint}"
    assert not list((own_registry / "progress").glob("*.yaml"))  # nothing written


# --- a period not begun is not owed -------------------------------------------------------------


def test_a_period_that_has_not_begun_is_not_owed(own_registry: Path) -> None:
    """On 01/11/2023 the December report of I.2 and II.2 (monthly) covers 15/11–14/12/2023,
    which has not begun: nobody is urged for it, and 'due' does not call it unreported."""
    notes = as_json(own_registry, "remind", "--month", "12/2023", "--as-of", "01/11/2023")
    urged = {t["id"] for n in notes for t in n["targets"]}
    assert not urged & {"I.2", "II.2"}
    due = as_json(own_registry, "due", "--month", "12/2023", "--as-of", "01/11/2023")
    assert [(r["id"], r["status"]) for r in due if r["id"] in ("I.2", "II.2")] == [
        ("I.2", "ongoing"),
        ("II.2", "ongoing"),
    ]
    # once the window has begun (15/11), the report is owed
    notes = as_json(own_registry, "remind", "--month", "12/2023", "--as-of", "15/11/2023")
    urged = {t["id"] for n in notes for t in n["targets"]}
    assert {"I.2", "II.2"} <= urged


# --- figures with a word unit -------------------------------------------------------------------


def test_figures_with_a_word_unit_read_naturally(own_registry: Path) -> None:
    """V.1's indicator counted in 'hệ thống' instead of %: '> 80 hệ thống', and 2,500,000 is
    '2.500.000' in Vietnamese (a dot between thousands), not '2.5e+06'."""
    path = own_registry / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    old = (
        "key: systems_level_approved\n            measures: >-\n              Tỷ lệ hệ thống thông "
        "tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn\n            text: trên "
        '80%\n            comparator: ">"\n            value: 80\n            unit: "%"'
    )
    assert text.count(old) == 1
    path.write_text(text.replace(old, old.replace('"%"', "hệ thống")), encoding="utf-8")
    args = ("progress", "add", "V.1", "--unit", "Phòng Y tế", "--status", "done")
    code, output = cds(own_registry, *args, "--date", "09/10/2023", "--value", "50")
    assert code == 0
    assert (
        "báo hoàn thành nhưng Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt "
        "cấp độ an toàn = 50 hệ thống chưa đạt > 80 hệ thống"
    ) in output
    code, _ = cds(own_registry, *args, "--date", "10/10/2023", "--value", "2500000")
    assert code == 0
    code, output = cds(own_registry, "show", "V.1", "--as-of", "11/10/2023", "--format", "markdown")
    assert code == 0
    assert "> 80 hệ thống" in output
    assert "→ 2.500.000 hệ thống / > 80 hệ thống — chưa đủ số liệu (1/21 đơn vị)" in output
    assert "2.5e+06" not in output
    assert "80hệ thống" not in output


def test_an_appended_second_correction_is_caught_on_the_warm_path(
    corrected: tuple[Path, str, str],
) -> None:
    """The cache checks appended lines by the same rule: a hand-appended second correction of
    the original makes the next command read everything and refuse it."""
    folder, original, correction = corrected
    assert cds(folder, "show", "II.4")[0] == 0  # the cache is warm
    path = folder / "progress" / "phuong-tan-binh.yaml"
    last = path.read_text(encoding="utf-8").splitlines()[-1]
    assert f'"corrects": "{original}"' in last
    again = last.replace(correction, "abcdef123456").replace("2023-11-20", "2023-11-21")
    with path.open("a", encoding="utf-8") as handle:
        handle.write(again + "\n")
    code, output = cds(folder, "show", "II.4")
    assert code == 1
    assert (
        f"báo cáo '{original}' đã được đính chính; lần đính chính mới nhất là '{correction}'"
        in (output)
    )

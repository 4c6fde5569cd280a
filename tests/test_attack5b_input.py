"""Attack 5b: inputs that passed and must not (issues found by the fifth attacker).

`--group` naming one old group twice, dates in other digits, control characters in a new
group's name, a revision listed twice or dated years after its plan, a member listed twice.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.core.dates import parse_date, try_parse_date, try_parse_month
from cds_tracker.core.deadline_words import parse_deadline_text
from cds_tracker.core.errors import UsageError
from cds_tracker.registry.importing.heading import parse_preamble
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from test_plans import cds, workspace  # noqa: F401  (the fixture)

DATA = Path(__file__).resolve().parent.parent / "data" / "phu_luc_01.yaml"
CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--lang", "en")


def _validate(tmp_path: Path, change: Any) -> Any:
    data = parse(DATA.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "phu_luc_01.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return cds("validate", "--registry", str(path), "--lang", "en")


# 1. One old group, two new groups: refused, naming both, not settled by the last.


@pytest.mark.parametrize("second", ["I=III", "i=III", "Dữ liệu số=Kinh tế số"])
def test_one_old_group_sent_to_two_groups_is_refused(
    workspace: Path,  # noqa: F811
    second: str,
) -> None:
    result = cds(*CARRY, "--group", "I=II", "--group", second)
    assert result.exit_code == 2, result.output
    new = second.partition("=")[2]
    assert f"--group: group I is sent to two different groups: 'II' and '{new}'" in result.output
    assert "keep one --group I=…" in result.output


def test_the_same_choice_twice_is_one_choice() -> None:
    from types import SimpleNamespace as Group

    from cds_tracker.app.carrying import chosen_groups

    groups = [Group(id="I", title="Dữ liệu số"), Group(id="II", title="Chính quyền số")]
    new = {"groups": [{"id": n, "title": n} for n in ("I", "II", "III")]}
    assert chosen_groups(("I=II", "i=ii", "II=III"), groups, new, "2023") == {
        "I": "ii",
        "II": "III",
    }


# 2. A date is written in ASCII digits; a year in four of them.


@pytest.mark.parametrize(
    "text", ["１５/０１/２０２４", "١٥/٠١/٢٠٢٤", "15/01/２０２４", "２０２４-01-15"]
)
def test_dates_in_other_digits_are_not_dates(text: str) -> None:
    assert try_parse_date(text) is None
    with pytest.raises(UsageError) as raised:
        parse_date(text)
    assert raised.value.message.key == "date.not_date"
    assert parse_deadline_text(f"Tháng {text[3:]}") is None
    assert try_parse_month(text[3:]) is None


def test_ascii_dates_still_read() -> None:
    assert parse_date("15/01/2024") == dt.date(2024, 1, 15)
    assert parse_deadline_text("Trước 30/6/2024") == (2024, 6)


def test_as_of_in_full_width_digits_is_a_usage_error(workspace: Path) -> None:  # noqa: F811
    result = cds("--plan", "2023", "late", "--as-of", "１５/０１/２０２４", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "--as-of" in result.output and "１５/０１/２０２４" in result.output


@pytest.mark.parametrize(
    ("day", "year"),
    [
        ("01/01/999999999999999999", None),
        ("１５/０１/２０２４", None),
        ("١٥/٠١/٢٠٢٤", None),
        ("15/01/2024", 2024),
    ],
)
def test_a_heading_year_is_four_ascii_digits(day: str, year: int | None) -> None:
    found = parse_preamble((f"(Kèm theo Kế hoạch số 9/KH-BCĐ ngày {day} của Ban Chỉ đạo)",))
    assert found is not None
    assert found.get("year") == year


# 3. Control and bidi characters in a group's name.

HOSTILE = "I=\x1b]0;pwn\x07X\u202e"


def test_a_new_group_name_with_control_characters_is_refused(workspace: Path) -> None:  # noqa: F811
    result = cds(*CARRY, "--group", HOSTILE)
    assert result.exit_code == 2, result.output
    assert "the new group's name holds an invisible or control character" in result.output
    assert "U+001B" in result.output
    assert "\x1b" not in result.output and "\u202e" not in result.output


@pytest.mark.parametrize(
    ("title", "character"),
    [("Dữ liệu\x1b]0;pwn\x07", "U+001B"), ("Dữ liệu số\u202e", "U+202E"), ("Dữ\tliệu", "U+0009")],
)
def test_validate_refuses_a_group_title_with_control_characters(
    tmp_path: Path, title: str, character: str
) -> None:
    def change(data: Any) -> None:
        data["groups"][1]["title"] = title

    result = _validate(tmp_path, change)
    assert result.exit_code == 1, result.output
    assert f"the title of group II holds an invisible or control character ({character}" in (
        result.output
    )
    assert "phu_luc_01.yaml:" in result.output


# 4. document.revisions: once each, dated within the plan's year and the next.


def _revision(date: str, number: str = "85") -> dict[str, str]:
    reference = f"Kế hoạch số {number}/KH-BCĐ ngày {date} của Ban Chỉ đạo"
    return {"reference": reference, "number": number, "symbol": "KH-BCĐ", "date": date}


def test_a_revision_listed_twice_is_refused(tmp_path: Path) -> None:
    def change(data: Any) -> None:
        data["document"]["revisions"] = [_revision("10/06/2023"), _revision("10/06/2023")]

    result = _validate(tmp_path, change)
    assert result.exit_code == 1, result.output
    assert "the revision no. 85/KH-BCĐ dated 10/06/2023 is already item 1 of" in result.output
    assert "letters would cite this revision twice" in result.output


def test_two_revisions_are_not_one(tmp_path: Path) -> None:
    def change(data: Any) -> None:
        data["document"]["revisions"] = [_revision("10/06/2023"), _revision("10/09/2023", "90")]

    assert _validate(tmp_path, change).exit_code == 0


@pytest.mark.parametrize(
    ("date", "valid"), [("31/12/2024", True), ("01/01/2025", False), ("15/03/9999", False)]
)
def test_a_revision_after_the_next_year_is_refused(tmp_path: Path, date: str, valid: bool) -> None:
    def change(data: Any) -> None:  # the plan of 2023: revised by 31/12/2024 at the latest
        data["document"]["revisions"] = [_revision(date)]

    result = _validate(tmp_path, change)
    assert result.exit_code == (0 if valid else 1), result.output
    if not valid:
        assert (
            f"the revision dated {date} is later than 31/12/2024: the plan of 2023 is revised"
            " during its year" in result.output
        )


# 5. A collective lists each member once.


def test_a_member_listed_twice_is_refused(tmp_path: Path) -> None:
    def change(data: Any) -> None:
        unit = next(u for u in data["catalog"]["units"] if u.get("members"))
        unit["members"] = [*unit["members"], *([unit["members"][0]] * 3)]

    result = _validate(tmp_path, change)
    assert result.exit_code == 1, result.output
    member = "van-phong"  # the first member of data/phu_luc_01.yaml's first collective
    assert f"lists '{member}' 4 times (first at position 1)" in result.output
    assert result.output.count(" times (first at position") == 1  # one finding per member
    assert "remove the repeated line: each member is listed once" in result.output

"""`progress add` refused because its carried target's report belongs to the other plan: the
hint is the command the clerk typed, aimed at that plan and the target's id there (fix12z).

It used to print `cds --plan 2024 progress add I.2 … (…)`: typed as printed, "…" is no option
and --unit is missing (exit 2). Now every option given is kept (unit, status in the clerk's
language, date, values, note, obstacles, proposals, evidence, by, force) with --id (the other
plan may print another target's number as that id), quoted by the one rule
(app/city_figures.py `as_typed`, as for a refused city figure), the advice in brackets kept.
Each printed command is typed word for word in bash, from the same folder.

The workspace `ws/`: plans/2023 I.1 "Số hóa 100% hồ sơ y tế." (Phòng Y tế, indicator `ho_so`, due
10/2023) and plans/2024 its own I.1; carried on 20/10/2023, 2023's I.1 becomes 2024's I.2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target
from test_hint_chooses_registry import last_entry, run

HEALTH = _cell("Phòng Y tế", "phong-y-te")
FIGURE = {"key": "ho_so", "measures": "Tỷ lệ hồ sơ y tế được số hóa", "text": "100%",
          "comparator": ">=", "value": 100, "unit": "%", "scope": "each"}  # fmt: skip
# the texts given, as typed (bash quotes) and as the hint must print them
TEXTS = (
    '--value ho_so=60 --note "Đã số hóa 60%" --obstacles "Thiếu máy quét" --proposals '
    '"Cấp thêm máy" --evidence "CV 12/SYT" --by "Nguyễn Văn A"'
)
SHOWN = TEXTS.replace("ho_so=60", '"ho_so=60"')  # core/command_words.py quotes an "="
STATUS = {"vi": ('"đang thực hiện"', '"đang thực hiện"'), "en": ("in_progress", "in_progress")}
ADVICE = {
    ("away", "vi"): "ghi vào kế hoạch 2024, chỉ tiêu I.2: ",
    ("away", "en"): "record it in plan 2024, target I.2: ",
    ("in", "vi"): "ghi vào kế hoạch 2023, chỉ tiêu I.1: ",
    ("in", "en"): "record it in plan 2023, target I.1: ",
}
AFTER = {
    ("away", "vi"): " (việc xong trước khi chuyển thì ghi đúng ngày đó, đến hết 20/10/2023)",
    ("away", "en"): " (work finished before the carry-over: give its real day, 20/10/2023 or "
    "earlier)",
    ("in", "vi"): " (kế hoạch đó theo dõi chỉ tiêu đến hết 20/10/2023)",
    ("in", "en"): " (that plan follows the target up to 20/10/2023)",
}


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    first = {**_target(1, "Số hóa 100% hồ sơ y tế.", (EMPTY, HEALTH, EMPTY), "10/2023")}
    _plan(tmp_path / "ws", 2023, [{**first, "indicators": [FIGURE]}])
    _plan(tmp_path / "ws", 2024, [_target(1, "Trạm y tế số.", (EMPTY, HEALTH, EMPTY), "6/2024")])
    ws = tmp_path / "ws"
    assert run(ws, "cds carry-over --from 2023 --to 2024 --as-of 20/10/2023 --yes")[0] == 0
    return ws


def _entry(path: Path) -> tuple[object, ...]:
    last = last_entry(path)
    said = (last["note"], last["obstacles"], last["proposals"], last["evidence"], last["by"])
    return (
        last["target"],
        last["status"],
        last["date"],
        last["values"],
        *said,
        last.get("forced", False),
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_report_after_the_carry_day_hints_the_whole_command_for_the_new_plan(
    ws: Path, lang: str
) -> None:
    typed, shown = STATUS[lang]
    add = f'cds --plan 2023 progress add I.1 --unit "Phòng Y tế" --status {typed} --date 16/11/2023'
    code, out, err = run(ws, f"{add} {TEXTS}", {"CDS_LANG": lang})
    command = (
        f'cds --plan 2024 progress add I.2 --unit "Phòng Y tế" --status {shown} --date '
        f"16/11/2023 --id {SHOWN}"
    )
    hint = err.splitlines()[-1]
    assert (code, out, hint) == (
        2,
        "",
        f"  {'gợi ý' if lang == 'vi' else 'hint'}: {ADVICE['away', lang]}{command}"
        f"{AFTER['away', lang]}",
    )
    assert run(ws, command, {"CDS_LANG": lang})[0] == 0  # typed word for word
    assert _entry(ws / "plans/2024/progress/phong-y-te.yaml") == (
        "I.2", "in_progress", "2023-11-16", {"ho_so": 60}, "Đã số hóa 60%", "Thiếu máy quét",
        "Cấp thêm máy", ["CV 12/SYT"], "Nguyễn Văn A", False,
    )  # fmt: skip
    assert not (ws / "plans/2023/progress/phong-y-te.yaml").exists()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_report_before_the_arrival_hints_the_whole_command_for_the_old_plan(
    ws: Path, lang: str
) -> None:
    typed, shown = STATUS[lang]
    # Phòng Tư pháp has no part in the target: recorded by --force, kept in the hint
    add = f"cds --plan 2024 progress add I.2 --unit phong-tu-phap --status {typed} --date"
    add += " 15/10/2023"
    code, out, err = run(ws, f"{add} {TEXTS} --force", {"CDS_LANG": lang})
    command = (
        f'cds --plan 2023 progress add I.1 --unit "Phòng Tư pháp" --status {shown} --date '
        f"15/10/2023 --force --id {SHOWN}"
    )
    hint = err.splitlines()[-1]
    assert (code, out, hint) == (
        2,
        "",
        f"  {'gợi ý' if lang == 'vi' else 'hint'}: {ADVICE['in', lang]}{command}"
        f"{AFTER['in', lang]}",
    )
    assert run(ws, command, {"CDS_LANG": lang})[0] == 0  # typed word for word
    assert _entry(ws / "plans/2023/progress/phong-tu-phap.yaml") == (
        "I.1", "in_progress", "2023-10-15", {"ho_so": 60}, "Đã số hóa 60%", "Thiếu máy quét",
        "Cấp thêm máy", ["CV 12/SYT"], "Nguyễn Văn A", True,
    )  # fmt: skip
    assert not (ws / "plans/2024/progress/phong-tu-phap.yaml").exists()

"""A command a hint prints is typed by a clerk: every name in it from a file — a received
form's hidden sheet, a plan folder, the unit catalog — is one shell word, never code (attack 14:
a14_01 a plan folder `2023-$(touch PWNED)`, a14_02 an heir named `UBND phường "Tam Điệp"
$(touch PWNED)`, a14_06 a hidden sheet's folder `2022 $(touch PWNED)`, a14_07 its month
`2025-06$(touch PWNED)`, now no month at all unless it reads yyyy-mm: form_import.py; typing
each hint ran `touch`). Each is checked the way a shell reads it: shlex.split gives the name
back whole, as one argument. Such a name has no form PowerShell, cmd and bash all read as written
(core/command_words.py, fix12d): it is printed as "…", which names no plan and no unit, and the
hint says to type it in."""

from __future__ import annotations

import datetime as dt
import shlex

from cds_tracker.core.errors import UsageError, msg
from cds_tracker.progress.form_cells import Complaints
from cds_tracker.progress.form_guard import check_plan
from cds_tracker.progress.form_refusals import form_command, form_refusal

EVIL_UNIT = 'UBND phường "Tam Điệp" $(touch PWNED)'


def _command(hint_line: str) -> list[str]:
    """The words of the first `cds …` command in a hint line, as a shell splits them."""
    start = hint_line.index("cds ")
    end = min(i for i in (hint_line.find(" (", start), len(hint_line)) if i > 0)
    return shlex.split(hint_line[start:end])


def test_a_received_form_s_folder_is_one_word() -> None:
    from cds_tracker.progress.form_import import FormRead

    read = FormRead(problems=Complaints("vi"), name="nhan.xlsx")
    problems = read.problems
    info = {"year": "2022", "folder": "2022 $(touch PWNED)", "sheet": "Phiếu báo cáo"}
    check_plan(info, 2023, "nhan.xlsx", read)
    hint = problems[0].splitlines()[1]
    assert hint == (
        "  gợi ý: giá trị của --plan có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo "
        "cách riêng nên không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau "
        "--plan (thay cho dấu … nếu có); nhập vào kế hoạch đã lập phiếu: cds --plan … progress "
        "import nhan.xlsx"
    )
    assert _command(hint) == ["cds", "--plan", "…", "progress", "import", "nhan.xlsx"]


def test_a_unit_named_with_quotes_and_a_dollar_is_one_word() -> None:
    error = UsageError(msg("entry.cancelled", target="I.2", date="20/03/2024"))
    row = {"target": "I.2", "unit": EVIL_UNIT, "plan": "--plan 2024 ", "status": "done",
           "day": dt.date(2024, 3, 25)}  # fmt: skip
    said = form_refusal(error, "f.xlsx:Phiếu báo cáo!", {"date": "G8"}, row, "en")
    hint = said.splitlines()[1]
    assert hint.startswith(
        "  hint: the value of --unit holds characters a command window (PowerShell, cmd) reads "
        "in its own way, so it is not printed; the command that follows lacks it and records "
        "nothing: type it in after --unit (in place of the … if any); work done before"
    )
    assert hint.endswith(
        "cds --plan 2024 progress add I.2 --id --unit … --status done --date 25/03/2024 --force "
        "(marked as forced)"
    )
    assert "$(touch" not in hint


def test_a_form_command_keeps_the_unit_one_word() -> None:  # a guard: it quoted already
    made = form_command("--plan 2024 ", EVIL_UNIT, "phuong-tam-diep", "06/2025")
    assert made == "cds --plan 2024 form --unit … --month 06/2025 --out phieu-phuong-tam-diep.xlsx"
    assert form_command("", "UBND phường Tam Điệp", "p", "") == (
        'cds form --unit "UBND phường Tam Điệp" --out phieu-p.xlsx'
    )

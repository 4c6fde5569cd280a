"""A value in a command a hint prints is read alike by PowerShell, cmd and bash, or not printed.

Clerks paste hints' commands into PowerShell or cmd on Windows (docs/huong-dan-su-dung.md). A
note was printed with POSIX quoting ('…', $'…\\n…'), which cmd keeps as quote characters and
PowerShell reads otherwise: the pasted command recorded other text. Now (core/command_words.py)
a value is printed in double quotes when none of the three reads anything in it specially
there, and otherwise left out at the command's end, said before it: the command as printed
stops at "--note needs a value" and records nothing. Each printed command is run here through
/bin/bash, and through pwsh where it is installed, and the report it records is compared.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cds_tracker.core.command_words import command_word, unsafe_character
from test_reopened_part import cds
from test_reopened_part import workspace as workspace  # the fixture

WITHHELD_VI = (
    "giá trị của --note có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo cách riêng nên "
    "không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau --note (thay cho dấu "
    "… nếu có); "
)
SAFE = {  # the value → its word in a printed command
    "Đã số hóa 1.250 hồ sơ": '"Đã số hóa 1.250 hồ sơ"',
    "đạt 80%": '"đạt 80%"',
    "từ 60% lên 80%": '"từ 60% lên 80%"',  # cmd: no variable's name holds a space
    "biên bản của Phòng Y tế (bản 'gốc')": "\"biên bản của Phòng Y tế (bản 'gốc')\"",
    "‘trích’ & <QĐ 5> | 10^3; a,b": '"‘trích’ & <QĐ 5> | 10^3; a,b"',  # operators, quoted
    "D:\\minh-chung\\QĐ 5.pdf": '"D:\\minh-chung\\QĐ 5.pdf"',  # a single \ inside
    "2024": "2024",  # bare: read alike unquoted
}
UNSAFE = {  # the value → the first character one window reads specially inside "…"
    'Đã xong "giai đoạn 1"': '"',
    "Đã xong “giai đoạn 1”": "“",  # PowerShell's double quotes
    "„QĐ 5”": "„",
    "chi phí $5": "$",  # PowerShell's and bash's variables
    "mã `a`": "`",  # PowerShell's escape, bash's command
    "Hoàn thành!": "!",  # bash's history
    "đạt 80% theo %DATE%": "%",  # cmd's variable, even inside "…"
    "%PATH:~0,3%": "%",
    "D:\\minh-chung\\": "\\",  # "…\" ends nowhere on Windows
    "\\\\may-chu\\chung": "\\",  # bash makes \\ one
    "dòng 1\ndòng 2": "\n",  # cmd takes no line break
    "cột\tcột": "\t",
    # what the screen shows as other text (attack 16, a16_02): the pasted command recorded it
    "Đáp ứng\u200b 12/12 yêu cầu": "\u200b",  # a zero-width space (Word, Zalo): <U+200B>
    "dòng 1\u2028dòng 2": "\u2028",  # a line separator: ␊
    "\u202eabc": "\u202e",  # a bidi override: <U+202E>
    "a\u200eb": "\u200e",  # a direction mark
    "\ufeffghi chú": "\ufeff",  # a byte order mark
    "phieu\udcff.xlsx": "\udcff",  # a file name's byte that is not UTF-8: <0xFF>
    "a\x85b": "\x85",  # C1
    "": "",  # PowerShell 5.1 drops an empty argument
}


@pytest.mark.parametrize(("value", "word"), SAFE.items())
def test_a_value_no_window_reads_specially_is_one_double_quoted_word(value: str, word: str) -> None:
    assert unsafe_character(value) is None
    assert command_word(value) == word


@pytest.mark.parametrize(("value", "char"), UNSAFE.items())
def test_a_value_some_window_reads_specially_has_no_printed_form(value: str, char: str) -> None:
    assert unsafe_character(value) == char
    assert command_word(value) is None


def test_values_left_out_end_the_options_with_the_first_of_them() -> None:
    from cds_tracker.progress.form_refusals import add_extras, left_out

    extras = add_extras(["share=81.5"], "chi phí $5", ["QĐ 5", "bản “gốc”"])
    assert extras == ' --value "share=81.5" --evidence "QĐ 5" --note'
    assert left_out(["share=81.5"], "chi phí $5", ["QĐ 5", "bản “gốc”"]) == [
        "--note",
        "--evidence",
    ]
    assert add_extras([], "Hoàn thành!", []) == " --note"
    assert add_extras([], "", []) == ""


def _reopen(note: str) -> tuple[str, str]:
    """Tam Điệp reopens I.3 with `note` (test_reopened_part's plan): the warning's hint, and
    the id of the report it corrects."""
    code, out, err = cds("progress", "add", "I.3", "--unit", "Tam Điệp", "--status",
                         "in_progress", "--date", "20/07/2025", "--id", "--note", note)  # fmt: skip
    assert code == 0, err
    return err.splitlines()[0], out.removeprefix("Đã ghi tiến độ ").partition(":")[0]


def _shells() -> list[list[str]]:
    """bash, and PowerShell where it is installed (`pwsh`): each runs a command string."""
    shells = [["/bin/bash", "-c"]]
    if shutil.which("pwsh"):
        shells.append([str(shutil.which("pwsh")), "-NoProfile", "-Command"])
    return shells


def _run(shell: list[str], command: str, folder: Path) -> int:
    """`command` typed into `shell` in `folder`, with this venv's `cds` first on the PATH."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    done = subprocess.run([*shell, command], cwd=folder, env={**os.environ, "PATH": path},
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    return done.returncode


def _last(workspace: Path) -> dict[str, object]:
    written = (workspace / "plans/2024/progress/phuong-tam-diep.yaml").read_text("utf-8")
    last: dict[str, object] = json.loads(written.splitlines()[-1].removeprefix("- "))
    return last


@pytest.mark.parametrize(
    "note", ["Đã số hóa 1.250 hồ sơ", "từ 60% lên 80%", "biên bản (bản 'gốc')", "D:\\mc\\a.pdf"]
)
def test_a_printed_command_records_the_note_as_written(workspace: Path, note: str) -> None:
    hint, entry_id = _reopen(note)
    command = (  # corrected to "hoàn thành", typed as printed (clerk review 14)
        'cds --plan 2024 progress add I.3 --id --unit phuong-tam-diep --status "hoàn thành" '
        f'--date 20/07/2025 --corrects {entry_id} --note "{note}"'
    )
    assert hint.endswith(f"ngày sai thì đổi cả --date ({command})")
    for shell in _shells():
        assert _run(shell, command, workspace) == 0
        last = _last(workspace)
        assert (last["status"], last["note"], last["corrects"]) == ("done", note, entry_id)


@pytest.mark.parametrize(
    "note",
    [
        "Đã xong “giai đoạn 1”",
        "chi phí $5",
        "mã `a`",
        "đạt 80% theo %DATE%",
        'Đã xong "giai đoạn 1"',
        "dòng 1\ndòng 2",
        "Đáp ứng\u200b 12/12 yêu cầu",  # shown as <U+200B>: pasted, recorded so (a16_02)
        "dòng 1\u2028dòng 2",  # shown as ␊
        "Hoàn thành \u202eabc",  # shown as <U+202E>
    ],
)
def test_a_note_with_no_printed_form_is_said_and_the_command_records_nothing(
    workspace: Path, note: str
) -> None:
    hint, entry_id = _reopen(note)
    command = (
        'cds --plan 2024 progress add I.3 --id --unit phuong-tam-diep --status "hoàn thành" '
        f"--date 20/07/2025 --corrects {entry_id} --note"
    )
    assert hint.endswith(f"ngày sai thì đổi cả --date ({WITHHELD_VI}{command})")
    before = (workspace / "plans/2024/progress/phuong-tam-diep.yaml").read_text("utf-8")
    for shell in _shells():
        assert _run(shell, command, workspace) == 2
    after = (workspace / "plans/2024/progress/phuong-tam-diep.yaml").read_text("utf-8")
    assert after == before


def test_the_withheld_note_is_said_in_english(workspace: Path) -> None:
    code, _, err = cds("--lang", "en", "progress", "add", "I.3", "--unit", "Tam Điệp",
                       "--status", "in_progress", "--date", "20/07/2025", "--id", "--note",
                       "chi phí $5")  # fmt: skip
    assert code == 0
    assert (
        "its --date too if that is wrong (the value of --note holds characters a command window "
        "(PowerShell, cmd) reads in its own way, so it is not printed; the command that follows "
        "lacks it and records nothing: type it in after --note (in place of the … if any); cds "
        "--plan 2024 progress add I.3 --id --unit phuong-tam-diep --status done --date "
        "20/07/2025 --corrects "
    ) in err.splitlines()[0]
    assert err.splitlines()[0].endswith(" --note)")


@pytest.mark.parametrize(
    ("lang", "hint"),
    [
        ("vi", "  gợi ý: " + WITHHELD_VI + "sửa dòng này theo lỗi trên, rồi nhập lại; nếu không "
               "sửa được trên phiếu, xoá dòng này khỏi phiếu và ghi bằng lệnh cds --plan 2024 "
               'progress add I.2 --id --unit "UBND phường Tam Điệp" --status "hoàn thành" --date '
               '25/03/2024 --evidence "QĐ 5" --note (lệnh đó nói cách ghi)'),
        ("en", "  hint: the value of --note holds characters a command window (PowerShell, cmd) "
               "reads in its own way, so it is not printed; the command that follows lacks it and "
               "records nothing: type it in after --note (in place of the … if any); fix this row "
               "as the problem says, then import again; if the form cannot say it, clear this row "
               "of the form and record it with cds --plan 2024 progress add I.2 --id --unit "
               '"UBND phường Tam Điệp" --status done --date 25/03/2024 --evidence "QĐ 5" --note '
               "(that command says how)"),
    ],
)  # fmt: skip
def test_a_form_row_s_note_with_no_printed_form_is_said_before_the_command(
    lang: str, hint: str
) -> None:
    import datetime as dt

    from cds_tracker.core.errors import UsageError, msg
    from cds_tracker.output.words import Lang
    from cds_tracker.progress.form_refusals import add_extras, form_refusal, left_out

    row = {"target": "I.2", "unit": "UBND phường Tam Điệp", "plan": "--plan 2024 ",
           "status": "done", "day": dt.date(2024, 3, 25),
           "extras": add_extras([], "Đã xong “giai đoạn 1”", ["QĐ 5"]),
           "withheld": left_out([], "Đã xong “giai đoạn 1”", ["QĐ 5"])}  # fmt: skip
    error = UsageError(msg("entry.not_met", name="x", value="1", threshold="2"))
    language: Lang = "vi" if lang == "vi" else "en"
    said = form_refusal(error, "f.xlsx:Phiếu báo cáo!", {"date": "G8", "status": "F8"}, row,
                        language)  # fmt: skip
    assert said.splitlines()[1] == hint


@pytest.mark.parametrize(("name", "chars"), [("2024 “sửa”", "“ ”"), ("2024-%DATE%", "%")])
def test_a_plan_folder_no_window_reads_alike_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, chars: str
) -> None:
    """Hints print `--plan NAME`: a folder whose name some window reads specially (the one
    rule, core/command_words.py) is no plan, said with why (app/workspace.py)."""
    from typer.testing import CliRunner

    from cds_tracker.app.setup import init_registry
    from cds_tracker.cli import app

    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    init_registry(tmp_path / "plans" / name)
    result = CliRunner().invoke(app, ["--lang", "en", "plans"])
    assert result.exit_code == 0, result.output
    assert name not in result.stdout
    (note,) = [line for line in result.stderr.splitlines() if name in line]
    assert f"command line reads as commands ({chars}), so it is no plan" in note


def test_a_received_form_s_file_name_with_no_printed_form_is_said() -> None:
    from cds_tracker.progress.form_cells import Complaints
    from cds_tracker.progress.form_guard import check_plan
    from cds_tracker.progress.form_import import FormRead

    read = FormRead(problems=Complaints("en"), name="phiếu “Tam Điệp”.xlsx")
    problems = read.problems
    info = {"year": "2022", "folder": "2022", "sheet": "Phiếu báo cáo"}
    check_plan(info, 2023, "phiếu “Tam Điệp”.xlsx", read)
    assert problems[0].splitlines()[1] == (
        "  hint: the file's name holds characters a command window (PowerShell, cmd) reads in "
        "its own way, so it is not printed; type it into the command that follows, in place of "
        "the …; import it into the plan it was made for: cds --plan 2022 progress import …"
    )
    read = FormRead(problems=Complaints("en"), name="D:\\phieu\\phiếu Tam Điệp.xlsx")
    problems = read.problems
    check_plan(info, 2023, "D:\\phieu\\phiếu Tam Điệp.xlsx", read)
    assert problems[0].splitlines()[1] == (
        "  hint: import it into the plan it was made for: cds --plan 2022 progress import "
        '"D:\\phieu\\phiếu Tam Điệp.xlsx"'
    )


def test_init_s_hint_gives_a_folder_with_a_space_as_one_word(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cds init "plans/2024 sửa"`: the commands its hint gives name the path as one word (it
    was printed bare, two words in every window)."""
    from typer.testing import CliRunner

    from cds_tracker.cli import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["init", "plans/2024 sửa"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "  gợi ý: kế hoạch 2024 lấy từ bảng phụ lục của chính nó: cds import KE-HOACH-2024.docx "
        '--out "plans/2024 sửa/phu_luc_01.yaml" (hoặc tệp .xlsx); kế hoạch 2023: cds init '
        "plans/2023"
    )

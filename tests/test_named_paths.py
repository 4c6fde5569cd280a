"""A path the user names for cds to read: one rule for every command (docs/reliability.md,
"A path you name").

The path must be a readable regular file (a link to one is followed), or a folder where the
command takes one; anything else is the wrong thing named, a usage error (exit 2) that says
what the path is, in the reader's words. A file that is there and readable but whose content is
wrong is invalid data (exit 1). Nothing hangs, nothing exits 3.

Before the rule: `progress import` waited forever on a named pipe and on a link to /dev/zero,
and said a missing file in the system's English inside a Vietnamese line; `diff` called a pipe
"neither a file nor a plan"; `validate` exited 1 for a pipe where import and diff exited 2; a
file without read permission was typer's bare "invalid value" for import, progress import and
validate, and "the registry has 1 problem" (exit 1) for --registry.

Each command runs in its own process without the capabilities that let root ignore permission
bits (tests/unprivileged.py), so the unreadable file is unreadable in CI too.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from unprivileged import run_cds

BAD_NAME = os.fsdecode(b"bad\xff.xlsx")  # a name that is not UTF-8: shown as bad<0xFF>.xlsx
NAMES = {
    "missing": "nothere.xlsx",
    "folder": "folder.xlsx",
    "fifo": "fifo.xlsx",
    "zero": "zero.xlsx",  # a symbolic link to /dev/zero: reading it never ends
    "bad_name": BAD_NAME,  # a 0-byte file under a non-UTF-8 name
    "no_read": "noread.xlsx",  # mode 000
    "empty": "empty.xlsx",
}
PREFIX = {"en": "cds: error: ", "vi": "cds: lỗi: "}

# (exit code, the stream, its first line) for each kind of path, in English and Vietnamese;
# {n} is the name as the terminal shows it. The rule's own words, shared by every command:
RULE = {
    "missing": (
        "no such file or folder: '{n}'",
        "không có tệp hay thư mục: '{n}'",
    ),
    "folder": (
        "'{n}' is a folder, not a regular file",
        "'{n}' là một thư mục, không phải tệp thông thường",
    ),
    "fifo": (
        "'{n}' is a named pipe (FIFO), not a regular file",
        "'{n}' là một ống có tên (named pipe, FIFO), không phải tệp thông thường",
    ),
    "zero": (
        "'{n}' is a device, not a regular file",
        "'{n}' là một thiết bị, không phải tệp thông thường",
    ),
    "no_read": (
        "cannot access '{n}': Permission denied",
        "không truy cập được '{n}': không có quyền truy cập",
    ),
}
CANNOT_READ = ("cannot read '{n}'", "không đọc được '{n}'")  # import's and diff's damaged file
EMPTY_REGISTRY = (
    "{n}:1:1: the file is empty: a registry needs document, catalog and groups",
    "{n}:1:1: tệp trống: sổ đăng ký cần có document, catalog và groups",
)
NOT_XLSX = (
    "{n}: cannot be read: not an Excel file (.xlsx)",
    "{n}: không đọc được, không phải tệp Excel (.xlsx)",
)
NOT_XLSX_HINT = (  # what file to import instead
    "  hint: import the .xlsx file cds form made and the unit filled in: if it was saved by "
    "another program, open it in Excel, choose File › Save As, type Excel Workbook (.xlsx), "
    "then import that file; a damaged file: ask the unit to send it again",
    "  gợi ý: nhập tệp .xlsx do cds form lập và đơn vị điền: nếu tệp đã được lưu bằng chương "
    "trình khác, mở bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ làm việc Excel "
    "(.xlsx), rồi nhập tệp đó; tệp hỏng thì xin đơn vị gửi lại",
)
NEITHER = (
    "'{n}' is neither a file nor a plan",
    "'{n}' không phải là tệp, cũng không phải tên kế hoạch",
)
FOLDER_WITHOUT = (
    "'{n}' is a folder without a registry: there is no {n}/phu_luc_01.yaml",
    "'{n}' là thư mục nhưng không có sổ đăng ký: không có {n}/phu_luc_01.yaml",
)
OR_FOLDER = (" or a folder", " hay thư mục")  # validate takes a folder too

# Each command: its arguments around the path, and how it differs from the rule: a content
# problem (exit 1) says what the reader found; a missing or folder path may mean something else.
COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "import": (["import"], []),
    "progress import": (["progress", "import"], []),
    "diff": (["diff"], ["data/phu_luc_01.yaml"]),
    "validate": (["validate"], []),
    "--registry": (["late", "--as-of", "01/06/2024", "--registry"], []),
}


def expected(command: str, case: str, lang: str) -> tuple[int, str, str]:
    """(exit code, stream, first line) the command must give for the case."""
    at = 0 if lang == "en" else 1
    name = "bad<0xFF>.xlsx" if case == "bad_name" else NAMES[case]
    content = case in ("bad_name", "empty")
    if content:  # a readable regular file with nothing usable in it: invalid data
        if command in ("import", "diff"):
            return 1, "stderr", PREFIX[lang] + CANNOT_READ[at].format(n=name)
        if command == "progress import":
            return 1, "stderr", NOT_XLSX[at].format(n=name)
        if command == "validate":
            return 1, "stdout", EMPTY_REGISTRY[at].format(n=name)
        words = ("the registry {n} has 1 problem; fix it (see 'cds validate')",)
        words += ("sổ đăng ký {n} có 1 lỗi; hãy sửa (xem 'cds validate')",)
        return 1, "stderr", PREFIX[lang] + words[at].format(n=name)
    text = RULE[case][at].format(n=name)
    if command == "diff" and case == "missing":  # it may be a plan's name
        text = NEITHER[at].format(n=name)
    elif command == "diff" and case == "folder":  # a folder, but no registry in it
        text = FOLDER_WITHOUT[at].format(n=name)
    elif command == "validate" and case == "folder":  # validated, and has no registry in it
        text = ("no .yaml files in folder '{n}'", "thư mục '{n}' không có tệp .yaml nào")[at]
        text = text.format(n=name)
    elif command == "validate" and case in ("fifo", "zero"):
        text += OR_FOLDER[at]
    elif command == "--registry" and case in ("missing", "folder"):
        shown = name + ("/phu_luc_01.yaml" if case == "folder" else "")
        words = (
            "--registry: no registry file at '{n}'",
            "--registry: không có tệp sổ đăng ký tại '{n}'",
        )
        text = words[at].format(n=shown)
    return 2, "stderr", PREFIX[lang] + text


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a registry (data/) and one path of each kind."""
    from cds_tracker.app.setup import init_registry

    top = tmp_path_factory.mktemp("named")
    init_registry(top / "data")
    (top / NAMES["folder"]).mkdir()
    os.mkfifo(top / NAMES["fifo"])
    (top / NAMES["zero"]).symlink_to("/dev/zero")
    (top / BAD_NAME).write_bytes(b"")
    (top / NAMES["no_read"]).write_bytes(b"PK\x03\x04 a workbook nobody may read")
    (top / NAMES["no_read"]).chmod(0)
    (top / NAMES["empty"]).write_bytes(b"")
    return top


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("case", list(NAMES))
@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_named_path_is_said_as_what_it_is(
    place: Path, command: str, case: str, lang: str
) -> None:
    before, after = COMMANDS[command]
    env = {**os.environ, "CDS_LANG": lang, "NO_COLOR": "1", "CDS_NO_CACHE": "1"}
    started = time.monotonic()
    result = run_cds([*before, NAMES[case], *after], cwd=place, env=env)
    took = time.monotonic() - started
    code, stream, first = expected(command, case, lang)
    printed = result.stdout if stream == "stdout" else result.stderr
    assert (result.returncode, printed.splitlines()[:1]) == (code, [first]), result.stderr
    if command == "progress import" and code == 1:  # no workbook: the hint says which file
        assert printed.splitlines()[1] == NOT_XLSX_HINT[lang != "en"]
    assert "Traceback" not in result.stderr
    assert took < 15, f"{command} on {case} took {took:.1f} s"  # a pipe read would never end


def test_validate_in_a_folder_with_a_pipe_named_like_a_progress_file(tmp_path: Path) -> None:
    """Found by cds itself (not named), a pipe among the progress files is a problem of the
    data (exit 1) reported at its name; it is never opened for reading, so nothing waits."""
    from cds_tracker.app.setup import init_registry

    init_registry(tmp_path / "data")
    os.mkfifo(tmp_path / "data" / "progress" / "phong-y-te.yaml")
    env = {**os.environ, "CDS_LANG": "en", "NO_COLOR": "1", "CDS_NO_CACHE": "1"}
    for args in (["validate"], ["validate", "data"]):
        result = run_cds(args, cwd=tmp_path, env=env)
        assert (result.returncode, result.stderr) == (1, "")
        assert result.stdout.splitlines() == [
            "data/progress/phong-y-te.yaml:1:1: cannot read file: it is a named pipe (FIFO), "
            "not a regular file",
            "1 problem in 1 file (2 files checked).",  # the pipe; the registry is valid
        ]


def test_progress_import_refuses_every_file_before_writing_any(place: Path) -> None:
    """Several forms named, one of them a pipe: the usage error comes first, nothing is read."""
    env = {**os.environ, "CDS_LANG": "en", "NO_COLOR": "1"}
    result = run_cds(["progress", "import", NAMES["empty"], NAMES["fifo"]], cwd=place, env=env)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "cds: error: 'fifo.xlsx' is a named pipe (FIFO), not a regular file\n"

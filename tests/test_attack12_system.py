"""What the system refuses (issue 12's attack): a folder the user may not enter on the way up, an
--out beyond one, a current folder that was removed, a reader that closed the pipe, a thing named
like the registry that is no file. Each exited 3 (an internal error, with a crash log) or 1 with
nothing said; now a notice or an error, and never a crash log."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.discovery import bundled_registry
from cds_tracker.cli import app
from unprivileged import SCRIPT, run_cds

BUNDLED = bundled_registry()
NO_CWD = (
    "cds: lỗi: không đọc được thư mục hiện tại (không có tệp hay thư mục này); nó có thể đã bị "
    "xoá: hãy cd tới một thư mục khác\n"
)


@pytest.fixture
def top() -> Iterator[Path]:
    """A folder anyone may enter (pytest's own are private to their owner), with a private
    home and cache inside; removed afterwards, locked folders included."""
    folder = Path(tempfile.mkdtemp(prefix="cds-attack12-")).resolve()
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


def environment(top: Path) -> dict[str, str]:
    (top / "home").mkdir(exist_ok=True)
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(top / "home"),
        "XDG_CACHE_HOME": str(top / "home" / ".cache"),
        "TMPDIR": str(top / "home"),  # where a crash log would go: checked to stay empty
        "COLUMNS": "100",
        "LC_ALL": "C.UTF-8",
        **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"},
    }


def locked(folder: Path) -> Path:
    folder.mkdir(parents=True)
    folder.chmod(0)
    return folder


def crash_logs(top: Path) -> list[Path]:
    return sorted((top / "home").glob("cds-crash-*"))


def test_a_data_folder_one_may_not_enter_is_passed_over_with_a_notice(top: Path) -> None:
    """Every command, --version included, exited 3 (PermissionError from is_file())."""
    locked(top / "data")
    (top / "work").mkdir()
    env = environment(top)
    result = run_cds(["--version"], cwd=top / "work", env=env)
    skipped = f"cds: bỏ qua {top}/data/phu_luc_01.yaml: không có quyền truy cập\n"
    assert (result.returncode, result.stderr) == (0, skipped)
    assert result.stdout == f"cds 0.1.0\nSổ đăng ký: {BUNDLED} (bản kèm theo cds, chỉ đọc)\n"
    result = run_cds(["list", "--as-of", "01/11/2023"], cwd=top / "work", env=env)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        skipped.rstrip("\n"),
        f"cds: đang dùng bản sổ đăng ký kèm theo cds (chỉ đọc): {BUNDLED}; tạo sổ riêng bằng "
        "'cds init THƯ_MỤC'",
    ]
    assert crash_logs(top) == []


def test_a_plans_folder_one_may_not_enter_is_passed_over_for_a_registry_above(top: Path) -> None:
    shutil.copy(BUNDLED, top / "phu_luc_01.yaml")
    locked(top / "work" / "plans")
    result = run_cds(["--version"], cwd=top / "work", env=environment(top))
    assert result.returncode == 0
    assert result.stderr == f"cds: bỏ qua {top}/work/plans: không có quyền truy cập\n"
    assert result.stdout == f"cds 0.1.0\nSổ đăng ký: {top}/phu_luc_01.yaml\n"


def test_an_out_file_beyond_a_folder_one_may_not_enter_is_an_error(top: Path) -> None:
    """`export --out /root/x.xlsx` as nobody exited 3 (lstat's PermissionError)."""
    out = locked(top / "locked") / "x.xlsx"
    env = environment(top)
    result = run_cds(["export", "--format", "xlsx", "--out", str(out)], cwd=top, env=env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == (
        f"cds: lỗi: không ghi được {out}: không có quyền truy cập; chưa ghi gì"
    )
    # what no check of a command foresaw is said the same way, with the path the system names
    result = run_cds(["form", "-u", "Y tế", "--out", str(out)], cwd=top, env=env)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.splitlines()[-1] == (
        f"cds: lỗi: không truy cập được '{out}': không có quyền truy cập"
    )
    assert crash_logs(top) == []


def test_a_removed_current_folder_is_an_error_not_a_crash(top: Path) -> None:
    gone = "mkdir g && cd g && rmdir ../g"
    env = environment(top)
    result = run_cds(["list"], cwd=top, env=env, shell_before=gone)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", NO_CWD)
    shutil.copy(BUNDLED, top / "phu_luc_01.yaml")
    result = run_cds(["show", "I.1", "--registry", ".."], cwd=top, env=env, shell_before=gone)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", NO_CWD)
    args = ["list", "--registry", str(top), "--as-of", "01/11/2023", "--format", "json"]
    result = run_cds(args, cwd=top, env=env, shell_before=gone)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.count('"id": ') == 31
    result = run_cds(["--version"], cwd=top, env=env, shell_before=gone)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "cds 0.1.0\n" + NO_CWD.removeprefix("cds: lỗi: ")
    assert crash_logs(top) == []


def _closed(top: Path, args: list[str], stream: str) -> tuple[int, str]:
    """Run cds with its stdout or stderr a pipe closed before it writes; the other stream."""
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, *args], cwd=top, env=environment(top), text=True, **pipes
    )
    getattr(process, stream).close()
    other = process.stderr if stream == "stdout" else process.stdout
    assert other is not None
    with other:
        said = other.read()
    return process.wait(timeout=60), said


def test_a_closed_pipe_ends_quietly_with_141_and_no_crash_log(top: Path) -> None:
    """`cds late | head -3` exited 1 (the invalid-data code) with nothing said; a usage error
    printed to a closed stderr crashed the crash handler and left a log each time."""
    code, stderr = _closed(
        top, ["late", "--as-of", "01/06/2024", "--registry", str(BUNDLED)], "stdout"
    )
    assert (code, stderr) == (141, "")
    code, stdout = _closed(top, ["list", "--format", "xml"], "stderr")
    assert (code, stdout) == (141, "")
    code, stdout = _closed(top, ["--version"], "stdout")
    assert code == 141
    assert crash_logs(top) == []


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: p.mkdir(), "đây là một thư mục"),
        (lambda p: os.mkfifo(p), "không phải tệp thường"),
        (lambda p: p.symlink_to(p.parent / "nowhere.yaml"), "liên kết tới nơi không có"),
    ],
)
def test_a_candidate_that_is_no_file_is_named_as_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: object, why: str
) -> None:
    """A folder, a FIFO or a link to nothing named phu_luc_01.yaml was passed over in silence,
    for the registry above or the bundled copy."""
    shutil.copy(BUNDLED, tmp_path / "phu_luc_01.yaml")
    here = tmp_path / "work"
    here.mkdir()
    make(here / "phu_luc_01.yaml")  # type: ignore[operator]
    monkeypatch.chdir(here)
    result = CliRunner().invoke(app, ["show", "I.1"])
    assert result.exit_code == 0
    assert result.stderr == f"cds: bỏ qua {here}/phu_luc_01.yaml: {why}\n"
    assert result.stdout.endswith(f"\nSổ đăng ký: {tmp_path}/phu_luc_01.yaml\n")
    assert stat.S_ISREG((tmp_path / "phu_luc_01.yaml").stat().st_mode)


def test_a_blank_cds_lang_is_no_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    """CDS_LANG=" " made every command exit 2."""
    monkeypatch.setenv("CDS_LANG", " ")
    result = CliRunner().invoke(app, ["show", "I.1", "--format", "json"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith('{\n  "id": "I.1",')


def test_a_registry_or_progress_folder_one_may_not_read_is_an_error(top: Path) -> None:
    """CDS_REGISTRY beyond a locked folder made --version exit 3; a progress/ folder that cannot
    be listed was read as "nothing recorded", and validate said all was well."""
    env = environment(top)
    locked(top / "locked")
    result = run_cds(["--version"], cwd=top, env={**env, "CDS_REGISTRY": f"{top}/locked/reg"})
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        f"cds 0.1.0\nkhông truy cập được '{top}/locked/reg': không có quyền truy cập\n"
    )
    shutil.copy(BUNDLED, top / "phu_luc_01.yaml")
    locked(top / "progress")
    refused = f"cds: lỗi: không truy cập được '{top}/progress': không có quyền truy cập\n"
    for args in (["list"], ["validate"], ["report", "-u", "Y tế"]):
        result = run_cds(args, cwd=top, env=env)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", refused), args
    assert crash_logs(top) == []

"""Attack 5 on reading and running: Ctrl-C while cds starts, a unit changed twice, a progress
file that is a link into another plan, and a received repository whose config runs code."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cds_tracker.app.git_safety import risky
from test_plans import cds, ok, workspace  # noqa: F401  (the fixture)
from test_sync import add, git, shared  # noqa: F401  (the fixture)
from test_sync import cds as cds_process

# 3. Ctrl-C from the first line ---------------------------------------------------------------

# Ctrl-C arriving while `module` is imported: the finder raises it, as the signal handler would.
STOP_AT = """
import sys
class Stop:  # once, as a signal arrives once
    fired = False
    def find_spec(self, name, path=None, target=None):
        if name == {module!r} and not Stop.fired:
            Stop.fired = True
            raise KeyboardInterrupt
sys.meta_path.insert(0, Stop())
sys.argv = ["cds", *{args!r}]
from cds_tracker.main import main
main()
"""


def _stopped_at(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    script = STOP_AT.format(module=module, args=list(args))
    return subprocess.run(
        [sys.executable, "-c", script], cwd=cwd, capture_output=True, text=True, timeout=60,
        env={**os.environ, "CDS_NO_CACHE": "1"}, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("module", "when"),
    [
        ("cds_tracker.cli.app", "while the CLI loads"),
        ("cds_tracker.cli.checking", "while validate's command module loads"),
        ("cds_tracker.core.errors", "before the catalogue could be loaded"),
        ("cds_tracker.app.validate", "inside the command (typer made it a silent exit 130)"),
    ],
)
def test_ctrl_c_at_start_up_says_so_and_exits_130(workspace: Path, module: str, when: str) -> None:  # noqa: F811
    """`timeout -s INT 0.3 cds validate` printed a traceback from cli/__init__.py's imports."""
    for args, said in (
        (("validate", "--lang", "en"), "cds: interrupted\n"),
        (("validate",), "cds: đã dừng theo yêu cầu\n"),
        (("--lang=en", "validate"), "cds: interrupted\n"),
    ):
        done = _stopped_at(module, *args, cwd=workspace)
        assert (done.returncode, done.stderr, done.stdout) == (130, said, ""), when


def test_a_real_ctrl_c_while_loading_says_so(workspace: Path) -> None:  # noqa: F811
    """A real SIGINT once the interpreter runs cds's code (a few tenths of a second in)."""
    ready = "import sys; sys.argv = ['cds', 'validate', '--lang', 'en']; print('go', flush=True)\n"
    process = subprocess.Popen(
        [sys.executable, "-c", ready + "from cds_tracker.main import main; main()"],
        cwd=workspace, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "CDS_NO_CACHE": "1"},
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline() == "go\n"
    time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=60)
    assert (process.returncode, err) == (130, "cds: interrupted\n")


# 4. a unit listed twice in the workspace's unit changes --------------------------------------


def test_a_unit_changed_twice_is_an_error_at_the_second_entry(workspace: Path) -> None:  # noqa: F811
    (workspace / "plans" / "don_vi_thay_doi.yaml").write_text(
        "units:\n"
        "  - id: phong-y-te\n"
        "    valid_to: 30/06/2025\n"
        "  - id: phong-y-te\n"
        "    valid_to: 31/12/2025\n",
        encoding="utf-8",
    )
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "plans/don_vi_thay_doi.yaml:4:9: unit 'phong-y-te' already has entry 1 of this file;"
        " each unit has one entry",
        "  4 |   - id: phong-y-te",
        "    |         ^",
        "  hint: merge the two entries into one (keeping the right fields), then delete the other",
        "1 problem in 1 file (3 files checked).",
    ]
    result = cds("validate")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        "plans/don_vi_thay_doi.yaml:4:9: đơn vị 'phong-y-te' đã có ở mục thứ 1 của tệp này;"
        " mỗi đơn vị chỉ ghi một mục"
    )
    assert result.output.splitlines()[3] == (
        "  gợi ý: gộp hai mục làm một (giữ các trường đúng) rồi xóa mục thừa"
    )


# 6. a progress file that is a link ------------------------------------------------------------

LINKED_EN = (
    "plans/2024/progress/phong-y-te.yaml:1:1: cannot read file: it is a symbolic link, not a"
    " regular file"
)
LINKED_VI = (
    "plans/2024/progress/phong-y-te.yaml:1:1: không đọc được tệp: đường dẫn này là một liên kết"
    " tượng trưng (symbolic link), không phải tệp thông thường"
)


def test_a_progress_file_linked_to_another_plans_is_refused_by_every_reader(
    workspace: Path,  # noqa: F811
) -> None:
    """Writers refused the link, readers followed it: 2023's entries counted in 2024."""
    ok("--plan", "2023", "progress", "add", "III.4", "--unit", "phong-y-te", "--status", "done",
       "--date", "15/11/2023")  # fmt: skip
    progress = workspace / "plans" / "2024" / "progress"
    progress.mkdir(exist_ok=True)
    (progress / "phong-y-te.yaml").symlink_to(
        workspace / "plans" / "2023" / "progress" / "phong-y-te.yaml"
    )
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines() == [LINKED_EN, "1 problem in 1 file (4 files checked)."]
    assert cds("validate").output.splitlines() == [
        LINKED_VI,
        "1 lỗi trong 1 tệp (đã kiểm tra 4 tệp).",
    ]
    for args in (("list",), ("progress", "list"), ("due",)):
        result = cds("--plan", "2024", *args, "--lang", "en")
        assert result.exit_code == 1, args
        assert result.output.splitlines()[-1] == LINKED_EN, args
    result = cds("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == LINKED_VI
    assert "carried_from" not in (workspace / "plans/2024/phu_luc_01.yaml").read_text("utf-8")


# 7. a received repository's config runs nothing ----------------------------------------------


def test_sync_runs_no_program_a_received_repository_names(
    shared: tuple[Path, Path, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    """core.fsmonitor in .git/config ran /tmp/attack5/git/evil.sh on `cds sync`."""
    _bare, clone, _ = shared
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.sh"
    evil.write_text(f'#!/bin/sh\necho $0 "$@" >> {marker}\ncat\n', encoding="utf-8")
    evil.chmod(0o755)
    git(clone, "config", "core.fsmonitor", str(evil))  # status, diff, add, commit
    hooks = clone / ".git" / "hooks"
    for hook in ("pre-commit", "commit-msg", "post-commit", "post-merge", "pre-push"):
        (hooks / hook).write_text(evil.read_text(encoding="utf-8"), encoding="utf-8")
        (hooks / hook).chmod(0o755)
    add(clone, "II.4", "Phường Nam Sơn", "12/10/2023")
    out = cds_process(clone, "sync")
    _, err = out.communicate()
    assert out.returncode == 0, err
    assert not marker.exists()
    pending = git(clone, "-c", "core.fsmonitor=false", "status", "--porcelain", "--branch")
    assert pending.strip().endswith("...origin/main")  # committed and pushed, nothing left
    assert git(clone, "log", "-1", "--format=%s").startswith("Tiến độ: UBND phường Nam Sơn")
    for key, value in (
        ("filter.nhap.clean", str(evil)),
        ("diff.nhap.textconv", str(evil)),
        ("core.sshCommand", f"{evil} ssh"),
    ):
        git(clone, "config", key, value)
    add(clone, "II.4", "Phường Nam Sơn", "13/10/2023")
    done = cds_process(clone, "sync", "--lang", "en")
    _, err = done.communicate()
    assert done.returncode == 1
    assert err.splitlines() == [
        "cds: error: this git repository's config (.git/config) names programs for git to run:"
        f" core.sshcommand = {evil} ssh; filter.nhap.clean = {evil}; diff.nhap.textconv = {evil};"
        " cds sync runs no program a repository names",  # in the order of .git/config
        "  hint: unless you set it yourself (a repository received from someone), remove it:"
        " git config --unset core.sshcommand",
    ]
    assert not marker.exists()


def test_risky_settings_are_the_repositorys_own() -> None:
    listing = "\0".join(
        [
            "global", "core.sshcommand\nssh -i ~/.ssh/cong-vu",  # the user's own: trusted
            "system", "credential.helper\nstore",
            "local", "core.fsmonitor\n/x/evil",  # turned off on every command (SAFE)
            "local", "merge.gop.driver\n/x/evil %O %A %B",
            "worktree", "credential.https://kho.example.vn.helper\n!/x/evil",
            "local", "remote.origin.uploadpack\n/x/evil",
            "local", "core.editor\n",  # empty: nothing to run
            "local", "user.name\nCán bộ",
        ]
    ) + "\0"  # fmt: skip
    assert risky(listing) == [
        ("merge.gop.driver", "/x/evil %O %A %B"),
        ("credential.https://kho.example.vn.helper", "!/x/evil"),
        ("remote.origin.uploadpack", "/x/evil"),
    ]

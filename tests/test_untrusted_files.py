"""The writer and the readers do not trust what sits at a file's path (issue 13, class 3).

A progress file or folder that is a link out of the registry, a named pipe, a folder, a file on
a read-only file system: each is refused with exit 1 and a message naming the file, never
followed, never waited on (every command here runs in a subprocess with a time limit), never
an internal error. `init` and `export --out` do not write through links either.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from read_only import namespaces_work, run_read_only

ENTRY = (
    "- {id: 'aaaaaa111111', target: III.4, unit: phong-y-te, status: in_progress, "
    "date: '2023-10-15', written: '2023-10-20T08:00:00+07:00'}\n"
)
JSON_ENTRY = (
    '- {"id": "bbbbbb222222", "target": "III.4", "unit": "phong-y-te", "status": "in_progress", '
    '"date": "2023-10-15", "written": "2023-10-20T08:00:00+07:00"}\n'
)
ADD = [
    "progress",
    "add",
    "III.4",
    "--unit",
    "phong-y-te",
    "--status",
    "done",
    "--date",
    "16/10/2023",
]
FILE = "data/progress/phong-y-te.yaml"


def cds(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real CLI in `root`, stopped after 30 s: a hang fails the test instead of the run."""
    return subprocess.run(
        [sys.executable, "-m", "cds_tracker", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
        cwd=root,
        env={**os.environ, "CDS_NO_CACHE": "1", "CDS_LANG": "en"},
    )


@pytest.fixture
def root(own_registry: Path) -> Path:
    """The folder above `data/` (a fresh `cds init`), where cds finds the registry itself."""
    return own_registry.parent


def test_a_link_as_the_progress_file_is_not_followed(root: Path) -> None:
    outside = root / "outside.yaml"
    (root / FILE).symlink_to(outside)
    done = cds(root, *ADD)
    assert (done.returncode, done.stderr) == (
        1,
        f"cds: error: could not write {FILE}: it is a symbolic link, not a regular file; "
        "the file is unchanged\n",
    )
    assert not outside.exists()


def test_a_link_as_the_progress_folder_is_not_followed(root: Path) -> None:
    elsewhere = root / "elsewhere"
    elsewhere.mkdir()
    shutil.rmtree(root / "data" / "progress")
    (root / "data" / "progress").symlink_to(elsewhere)
    done = cds(root, *ADD)
    assert (done.returncode, done.stderr) == (
        1,
        "cds: error: cannot create data/progress: it is a symbolic link, not a folder\n",
    )
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("make", ["fifo", "link"])
def test_a_planted_lock_file_is_not_followed(root: Path, make: str) -> None:
    lock = root / "data" / "progress" / ".lock"
    if make == "fifo":
        os.mkfifo(lock)
        what = "a named pipe (FIFO)"
    else:
        lock.symlink_to(root / "lock-elsewhere")
        what = "a symbolic link"
    done = cds(root, *ADD)
    assert (done.returncode, done.stderr) == (
        1,
        f"cds: error: could not write {FILE}: the lock file .lock beside it is {what}, "
        "not a regular file; the file is unchanged\n",
    )
    assert not (root / FILE).exists() and not (root / "lock-elsewhere").exists()


def test_a_named_pipe_as_a_progress_file_never_hangs(root: Path) -> None:
    os.mkfifo(root / FILE)
    added = cds(root, *ADD)
    assert (added.returncode, added.stderr) == (
        1,
        f"cds: error: could not write {FILE}: it is a named pipe (FIFO), not a regular file; "
        "the file is unchanged\n",
    )
    problem = f"{FILE}:1:1: cannot read file: it is a named pipe (FIFO), not a regular file"
    late = cds(root, "late")
    assert late.returncode == 1 and problem in late.stdout + late.stderr
    checked = cds(root, "validate")
    assert checked.returncode == 1 and checked.stdout.splitlines()[0] == problem


def test_a_named_pipe_as_the_registry_never_hangs(root: Path) -> None:
    registry = root / "data" / "phu_luc_01.yaml"
    registry.unlink()
    os.mkfifo(registry)
    checked = cds(root, "validate", "data")
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[0] == (
        "data/phu_luc_01.yaml:1:1: cannot read file: it is a named pipe (FIFO), not a regular file"
    )


def test_a_folder_as_the_progress_file(root: Path) -> None:
    (root / FILE).mkdir()
    added = cds(root, *ADD)
    assert (added.returncode, added.stderr) == (
        1,
        f"cds: error: could not write {FILE}: it is a folder, not a regular file; "
        "the file is unchanged\n",
    )
    checked = cds(root, "validate")
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[0] == (
        f"{FILE}:1:1: cannot read file: it is a folder, not a regular file"
    )


@pytest.mark.parametrize(
    "before",
    [
        ENTRY,  # what the writer wrote before (a ruamel flow mapping)
        JSON_ENTRY,  # what it writes now (a JSON object)
        "# header\n" + ENTRY + "\n# a comment at the end\n",
        ENTRY.rstrip("\n"),  # no final newline
        "# only the header so far\n",
        "",
    ],
    ids=["ruamel-line", "json-line", "comments", "no-final-newline", "header-only", "empty"],
)
def test_the_shapes_the_writer_leaves_are_appended_to(root: Path, before: str) -> None:
    path = root / FILE
    path.write_text(before, encoding="utf-8")
    added = cds(root, *ADD)
    assert added.returncode == 0, added.stderr
    after = path.read_text(encoding="utf-8")
    assert after.startswith(before) and after.count("\n") == before.count("\n") + 1 + (
        not before.endswith("\n") and before != ""
    )
    assert cds(root, "validate").returncode == 0


@pytest.mark.skipif(not namespaces_work(), reason="needs user namespaces (unshare -rm)")
def test_a_read_only_file_system_is_a_clear_error(root: Path) -> None:
    (root / FILE).write_text(ENTRY, encoding="utf-8")
    env = {**os.environ, "CDS_NO_CACHE": "1", "CDS_LANG": "en"}
    done = run_read_only(root / "data", ["-m", "cds_tracker", *ADD], cwd=root, env=env)
    assert (done.returncode, done.stderr) == (
        1,
        f"cds: error: could not write {FILE}: Read-only file system; the file is unchanged\n"
        "  hint: ask for write access to the folder data/progress, or copy the whole workspace"
        " to a place you can write and run the command there\n",
    )
    assert (root / FILE).read_text(encoding="utf-8") == ENTRY


@pytest.mark.skipif(not namespaces_work(), reason="needs user namespaces (unshare -rm)")
def test_init_on_a_read_only_file_system(tmp_path: Path) -> None:
    env = {**os.environ, "CDS_LANG": "en"}
    done = run_read_only(tmp_path, ["-m", "cds_tracker", "init", "data"], cwd=tmp_path, env=env)
    assert (done.returncode, done.stderr) == (
        1,
        "cds: error: cannot create the registry in 'data': Read-only file system\n",
    )


def test_init_does_not_write_through_a_linked_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "schema").symlink_to(tmp_path / "elsewhere")
    done = cds(tmp_path, "init", "data")
    assert (done.returncode, done.stderr) == (
        1,
        "cds: error: cannot create the registry in 'data': 'data/schema' is a symbolic link, "
        "not a folder\n",
    )
    assert not (tmp_path / "elsewhere").exists()
    assert not (tmp_path / "data" / "phu_luc_01.yaml").exists()


def test_init_does_not_write_through_a_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "phu_luc_01.yaml").symlink_to(tmp_path / "victim.yaml")
    done = cds(tmp_path, "init", "data")
    assert done.returncode == 2
    assert done.stderr.startswith("cds: error: 'data/phu_luc_01.yaml' already exists")
    assert not (tmp_path / "victim.yaml").exists()


def test_a_planted_link_at_the_temporary_name_is_not_followed(tmp_path: Path) -> None:
    from cds_tracker.core.atomic import replace_file

    target = tmp_path / "file.txt"
    (tmp_path / f".file.txt.{os.getpid()}.tmp").symlink_to(tmp_path / "victim")
    replace_file(target, b"data")
    assert target.read_bytes() == b"data" and not (tmp_path / "victim").exists()


@pytest.mark.parametrize("make", ["link", "dangling-link", "fifo"])
def test_export_out_refuses_what_is_not_a_regular_file_even_with_force(
    root: Path, make: str
) -> None:
    out = root / "out.ics"
    if make == "link":
        (root / "victim.ics").write_text("keep", encoding="utf-8")
        out.symlink_to(root / "victim.ics")
        what = "a symbolic link"
    elif make == "dangling-link":
        out.symlink_to(root / "victim.ics")
        what = "a symbolic link"
    else:
        os.mkfifo(out)
        what = "a named pipe (FIFO)"
    done = cds(root, "export", "--format", "ics", "--out", "out.ics", "--force")
    assert (done.returncode, done.stderr) == (
        2,
        f"cds: error: 'out.ics' is {what}, not a regular file; nothing was written\n"
        "  hint: give --out the path of a new or regular file\n",
    )
    victim = root / "victim.ics"
    assert (victim.read_text(encoding="utf-8") == "keep") if make == "link" else not victim.exists()


def test_validate_named_pipes_given_by_name(root: Path) -> None:
    """Named on the command line, a pipe is reported as what it is, not as missing: the wrong
    thing named, a usage error (exit 2) as import and diff say it (docs/reliability.md)."""
    os.mkfifo(root / FILE)
    os.mkfifo(root / "pipe.yaml")
    for name in (FILE, "pipe.yaml"):
        checked = cds(root, "validate", name)
        assert (checked.returncode, checked.stdout) == (2, "")
        assert checked.stderr == (
            f"cds: error: '{name}' is a named pipe (FIFO), not a regular file or a folder\n"
        )

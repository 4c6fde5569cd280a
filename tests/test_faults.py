"""Many writers, killed writers, and two branches merged by git: no entry lost, no file broken."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.models import check_entry
from cds_tracker.registry.yamlio import parse

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cds_tracker.registry.models import check_entry
    from cds_tracker.progress.writing import append_entry

    path, prefix, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for i in range(count):
        entry = check_entry(dict(
            id=f"{prefix}{i:06x}", target="III.4", unit="phong-y-te", status="in_progress",
            date="2023-10-15", written="2023-10-16T08:00:00+07:00",
            note="Tiến độ " + "x" * (i % 7) * 40, values={"health_facilities_cashless": i % 100},
        ))
        append_entry(path, entry, "# header\\n")
        print(entry.id, flush=True)
    """
)


def ids_in(path: Path) -> list[str]:
    if not path.exists():  # killed before its first write: no file is a valid state too
        return []
    data = parse(path.read_text(encoding="utf-8")) or []
    return [check_entry(item).id for item in data]


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "progress" / "phong-y-te.yaml"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"{n:06x}", "50"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    acknowledged = []
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        acknowledged += out.split()
    stored = ids_in(path)
    assert len(stored) == 400
    assert sorted(stored) == sorted(acknowledged)


def test_concurrent_cli_adds(own_registry: Path) -> None:
    cds = Path(sys.executable).parent / ("cds.exe" if os.name == "nt" else "cds")
    if not cds.exists():
        pytest.skip("cds is not installed next to this Python")
    processes = [
        subprocess.Popen(
            [
                str(cds),
                "progress",
                "add",
                "III.4",
                "--unit",
                "Phòng Y tế",
                "--status",
                "in_progress",
                "--date",
                "15/10/2023",
                "--note",
                f"#{n}",
                "--registry",
                str(own_registry),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(6)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
    assert len(ids_in(own_registry / "progress" / "phong-y-te.yaml")) == 6
    result = CliRunner().invoke(app, ["validate", str(own_registry)])
    assert result.exit_code == 0, result.output


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_writer_never_leaves_half_an_entry(tmp_path: Path) -> None:
    rng = random.Random(20231015)
    total = 0
    for round_ in range(50):
        # Five writers in turn share a file, so each appends after a killed one.
        path = tmp_path / f"phong-y-te-{round_ // 5}.yaml"
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), f"{round_:06x}", "100000"],
            stdout=subprocess.PIPE,
            text=True,
        )
        # Wait for its first acknowledged entry (imports take 0.2 s, far more on a loaded
        # machine), then kill it at a random moment while it is writing.
        assert writer.stdout is not None
        first = writer.stdout.readline()
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        acknowledged = [first.strip(), *out.split()]
        stored = ids_in(path)  # parses: the file is valid
        assert set(acknowledged) <= set(stored)
        assert len(set(stored)) == len(stored)
        total += len(acknowledged)
    assert total > 50  # the kills did land in the middle of writing


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_union_merge_of_two_branches(own_registry: Path, tmp_path: Path) -> None:
    repo = own_registry.parent
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True
        )

    def add(note: str, date: str) -> None:
        result = CliRunner().invoke(
            app,
            [
                "progress",
                "add",
                "III.4",
                "--unit",
                "Phòng Y tế",
                "--status",
                "in_progress",
                "--date",
                date,
                "--note",
                note,
                "--registry",
                str(own_registry),
            ],
        )
        assert result.exit_code == 0, result.output

    (repo / ".gitattributes").write_text(
        (own_registry / ".gitattributes").read_text().replace("progress/", "data/progress/")
    )
    git("init", "-q", "-b", "main")
    add("base", "01/10/2023")
    git("add", "-A")
    git("commit", "-qm", "base")
    git("checkout", "-q", "-b", "may-khac")  # the same unit on another machine
    add("từ máy khác", "10/10/2023")
    git("commit", "-qam", "other machine")
    git("checkout", "-q", "main")
    add("từ máy chính", "12/10/2023")
    git("commit", "-qam", "main machine")
    merged = subprocess.run(
        ["git", "merge", "-q", "--no-edit", "may-khac"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert merged.returncode == 0, merged.stdout + merged.stderr
    notes = [
        check_entry(item).note
        for item in parse(
            (own_registry / "progress" / "phong-y-te.yaml").read_text(encoding="utf-8")
        )
    ]
    assert sorted(notes) == ["base", "từ máy chính", "từ máy khác"]
    result = CliRunner().invoke(app, ["validate", str(own_registry)])
    assert (result.exit_code, result.output) == (0, "Hợp lệ: 2 tệp.\n")


@pytest.mark.usefixtures("english")
def test_lock_held_too_long_gives_a_clear_message(
    own_registry: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from pathlib import Path
            from cds_tracker.progress.locking import exclusive_lock
            with exclusive_lock(Path({str(own_registry / "progress" / ".lock")!r})):
                print("held", flush=True)
                time.sleep(30)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setenv("CDS_LOCK_TIMEOUT", "0.5")
        result = CliRunner().invoke(
            app,
            [
                "progress",
                "add",
                "III.4",
                "--unit",
                "Phòng Y tế",
                "--status",
                "done",
                "--registry",
                str(own_registry),
            ],
        )
        assert result.exit_code == 1
        assert result.output.startswith(
            f"cds: error: another cds process has been writing to {own_registry / 'progress'} "
            "for over 0.5 s; nothing was written\n"
        )
        assert not (own_registry / "progress" / "phong-y-te.yaml").exists()
    finally:
        holder.kill()
        holder.communicate()
    # the holder is dead: the operating system released its lock
    result = CliRunner().invoke(
        app,
        [
            "progress",
            "add",
            "III.4",
            "--unit",
            "Phòng Y tế",
            "--status",
            "done",
            "--registry",
            str(own_registry),
        ],
    )
    assert result.exit_code == 0, result.output

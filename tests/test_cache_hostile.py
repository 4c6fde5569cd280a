"""Issue 13, class 1: the cache is data, never code, and whatever is planted in it is ignored.

Each case plants something in the cache folder of a registry (found by running once, or where
cds < 0.? put it: a predictable name), then checks that `cds late` still answers exactly as
without a cache, runs nothing, writes nowhere else, and does not hang.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app import cache
from cds_tracker.cli import app

runner = CliRunner()
AS_OF = ["--as-of", "01/11/2023", "--format", "json"]


def late(folder: Path, *extra: str) -> str:
    result = runner.invoke(app, [*extra, "late", "--registry", str(folder), *AS_OF])
    assert result.exit_code == 0, result.output
    return result.output


def folders() -> list[Path]:
    """Every registry folder in the cache: the current one and the one older cds predicted."""
    found = [p for p in cache.root().iterdir() if p.is_dir() and (p / "snapshot").exists()]
    return sorted(set(found))


def predicted(registry: Path) -> Path:
    """The folder name cds used to use: anyone could compute it from the registry's path."""
    key = hashlib.blake2b(str(registry.resolve()).encode("utf-8"), digest_size=12)
    return cache.root() / key.hexdigest()


def stored(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]


def _pickle_that_runs(command: str) -> bytes:
    """A protocol-4 pickle calling os.system through a dotted name in an allowed module."""

    def text(value: str) -> bytes:
        data = value.encode()
        return b"\x8c" + bytes([len(data)]) + data

    return (
        b"\x80\x04"
        + text("cds_tracker.app.cache")
        + text("dataclasses.inspect.os.system")
        + b"\x93"  # STACK_GLOBAL
        + text(command)
        + b"\x85R."  # TUPLE1, REDUCE, STOP
    )


def test_a_planted_pickle_runs_nothing(own_registry: Path, tmp_path: Path) -> None:
    expected = late(own_registry, "--no-cache")
    late(own_registry)
    marker = tmp_path / "ran"
    payload = _pickle_that_runs(f"touch {marker}")
    key = (cache.root() / "key").read_bytes() if (cache.root() / "key").exists() else b"k" * 32
    for folder in [*folders(), predicted(own_registry / "phu_luc_01.yaml")]:
        folder.mkdir(exist_ok=True)
        for name in ("snapshot", "registry", *(p.name for p in stored(folder))):
            # the old header, and the new one with a valid tag: neither may lead to code
            tag = hashlib.blake2b(name.encode() + b"\0" + payload, key=key, digest_size=16)
            for header in (
                f"cds-cache 3 {cache.__version__}\n".encode(),
                f"cds-cache {cache.FORMAT} {cache.__version__} {tag.hexdigest()}\n".encode(),
            ):
                (folder / name).write_bytes(header + payload)
                assert late(own_registry) == expected
                assert not marker.exists()


def test_json_naming_a_class_builds_nothing(own_registry: Path) -> None:
    """Even a correctly tagged file is only data: a value shaped like an object spec is refused
    by the record types and the cache is rebuilt."""
    from cds_tracker.app.cache_writes import write

    expected = late(own_registry, "--no-cache")
    late(own_registry)
    (folder,) = folders()
    hostile = {"py/object": "os.system", "__reduce__": ["os.system", ["echo pwned"]]}
    for name in [p.name for p in stored(folder) if p.name != "key"]:
        write(folder, name, [hostile, hostile, hostile, 0])
        assert late(own_registry) == expected


@pytest.mark.parametrize("cut", [0, 1, 10, 0.5, -1])
def test_truncated_cache_files_are_rebuilt(own_registry: Path, cut: float) -> None:
    expected = late(own_registry, "--no-cache")
    late(own_registry)
    (folder,) = folders()
    for path in stored(folder):
        data = path.read_bytes()
        keep = int(len(data) * cut) if isinstance(cut, float) else cut
        path.write_bytes(data[:keep])
    assert late(own_registry) == expected
    assert late(own_registry) == expected  # and again, from the rebuilt cache


def test_garbage_after_a_valid_header_is_rebuilt(own_registry: Path) -> None:
    expected = late(own_registry, "--no-cache")
    late(own_registry)
    (folder,) = folders()
    for path in stored(folder):
        head = path.read_bytes().split(b"\n", 1)[0]
        path.write_bytes(head + b"\n\xff\xfe{[garbage" + os.urandom(64))
    assert late(own_registry) == expected


def test_cache_written_by_another_hand_is_ignored(own_registry: Path) -> None:
    """A well-formed cache file that says III.4 is done, planted without the user's key."""
    late(own_registry)
    (folder,) = folders()
    snapshot = folder / "snapshot"
    header, payload = snapshot.read_bytes().split(b"\n", 1)
    value = json.loads(payload)
    value[2] = {t: ["2023-10-01", {}, {}] for t in value[2]}  # every target: nobody reported
    forged = json.dumps(value).encode()
    snapshot.write_bytes(header + b"\n" + forged)
    assert cache.load_snapshot(own_registry / "phu_luc_01.yaml") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("name", ["snapshot", "registry", "key", "ids"])
def test_a_fifo_as_cache_file_does_not_hang(own_registry: Path, tmp_path: Path, name: str) -> None:
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "CDS_CACHE_DIR": str(cache_dir), "COLUMNS": "100"}
    env.pop("CDS_NO_CACHE", None)
    command = [sys.executable, "-m", "cds_tracker", "late", "--registry", str(own_registry)]
    expected = subprocess.run(
        [*command, *AS_OF], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    for folder in [cache_dir, *(p for p in cache_dir.iterdir() if p.is_dir())]:
        if (folder / name).exists():
            (folder / name).unlink()
            os.mkfifo(folder / name)
    # A second change forces the cache to be read and written again.
    progress = own_registry / "progress"
    assert not progress.exists() or stat.S_ISDIR(progress.stat().st_mode)
    done = subprocess.run(
        [*command, *AS_OF], env=env, capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected


@pytest.mark.parametrize("kind", ["directory", "symlink-out", "symlink-dangling"])
def test_non_regular_cache_files_are_ignored(own_registry: Path, tmp_path: Path, kind: str) -> None:
    expected = late(own_registry, "--no-cache")
    late(own_registry)
    (folder,) = folders()
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me\n", encoding="utf-8")
    copies: dict[Path, bytes] = {}
    for path in stored(folder):
        content = path.read_bytes()
        path.unlink()
        if kind == "directory":
            path.mkdir()
        elif kind == "symlink-out":
            # a copy of the genuine file, reached through a link: still not read or written
            copy = tmp_path / f"copy-{path.name}"
            copy.write_bytes(content)
            path.symlink_to(copy)
            copies[copy] = content
        else:
            path.symlink_to(tmp_path / "missing" / path.name)
    assert late(own_registry) == expected
    assert outside.read_text(encoding="utf-8") == "keep me\n"
    for copy, content in copies.items():  # the link was replaced, its target left alone
        assert copy.read_bytes() == content
        assert not (folder / copy.name.removeprefix("copy-")).is_symlink()


def test_cache_writes_never_follow_a_planted_link(own_registry: Path, tmp_path: Path) -> None:
    """The temporary file a cache file is written through cannot be planted as a symlink."""
    late(own_registry)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    for folder in [*folders(), predicted(own_registry / "phu_luc_01.yaml")]:
        folder.mkdir(exist_ok=True)
        for name in ("snapshot", "registry", "ids", "units"):
            link = folder / f".{name}.{os.getpid()}.tmp"
            link.unlink(missing_ok=True)
            link.symlink_to(victim)
    with (own_registry / "progress" / "phong-y-te.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# a change that makes the cache be written again\n")
    late(own_registry)
    assert victim.read_text(encoding="utf-8") == "keep me\n"


def test_cache_folder_name_cannot_be_predicted(own_registry: Path, tmp_path: Path) -> None:
    registry = own_registry / "phu_luc_01.yaml"
    late(own_registry)
    assert not predicted(registry).exists()
    first = cache.folder_of(registry)
    os.environ["XDG_CACHE_HOME"] = str(tmp_path / "other")  # restored by the autouse fixture
    second = cache.folder_of(registry)
    assert first is not None and second is not None
    assert first.name != second.name  # a random key per cache, not a hash anyone can compute


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_cache_folder_others_can_write_is_not_used(own_registry: Path) -> None:
    expected = late(own_registry, "--no-cache")
    root = cache.root()
    root.mkdir(parents=True)
    root.chmod(0o777)
    assert late(own_registry) == expected
    assert not any(root.iterdir())  # nothing read from it, nothing written to it
    root.chmod(0o700)
    assert late(own_registry) == expected
    assert folders()
    assert stat.S_IMODE((root / "key").stat().st_mode) == 0o600


def test_a_changed_chunk_of_the_entry_pack_is_ignored(own_registry: Path) -> None:
    """After a full read every target's entries lie in one file, each chunk tagged on its own:
    a chunk changed in place (still valid JSON, same length) is not taken for the entries."""
    (own_registry / "progress").mkdir(exist_ok=True)
    line = (
        '- {{"id": "{id}", "target": "III.4", "unit": "phong-y-te", "status": "{status}", '
        '"date": "2023-10-{day}", "written": "2023-10-{day}T08:00:00+07:00"}}\n'
    )
    (own_registry / "progress" / "phong-y-te.yaml").write_text(
        line.format(id="aaaaaa000001", status="in_progress", day="10")
        + line.format(id="aaaaaa000002", status="in_progress", day="20"),
        encoding="utf-8",
    )
    history = ["progress", "list", "III.4", "--registry", str(own_registry), "--format", "json"]
    expected = runner.invoke(app, ["--no-cache", *history]).output
    late(own_registry)  # a full read: the pack is written
    (folder,) = folders()
    pack = folder / "entries"
    data = pack.read_bytes()
    assert data.count(b'"in_progress"') == 2
    pack.write_bytes(data.replace(b'"in_progress"', b'"done"       ', 1))
    assert runner.invoke(app, history).output == expected
    assert '"done"' not in expected

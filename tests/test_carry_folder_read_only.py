"""carry-over when the origin's FOLDER is read-only (a11-04): plans/2023/ made 0555 (a closed
year's folder locked against new files) while its registry file stays 0644. The file passed
the check before writing (core/atomic.py `replaceable` asked of the file alone), the 31
targets went into 2024, then the origin's atomic rename failed and cds said "chưa ghi gì"
(nothing written): validate then reported 31 errors. Now each destination's folder is asked
first (`check_replace`: a file made and renamed there), so neither plan is written; and a
write that fails after another was done says what was written.

Run as root too (CI does): `setpriv` drops the capabilities that let root ignore the bits
(tests/unprivileged.py)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.core import atomic
from test_plans import cds, workspace  # noqa: F401  (the fixture)
from unprivileged import run_cds

OLD = "plans/2023/phu_luc_01.yaml"
NEW = "plans/2024/phu_luc_01.yaml"
ARGS = ["carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes"]
FOLDER_VI = (
    "cds: lỗi: không ghi được plans/2023/phu_luc_01.yaml: thư mục chứa tệp không cho tạo tệp mới"
    " (cds ghi bản mới bên cạnh rồi đổi tên thay tệp cũ, để tệp không bao giờ ghi dở); hãy cấp"
    " quyền ghi cho thư mục (chmod u+w) rồi chạy lại; chưa ghi gì"
)
FOLDER_EN = (
    "cds: error: could not write plans/2023/phu_luc_01.yaml: the file's folder does not let a"
    " new file be made (cds writes the new copy beside it and renames it over the old, so a"
    " file is never half written); make the folder writable (chmod u+w) and run again; nothing"
    " was written"
)


def _env() -> dict[str, str]:
    return {**os.environ, "CDS_NO_CACHE": "1", "COLUMNS": "100"}


def test_a_read_only_origin_folder_leaves_both_plans_as_they_were(workspace: Path) -> None:  # noqa: F811
    for plan in ("2023", "2024"):  # the locks' folders exist: only the plan's folder refuses
        (workspace / "plans" / plan / "progress").mkdir(exist_ok=True)
    folder = workspace / "plans" / "2023"
    before = [(workspace / p).read_bytes() for p in (OLD, NEW)]
    listed = sorted(p.name for p in folder.iterdir())
    folder.chmod(0o555)
    try:
        assert os.access(workspace / OLD, os.W_OK)  # the file itself may be written
        for lang, line in (("vi", FOLDER_VI), ("en", FOLDER_EN)):
            done = run_cds([*ARGS, "--lang", lang], cwd=workspace, env=_env())
            assert done.returncode == 1, done.stderr
            assert done.stderr.splitlines() == [line]
            assert [(workspace / p).read_bytes() for p in (OLD, NEW)] == before
        assert sorted(p.name for p in folder.iterdir()) == listed  # no probe left
    finally:
        folder.chmod(0o755)
    checked = run_cds(["validate"], cwd=workspace, env=_env())
    assert checked.returncode == 0, checked.stdout
    assert run_cds(ARGS, cwd=workspace, env=_env()).returncode == 0  # writable: carried


def test_check_replace_asks_the_folder_and_leaves_nothing_in_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    atomic.check_replace(path)  # a writable folder: nothing said, nothing left
    assert [p.name for p in tmp_path.iterdir()] == ["plan.yaml"]
    atomic.check_replace(tmp_path / "missing" / "plan.yaml")  # no folder yet: its writer's


def test_a_write_failing_after_the_new_plan_says_what_was_written(
    workspace: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A disk full when the origin's marks are written (no check before can see it): the new
    plan is written, and the message says so — not "chưa ghi gì"."""
    real = atomic.replace_file

    def full(path: Path, data: bytes, *, durable: bool = True) -> None:
        if path.parent.name == "2023":
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data, durable=durable)

    monkeypatch.setattr(atomic, "replace_file", full)
    result: Any = cds(*ARGS)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "cds: lỗi: không ghi được plans/2023/phu_luc_01.yaml: hết dung lượng đĩa; đã ghi: "
        "plans/2024/phu_luc_01.yaml",
        "  gợi ý: việc chuyển mới làm một nửa: cds validate báo phần còn thiếu; sửa nguyên nhân "
        "rồi chạy lại cds carry-over để hoàn tất",
    ]
    assert (workspace / NEW).read_text(encoding="utf-8").count("carried_from:") == 31
    assert cds("validate").exit_code == 1  # the half done, as the hint says
    monkeypatch.setattr(atomic, "replace_file", real)
    again = cds(*ARGS, "--lang", "en")
    assert again.exit_code == 0, again.output
    assert cds("validate").exit_code == 0


def test_a_probe_failing_otherwise_names_the_file_not_the_probe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only file system (EROFS) is the system's reason, said of the file to write."""
    import tempfile

    path = tmp_path / "plan.yaml"
    path.write_text("a: 1\n", encoding="utf-8")

    def read_only(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".plan.yaml.x.probe"))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(OSError) as raised:
        atomic.check_replace(path)
    assert (raised.value.errno, raised.value.filename) == (errno.EROFS, str(path))
    assert not isinstance(raised.value, atomic.Refused)

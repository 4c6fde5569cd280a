"""Attack 5 on writing: a rename that replaced what the user may not write, a carry-over run
backwards, the wrong file named when a lock failed, and a carry-over stopped half-way."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest

from appendix_files import preamble, registry_rows, write_docx
from cds_tracker.app.carrying import prepare, write
from cds_tracker.core.atomic import Refused, replace_file
from cds_tracker.core.files import NotRegular
from cds_tracker.registry.loading import load_registry
from read_only import namespaces_work, run_read_only
from test_plans import cds, ok, workspace  # noqa: F401  (the fixture)
from unprivileged import SCRIPT, run_cds

OLD = "plans/2023/phu_luc_01.yaml"
NEW = "plans/2024/phu_luc_01.yaml"
READ_ONLY_EN = (
    "cds: error: could not write plans/2023/phu_luc_01.yaml: the file is read-only, this user"
    " may not write it (cds does not replace a file you may not change); to change it, make it"
    " writable (chmod u+w) and run again; nothing was written"
)
READ_ONLY_VI = (
    "cds: lỗi: không ghi được plans/2023/phu_luc_01.yaml: tệp chỉ cho đọc, người dùng này không"
    " được ghi (cds không thay một tệp bạn không được sửa); nếu cần sửa, hãy cấp quyền ghi"
    " (chmod u+w) rồi chạy lại; chưa ghi gì"
)


def _revised(workspace: Path) -> Path:  # noqa: F811
    """A Word appendix of plan 2023 whose target III.4 is led by Phòng Tư pháp, not Phòng Y tế."""
    registry = load_registry(workspace / OLD).registry
    assert registry is not None
    rows = [
        (*row[:3], "Phòng Tư pháp", *row[4:]) if row[:2][0] == "4." and "y tế" in row[1] else row
        for row in registry_rows(registry)
    ]
    return write_docx(workspace / "sua-doi.docx", rows, preamble(registry.document))


def _env() -> dict[str, str]:
    return {**os.environ, "CDS_NO_CACHE": "1", "COLUMNS": "100"}


# 1. replace_file: the file in place decides -------------------------------------------------


def test_a_read_only_registry_is_not_revised_even_without_capabilities(workspace: Path) -> None:  # noqa: F811
    """A rename needs only the folder's write permission: a 0444 registry was replaced."""
    docx = _revised(workspace)
    registry = workspace / OLD
    registry.chmod(0o444)
    before = registry.read_bytes()
    args = [
        "import",
        "--revise",
        str(docx),
        "--registry",
        "plans/2023",
        "--yes",
        "--on",
        "01/11/2023",
    ]
    done = run_cds([*args, "--lang", "en"], cwd=workspace, env=_env())  # no CAP_DAC_OVERRIDE
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [READ_ONLY_EN]
    done = run_cds(args, cwd=workspace, env=_env(), unprivileged=False)  # root: the bits speak
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [READ_ONLY_VI]
    assert registry.read_bytes() == before
    assert stat.S_IMODE(registry.stat().st_mode) == 0o444
    registry.chmod(0o644)  # made writable, the same revision goes through
    assert run_cds(args, cwd=workspace, env=_env()).returncode == 0
    assert "Phòng Tư pháp" in registry.read_text(encoding="utf-8")


def test_a_revised_registry_keeps_its_mode_and_owner(workspace: Path) -> None:  # noqa: F811
    """A 0600 registry came back 0644, readable by everyone on the machine."""
    registry = workspace / OLD
    registry.chmod(0o600)
    if os.geteuid() == 0:
        os.chown(registry, 4321, 4321)
    ok(
        "import",
        "--revise",
        str(_revised(workspace)),
        "--registry",
        "plans/2023",
        "--yes",
        "--on",
        "01/11/2023",
    )
    info = registry.stat()
    assert stat.S_IMODE(info.st_mode) == 0o600
    assert "Phòng Tư pháp" in registry.read_text(encoding="utf-8")
    if os.geteuid() == 0:
        assert (info.st_uid, info.st_gid) == (4321, 4321)


def test_replace_file_refuses_a_link_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_bytes(b"old\n")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    with pytest.raises(Refused) as refused:
        replace_file(link, b"new\n")
    assert getattr(refused.value.reason, "key", None) == "file.write_link"
    assert link.is_symlink() and real.read_bytes() == b"old\n"
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    with pytest.raises(NotRegular):
        replace_file(folder, b"new\n")
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.yaml", "link.yaml", "real.yaml"]


def test_replace_file_keeps_the_mode_and_makes_new_files_as_before(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"a")
    path.chmod(0o640)
    replace_file(path, b"b")
    assert (path.read_bytes(), stat.S_IMODE(path.stat().st_mode)) == (b"b", 0o640)
    fresh = tmp_path / "new.yaml"
    replace_file(fresh, b"c")
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_carry_over_writes_neither_plan_when_the_origin_is_read_only(workspace: Path) -> None:  # noqa: F811
    """The marks go through replace_file too: checked before the new plan is written."""
    (workspace / OLD).chmod(0o444)
    before = [(workspace / p).read_bytes() for p in (OLD, NEW)]
    result = cds("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023",
                 "--yes")  # fmt: skip
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == READ_ONLY_VI
    assert [(workspace / p).read_bytes() for p in (OLD, NEW)] == before


# 2. carry-over goes forward only -------------------------------------------------------------


def test_carry_over_backwards_is_refused(workspace: Path) -> None:  # noqa: F811
    """--from 2024 --to 2023 added all of 2024 to 2023 and marked it carried away."""
    before = [(workspace / p).read_bytes() for p in (OLD, NEW)]
    result = cds("carry-over", "--from", "2024", "--to", "2023", "--yes", "--lang", "en")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "cds: error: plan 2023 (year 2023) is not later than plan 2024 (year 2024): targets are"
        " only carried over into a later year's plan",
        "  hint: if --from and --to were swapped: cds carry-over --from 2023 --to 2024",
    ]
    result = cds("carry-over", "--from", "2024", "--to", "2023", "--yes")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "cds: lỗi: kế hoạch 2023 (năm 2023) không sau kế hoạch 2024 (năm 2024): chỉ chuyển chỉ"
        " tiêu sang kế hoạch của năm sau",
        "  gợi ý: nếu --from và --to bị đổi chỗ: cds carry-over --from 2023 --to 2024",
    ]
    assert [(workspace / p).read_bytes() for p in (OLD, NEW)] == before


def test_carry_over_into_a_plan_of_the_same_year_is_refused(workspace: Path) -> None:  # noqa: F811
    twin = workspace / "plans" / "2023-bis"
    twin.mkdir()
    (twin / "phu_luc_01.yaml").write_bytes((workspace / OLD).read_bytes())
    result = cds("carry-over", "--from", "2023", "--to", "2023-bis", "--yes", "--lang", "en")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "cds: error: plan 2023-bis (year 2023) is not later than plan 2023 (year 2023): targets"
        " are only carried over into a later year's plan",
        "  hint: give --to a plan of 2024 or later",
    ]


# 5. the file that failed is the one named ----------------------------------------------------


@pytest.mark.skipif(not namespaces_work(), reason="needs user namespaces (unshare -rm)")
def test_a_read_only_origin_names_its_folder_not_the_new_plan(workspace: Path) -> None:  # noqa: F811
    """plans/2023 mounted read-only: the lock in its progress/ failed, the 2024 file was named;
    now the folder is named, never the lock file the user never made (attack 17 a17_06)."""
    (workspace / "plans" / "2023" / "progress").mkdir(exist_ok=True)
    before = [(workspace / p).read_bytes() for p in (OLD, NEW)]
    args = ["carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes"]
    for lang, line in (
        ("vi", "cds: lỗi: không ghi được vào thư mục plans/2023/progress: hệ thống tệp chỉ đọc;"
               " chưa ghi gì\n  gợi ý: xin quyền ghi vào thư mục plans/2023/progress, hoặc chép"
               " cả thư mục làm việc sang nơi ghi được rồi chạy lại lệnh ở đó"),
        ("en", "cds: error: cannot write in the folder plans/2023/progress: Read-only file"
               " system; nothing was written\n  hint: ask for write access to the folder"
               " plans/2023/progress, or copy the whole workspace to a place you can write and"
               " run the command there"),
    ):  # fmt: skip
        done = run_read_only(
            workspace / "plans" / "2023",
            ["-c", SCRIPT, *args, "--lang", lang],
            cwd=workspace,
            env={**_env(), "PYTHONPATH": os.pathsep.join(sys.path)},
        )
        assert done.returncode == 1, done.stderr
        assert done.stderr.splitlines() == line.splitlines()
    assert [(workspace / p).read_bytes() for p in (OLD, NEW)] == before


# 8. a carry-over stopped between its two writes ----------------------------------------------

PROBLEM = re.compile(r"^plans/2024/phu_luc_01\.yaml:(\d+):(\d+): (.*)$")


def test_a_carry_over_stopped_half_way_is_found_and_finished_by_running_it_again(
    workspace: Path,  # noqa: F811
) -> None:
    """kill -9 after the new plan was written, before the old one was marked: validate said
    "Hợp lệ" while the targets were in 2024 and still late in 2023."""
    origin = (workspace / OLD).read_bytes()
    carry = prepare("2023", "2024", "31/12/2023", None)
    write(carry, None)
    (workspace / OLD).write_bytes(origin)  # as if killed before the marks were written
    result = cds("validate", "--lang", "en")
    assert result.exit_code == 1
    found = [PROBLEM.match(line) for line in result.output.splitlines()]
    problems = [m for m in found if m]
    assert len(problems) == 31 == len(carry.proposals)
    first = carry.proposals[0]
    text = (workspace / NEW).read_text(encoding="utf-8").splitlines()
    line = next(i for i, t in enumerate(text, 1) if f"carried_from: {first.origin}" in t)
    assert problems[0].groups() == (
        str(line),
        str(text[line - 1].index("2023/") + 1),
        f"target {first.origin} has no carried_to: 2024/{first.target['id']}: the carry-over into"
        f" this plan did not finish (carry-over stopped half-way?), so {first.origin} still"
        " counts in the old plan",
    )
    hint = "  hint: run cds carry-over --from 2023 --to 2024 again: it writes what is missing"
    assert result.output.count(hint + "\n") == 1  # once per run, not under each of 31
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert ok("validate", "--lang", "en").strip() == "Valid: 2 files."


def test_an_origin_marked_for_a_target_the_new_plan_lacks_is_reported(workspace: Path) -> None:  # noqa: F811
    path = workspace / OLD
    text = path.read_text(encoding="utf-8")
    at = text.index("    - id: I.1\n") + len("    - id: I.1\n")
    path.write_text(
        text[:at] + "        carried_to: 2024/I.1\n        carried_on: 2023-12-31\n" + text[at:],
        encoding="utf-8",
    )
    line = text[:at].count("\n") + 1
    result = cds("validate", "--registry", OLD, "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        f"plans/2023/phu_luc_01.yaml:{line}:21: marked carried to 2024/I.1, but that plan has no"
        " target 2024/I.1 with carried_from: 2023/I.1",
        f"  {line} |         carried_to: 2024/I.1",
    ]
    assert (
        "  hint: if the target was not carried over, delete carried_to and carried_on here, then"
        " run cds carry-over --from 2023 --to 2024 again" in result.output.splitlines()
    )


def test_a_progress_file_read_only_for_everyone_is_not_appended_to_even_by_root(
    workspace: Path,  # noqa: F811
) -> None:
    add = ("--plan", "2023", "progress", "add", "III.4", "--unit", "phong-y-te", "--status")
    ok(*add, "in_progress", "--date", "01/10/2023")
    path = workspace / "plans" / "2023" / "progress" / "phong-y-te.yaml"
    path.chmod(0o444)
    before = path.read_bytes()
    result = cds(*add, "done", "--date", "02/10/2023", "--lang", "en")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "cds: error: could not write plans/2023/progress/phong-y-te.yaml: the file is read-only,"
        " this user may not write it (cds does not replace a file you may not change); to change"
        " it, make it writable (chmod u+w) and run again; the file is unchanged"
    ]
    assert path.read_bytes() == before

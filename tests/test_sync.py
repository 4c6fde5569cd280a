"""`cds sync` against a local bare repository: two clones recording at once, and a conflict."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

IDENTITY = {
    "GIT_AUTHOR_NAME": "Cán bộ",
    "GIT_AUTHOR_EMAIL": "canbo@example.vn",
    "GIT_COMMITTER_NAME": "Cán bộ",
    "GIT_COMMITTER_EMAIL": "canbo@example.vn",
    "CDS_NO_CACHE": "1",
}


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False,
        env={**os.environ, **IDENTITY},
    )  # fmt: skip


def git(cwd: Path, *args: str) -> str:
    done = run("git", *args, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return done.stdout


def cds(cwd: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cds_tracker", *args], cwd=cwd, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, encoding="utf-8", env={**os.environ, **IDENTITY},
    )  # fmt: skip


def cds_ok(cwd: Path, *args: str) -> str:
    process = cds(cwd, *args)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out


def add(clone: Path, target: str, unit: str, date: str) -> str:
    out = cds_ok(clone, "progress", "add", target, "--unit", unit, "--status", "in_progress",
                 "--date", date)  # fmt: skip
    return out.split(":", 1)[0].rsplit(" ", 1)[-1]  # "Đã ghi tiến độ <id>: …"


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A bare repository holding a registry made by `cds init`, and two clones of it."""
    bare = tmp_path / "kho.git"
    git(tmp_path, "init", "-q", "--bare", "-b", "main", str(bare))
    seed = tmp_path / "seed"
    git(tmp_path, "clone", "-q", str(bare), str(seed))
    git(seed, "checkout", "-q", "-b", "main")
    cds_ok(seed, "init", "data")
    git(seed, "add", ".")
    git(seed, "commit", "-q", "-m", "Sổ đăng ký")
    git(seed, "push", "-q", "-u", "origin", "main")
    clones = []
    for name in ("may-a", "may-b"):
        git(tmp_path, "clone", "-q", str(bare), str(tmp_path / name))
        clones.append(tmp_path / name)
    return bare, clones[0], clones[1]


def entry_ids(clone: Path) -> list[str]:
    out = cds_ok(clone, "progress", "list", "--format", "json")
    return sorted(item["id"] for item in json.loads(out))


def test_two_clones_sync_at_once(shared: tuple[Path, Path, Path], tmp_path: Path) -> None:
    bare, first, second = shared
    ids = [
        add(first, "II.4", "Phường Bắc Sơn", "10/10/2023"),  # different units …
        add(first, "I.5", "Phòng Y tế", "11/10/2023"),  # … and the same unit in both clones
        add(second, "II.4", "Phường Nam Sơn", "12/10/2023"),
        add(second, "IV.8", "Phòng Y tế", "13/10/2023"),
    ]
    runs = [cds(first, "sync"), cds(second, "sync")]  # at once
    results = [(p.communicate(), p.returncode) for p in runs]
    assert [code for _, code in results] == [0, 0], results
    check = tmp_path / "kiem-tra"
    git(tmp_path, "clone", "-q", str(bare), str(check))
    assert entry_ids(check) == sorted(ids)
    lines = [
        line
        for path in (check / "data" / "progress").glob("*.yaml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#") and line.strip()
    ]
    assert len(lines) == 4  # every entry exactly once
    validated = run(sys.executable, "-m", "cds_tracker", "validate", cwd=check)
    assert validated.returncode == 0, validated.stdout
    subjects = git(bare, "log", "--format=%s", "main").splitlines()
    assert "Tiến độ: Phòng Y tế (I.5); UBND phường Bắc Sơn (II.4)" in subjects
    assert "Tiến độ: Phòng Y tế (IV.8); UBND phường Nam Sơn (II.4)" in subjects
    # Nothing new: sync records nothing and still succeeds.
    before = git(bare, "rev-parse", "main")
    assert "Đã đồng bộ" in cds_ok(first, "sync")
    assert git(bare, "rev-parse", "main") == before


def test_a_conflict_outside_progress_stops_with_what_to_do(
    shared: tuple[Path, Path, Path],
) -> None:
    _bare, first, second = shared
    for clone, word in ((first, "Ghi chú A"), (second, "Ghi chú B")):
        registry = clone / "data" / "phu_luc_01.yaml"
        text = registry.read_text(encoding="utf-8")
        registry.write_text(text.replace("Phụ lục 01", word, 1), encoding="utf-8")
        git(clone, "commit", "-q", "-am", f"Sửa sổ đăng ký: {word}")
    add(second, "II.4", "Phường Nam Sơn", "12/10/2023")
    cds_ok(first, "sync")
    process = cds(second, "sync")
    _out, err = process.communicate()
    assert process.returncode == 1
    assert "Git không tự gộp được" in err and "  - data/phu_luc_01.yaml" in err
    assert "git merge --abort" in err
    assert "Traceback" not in err
    # The progress line is safe in the user's own commit.
    assert git(second, "log", "-1", "--format=%s", "HEAD").startswith(
        "Tiến độ: UBND phường Nam Sơn"
    )
    again = cds(second, "sync")
    _, err = again.communicate()
    assert again.returncode == 1 and "đang có một lần gộp (merge) chưa xong" in err


def test_outside_git_says_so(own_registry: Path) -> None:
    process = cds(own_registry, "sync", "--registry", str(own_registry))
    _, err = process.communicate()
    assert process.returncode == 2
    assert "không nằm trong kho git" in err


def test_an_edited_progress_line_is_not_committed(shared: tuple[Path, Path, Path]) -> None:
    bare, first, _ = shared
    add(first, "II.4", "Phường Nam Sơn", "12/10/2023")
    cds_ok(first, "sync")
    before = git(bare, "rev-parse", "main")
    progress = first / "data" / "progress" / "phuong-nam-son.yaml"
    progress.write_text(
        progress.read_text(encoding="utf-8").replace("in_progress", "done"), encoding="utf-8"
    )
    process = cds(first, "sync")
    _, err = process.communicate()
    assert process.returncode == 1
    assert err.splitlines()[0] == (
        "cds: lỗi: tệp tiến độ data/progress/phuong-nam-son.yaml có dòng bị sửa hoặc xoá; "
        "tiến độ chỉ được thêm, không sửa"
    )
    assert git(bare, "rev-parse", "main") == before


def test_without_union_merge_sync_stops_before_anything(shared: tuple[Path, Path, Path]) -> None:
    _, first, _ = shared
    (first / "data" / ".gitattributes").write_text("", encoding="utf-8")
    git(first, "commit", "-q", "-am", "bỏ union")
    add(first, "II.4", "Phường Nam Sơn", "12/10/2023")
    process = cds(first, "sync", "--lang", "en")
    _, err = process.communicate()
    assert process.returncode == 1
    assert err.splitlines()[0] == (
        "cds: error: progress files are not merged by union: two people recording would conflict"
    )
    assert git(first, "status", "--porcelain").strip() == "?? data/progress/phuong-nam-son.yaml"


def test_one_form_imported_in_two_clones_differently_still_syncs(
    shared: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """One copy of a form filled with a value, the other without, imported in two clones: the
    two lines differ, so git's union merge keeps both; they must not share an id (sync used to
    stop for good on the duplicate id)."""
    from test_forms import FILLED, fill

    bare, first, second = shared
    form = tmp_path / "phieu.xlsx"
    cds_ok(first, "form", "--unit", "Phòng Y tế", "--month", "11/2023", "--as-of", "01/11/2023",
           "--out", str(form))  # fmt: skip
    other = tmp_path / "phieu-ban-2.xlsx"
    other.write_bytes(form.read_bytes())
    fill(form, FILLED)
    fill(other, {**FILLED, "I11": None})  # the same form, without I.5's value
    cds_ok(first, "progress", "import", str(form))
    cds_ok(second, "progress", "import", str(other))
    for clone in (first, second, first):
        process = cds(clone, "sync")
        out, err = process.communicate()
        assert process.returncode == 0, (out, err)
    check = tmp_path / "kiem-tra"
    git(tmp_path, "clone", "-q", str(bare), str(check))
    ids = entry_ids(check)
    # I.5 differs: two lines, two ids. I.1 and II.9 are each the same report, written at two
    # moments (two lines, two ids) or in the same second (one identical line, kept once by git).
    assert len(ids) in (4, 5, 6) and len(set(ids)) == len(ids), ids
    validated = run(sys.executable, "-m", "cds_tracker", "validate", cwd=check)
    assert validated.returncode == 0, validated.stdout
    # A later import of the form in the merged clone adds one correction, not a conflict.
    fill(form, {"I11": 95})
    cds_ok(first, "progress", "import", str(form))
    validated = run(sys.executable, "-m", "cds_tracker", "validate", cwd=first)
    assert validated.returncode == 0, validated.stdout


def test_two_lines_with_one_id_after_a_merge_are_repaired_by_deleting_one(
    shared: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    """Two clones that wrote two different lines with one id (forms imported before entry ids
    carried a digest): sync stops and says what to do, and deleting one of the two lines is
    accepted as the repair, not refused as an edited line."""
    bare, first, second = shared
    add(first, "I.5", "Phòng Y tế", "10/10/2023")
    relative = Path("data") / "progress" / "phong-y-te.yaml"
    text = (first / relative).read_text(encoding="utf-8")
    (second / relative).parent.mkdir(parents=True, exist_ok=True)
    (second / relative).write_text(text.replace("2023-10-10", "2023-10-11"), encoding="utf-8")
    for clone in (first, second):
        git(clone, "add", ".")
        git(clone, "commit", "-q", "-m", "Tiến độ")
    git(first, "push", "-q")
    process = cds(second, "sync")
    _, err = process.communicate()
    assert process.returncode == 1
    assert "nếu lỗi là hai dòng trùng mã" in err
    lines = (second / relative).read_text(encoding="utf-8").splitlines(keepends=True)
    entry_lines = [line for line in lines if "2023-10-1" in line]
    assert len(entry_lines) == 2
    kept = [line for line in lines if "2023-10-11" not in line]
    (second / relative).write_text("".join(kept), encoding="utf-8")
    cds_ok(second, "sync")
    check = tmp_path / "kiem-tra"
    git(tmp_path, "clone", "-q", str(bare), str(check))
    assert len(entry_ids(check)) == 1
    validated = run(sys.executable, "-m", "cds_tracker", "validate", cwd=check)
    assert validated.returncode == 0, validated.stdout
    # Deleting a line that was not a duplicate is still refused.
    (second / relative).write_text(
        "".join(line for line in kept if "2023-10-10" not in line), encoding="utf-8"
    )
    process = cds(second, "sync")
    _, err = process.communicate()
    assert process.returncode != 0 and "có dòng bị sửa hoặc xoá" in err


def test_the_report_is_in_the_readers_language_the_commit_in_vietnamese(
    shared: tuple[Path, Path, Path],
) -> None:
    """The commit message is the shared record (Vietnamese); what sync says of it is the
    reader's: with --lang en no Vietnamese sentence is quoted to them."""
    _, clone, _ = shared
    add(clone, "III.4", "Y tế", "01/10/2023")
    assert cds_ok(clone, "sync", "--lang", "en") == (
        "Committed the new progress entries (1): Phòng Y tế (III.4)\n"
        "In sync with the server (origin/main).\n"
    )
    add(clone, "II.4", "Y tế", "02/10/2023")
    add(clone, "II.4", "VP HĐND-UBND", "02/10/2023")
    assert cds_ok(clone, "sync") == (
        "Đã ghi commit các mục tiến độ mới (2): Phòng Y tế (II.4); "
        "Văn phòng HĐND và UBND thành phố (II.4)\n"
        "Đã đồng bộ với máy chủ (origin/main).\n"
    )
    subjects = git(clone, "log", "--format=%s", "-2").splitlines()
    assert subjects == [
        "Tiến độ: Phòng Y tế (II.4); Văn phòng HĐND và UBND thành phố (II.4)",
        "Tiến độ: Phòng Y tế (III.4)",
    ]

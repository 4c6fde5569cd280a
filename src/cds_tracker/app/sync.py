"""`cds sync`: share recorded progress through git without knowing git.

Records nothing by itself. It checks the registry, commits the new lines of the progress files
(naming units and targets in the message), pulls — progress files merge by union, each entry being
one line — checks again, and pushes, pulling again if someone pushed meanwhile. A conflict in any
other file stops it with what to do, in Vietnamese; nothing is lost, the user's commit stays.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.core.errors import CdsError, DataError, UsageError

ATTEMPTS = 5  # pull-and-push rounds before giving up when others keep pushing
_FIELD = r"""["']?{name}["']?\s*:\s*["']?([^,"'}}\s]+)"""
_TARGET = re.compile(_FIELD.format(name="target"))
_UNIT = re.compile(_FIELD.format(name="unit"))


@dataclass(frozen=True)
class Git:
    root: Path

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0", "GIT_MERGE_AUTOEDIT": "no"}
        try:
            done = subprocess.run(
                ["git", "-C", str(self.root), "-c", "core.quotepath=off", *args],
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=env,
                check=False,
            )
        except FileNotFoundError:
            raise UsageError(
                "không tìm thấy lệnh git trên máy này",
                hint="cài git (https://git-scm.com), hoặc gửi tiến độ bằng phiếu báo cáo Excel",
            ) from None
        if check and done.returncode != 0:
            raise DataError(
                f"git {args[0]} không thành công:\n{(done.stderr or done.stdout).strip()}"
            )
        return done

    def out(self, *args: str) -> str:
        return self.run(*args).stdout.strip()


def sync(registry: Path | None) -> str:
    from cds_tracker.app.discovery import find_registry
    from cds_tracker.progress.files import progress_dir

    found = find_registry(registry)
    if found.bundled:
        raise UsageError(
            "sổ đăng ký đang dùng là bản đi kèm cds, không nằm trong kho git nào",
            hint="làm việc trong bản sao (clone) kho git của sổ đăng ký, hoặc dùng --registry",
        )
    git = _repository(found.path.parent)
    folder = os.path.relpath(progress_dir(found.path), git.root)
    _check_ready(git, folder)
    said: list[str] = []
    _check_valid(found.path, "trước khi ghi commit")
    committed = _commit_progress(git, folder, found.path)
    if committed:
        said.append(committed)
    for _ in range(ATTEMPTS):
        _pull(git)
        _check_valid(found.path, "sau khi gộp với bản trên máy chủ; chưa đẩy lên")
        pushed = git.run("push", check=False)
        if pushed.returncode == 0:
            said.append(f"Đã đồng bộ với máy chủ ({git.out('rev-parse', '--abbrev-ref', '@{u}')}).")
            return "\n".join(said) + "\n"
        if "rejected" not in pushed.stderr and "fetch first" not in pushed.stderr:
            raise DataError(f"không đẩy được lên máy chủ:\n{pushed.stderr.strip()}")
    raise DataError(
        f"máy chủ liên tục có thay đổi mới, sau {ATTEMPTS} lần vẫn chưa đẩy lên được",
        (),
    )


def _repository(folder: Path) -> Git:
    probe = Git(folder)
    done = probe.run("rev-parse", "--show-toplevel", check=False)
    if done.returncode != 0:
        raise UsageError(
            f"'{folder}' không nằm trong kho git",
            hint="cds sync dành cho người dùng git; không dùng git thì gửi phiếu báo cáo Excel "
            "(cds form) cho bộ phận theo dõi",
        )
    return Git(Path(done.stdout.strip()))


def _check_ready(git: Git, folder: str) -> None:
    if (git.root / ".git" / "MERGE_HEAD").exists() or git.run(
        "rev-parse", "-q", "--verify", "MERGE_HEAD", check=False
    ).returncode == 0:
        raise CdsError(
            "đang có một lần gộp (merge) chưa xong",
            hint="sửa xong các tệp xung đột, chạy 'git add <tệp>' và 'git commit' (hoặc "
            "'git merge --abort' để huỷ), rồi chạy lại cds sync",
        )
    if git.run("rev-parse", "--abbrev-ref", "@{u}", check=False).returncode != 0:
        raise UsageError(
            "nhánh hiện tại chưa gắn với nhánh nào trên máy chủ",
            hint="chạy một lần: git push -u origin <tên nhánh>",
        )
    probe = f"{folder}/x.yaml"
    if git.out("check-attr", "merge", "--", probe).rsplit(": ", 1)[-1] != "union":
        raise CdsError(
            "tệp tiến độ chưa được gộp theo kiểu hợp (union), hai người cùng ghi sẽ xung đột",
            hint=f"thêm dòng '{Path(folder).name}/*.yaml merge=union' vào tệp .gitattributes "
            "cạnh sổ đăng ký (cds init đã tạo sẵn tệp này), commit, rồi chạy lại cds sync",
        )


def _check_valid(registry_path: Path, when: str) -> None:
    from cds_tracker.app.validate import validate_paths

    checked = validate_paths([registry_path], None)
    if checked.problems:
        raise DataError(
            f"dữ liệu không hợp lệ {when}; sửa các lỗi dưới đây rồi chạy lại cds sync",
            checked.problems,
        )


def _commit_progress(git: Git, folder: str, registry_path: Path) -> str | None:
    """Commit the progress files that only grew; a line changed or removed stops everything."""
    status = git.out("status", "--porcelain", "--untracked-files=all", "--", folder)
    paths = [line[3:] for line in status.splitlines() if line[3:].endswith(".yaml")]
    if not paths:
        return None
    for path in paths:
        numbers = git.out("diff", "HEAD", "--numstat", "--", path).split()
        if len(numbers) >= 2 and numbers[1] not in ("0", "-"):
            raise CdsError(
                f"tệp tiến độ {path} có dòng bị sửa hoặc xoá; tiến độ chỉ được thêm, không sửa",
                hint=f"xem bằng 'git diff {path}', trả lại bằng 'git checkout -- {path}', rồi "
                "ghi đính chính bằng cds progress add --corrects",
            )
    git.run("add", "--", *paths)
    added = git.out("diff", "--cached", "--unified=0", "--no-color", "--", *paths)
    message = _message(added, registry_path)
    git.run("commit", "-q", "-m", message, "--", *paths)
    return f"Đã ghi commit: {message.splitlines()[0]}"


def _message(diff: str, registry_path: Path) -> str:
    """'Tiến độ: Phòng Y tế (I.5, II.9); Phường Bắc Sơn (II.4)' from the added lines."""
    names = _unit_names(registry_path)
    by_unit: dict[str, list[str]] = {}
    count = 0
    for line in diff.splitlines():
        if not line.startswith("+") or line.startswith("+++"):
            continue
        target, unit = _TARGET.search(line), _UNIT.search(line)
        if target and unit:
            count += 1
            targets = by_unit.setdefault(unit[1], [])
            if target[1] not in targets:
                targets.append(target[1])
    parts = [f"{names.get(u, u)} ({', '.join(t)})" for u, t in by_unit.items()]
    head = "Tiến độ: " + "; ".join(parts) if parts else "Tiến độ: cập nhật tệp tiến độ"
    return f"{head}\n\n{count} mục tiến độ mới, ghi bằng cds sync."


def _unit_names(registry_path: Path) -> dict[str, str]:
    from cds_tracker.app.opening import open_for_writing

    try:
        _, registry = open_for_writing(registry_path)
    except CdsError:
        return {}
    return {unit.id: unit.name for unit in registry.catalog.units}


def _pull(git: Git) -> None:
    pulled = git.run("pull", "--no-rebase", "--no-edit", check=False)
    if pulled.returncode == 0:
        return
    conflicted = git.out("diff", "--name-only", "--diff-filter=U").splitlines()
    if conflicted:
        listed = "\n".join(f"  - {path}" for path in conflicted)
        raise CdsError(
            "Git không tự gộp được thay đổi của bạn với bản trên máy chủ ở các tệp sau:\n"
            f"{listed}\n"
            "Tiến độ bạn vừa ghi đã nằm trong commit của bạn, không bị mất. Cách xử lý:\n"
            "  1. Mở từng tệp trên, tìm các đoạn giữa <<<<<<< và >>>>>>>, giữ lại nội dung "
            "đúng và xoá các dòng đánh dấu.\n"
            "  2. Chạy: git add <tệp>   rồi   git commit\n"
            "  3. Chạy lại: cds sync\n"
            "Muốn huỷ lần gộp này và trở lại như trước: git merge --abort",
        )
    detail = (pulled.stderr or pulled.stdout).strip()
    if "would be overwritten" in detail:
        raise CdsError(
            "bản trên máy chủ sửa những tệp mà bạn cũng đang sửa dở (chưa commit):\n" + detail,
            hint="commit các thay đổi đó (git commit) hoặc cất đi (git stash), rồi chạy lại "
            "cds sync",
        )
    raise DataError(f"không kéo được bản mới từ máy chủ:\n{detail}")

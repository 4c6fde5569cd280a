"""Where a registry's files live: the registry, and beside it one progress file per unit."""

from __future__ import annotations

from pathlib import Path

from cds_tracker.core.errors import DataError, msg, os_reason
from cds_tracker.core.files import check_real_folder, read_regular

PROGRESS_DIR = "progress"
HEADER = (
    "# yaml-language-server: $schema=../schema/progress.schema.json\n"
    "# Tiến độ thực hiện chỉ tiêu của đơn vị: {name} ({unit_id}).\n"
    "# Ghi bằng lệnh `cds progress add`; mỗi mục chỉ được thêm, không sửa, không xóa.\n"
    "# Progress entries of {unit_id}, appended by `cds progress add`; never edit or delete one:\n"
    "# record a correction with --corrects.\n"
)


def progress_dir(registry_path: Path) -> Path:
    return registry_path.parent / PROGRESS_DIR


def progress_file(registry_path: Path, unit_id: str) -> Path:
    return progress_dir(registry_path) / f"{unit_id}.yaml"


def progress_files(registry_path: Path) -> list[Path]:
    """The progress files beside the registry; a progress/ folder that cannot be listed is an
    error (exit 1), never read as "nothing recorded" (glob would say so in silence)."""
    folder = progress_dir(registry_path)
    try:
        # Not through a link, as each file (`read_progress`) and as every writer refuses it:
        # plans/2024/progress linked to 2023's would count 2023's entries as 2024's.
        check_real_folder(folder)
        if not folder.is_dir():
            return []
        found = [path for path in folder.iterdir() if path.name.endswith(".yaml")]
    except OSError as exc:
        raise DataError(msg("os.failed", path=folder, reason=os_reason(exc))) from None
    return sorted(found)


def read_progress(path: Path) -> bytes:
    """The one rule for reading a progress file, for every reader (validate, every question,
    carry-over, the cache): never through a symbolic link. Writers refuse a link there (they
    would append to another plan's file), so a reader following one would count another plan's
    entries as this one's; it is refused the same way as a pipe or a folder, `NotRegular`,
    which readers report as a located problem ("không đọc được tệp: … liên kết tượng trưng")."""
    return read_regular(path, follow_links=False)

"""A return form that cannot be opened says why in the reader's words, and what to do.

The path was checked before (a readable regular file: core/files.py `check_named`), so what is
left is what happens after: a USB stick that fails (EIO), a form another program holds (EBUSY),
a network share whose file went stale (ESTALE, said by its code), a file deleted meanwhile.
The system's own text is English: it is never shown in Vietnamese."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from cds_tracker.core import files
from test_forms import FILLED, cds, entries, fill, make

HINT_VI = (
    "kiểm tra tệp còn đó và đọc được (chép ra thư mục của bạn rồi nhập bản chép), sau đó nhập "
    "lại; không nhập tệp này"
)
HINT_EN = (
    "check that it is still there and readable (copy it into your own folder and import the "
    "copy), then import again; the file is not imported"
)


@pytest.mark.parametrize(
    ("code", "vi", "en"),
    [
        (errno.EIO, "lỗi đọc ghi trên đĩa (EIO)", "Input/output error"),
        (
            errno.EBUSY,
            "tệp đang bị chương trình khác giữ",
            "Resource busy or temporarily unavailable",
        ),
        (errno.ENOENT, "không có tệp hay thư mục này", "No such file or directory"),
        (errno.ESTALE, "hệ điều hành báo lỗi ESTALE", "the system reported error ESTALE"),
    ],
)
def test_a_form_that_cannot_be_opened_says_why_and_what_to_do(
    own_registry: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, vi: str, en: str
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    read = files.read_regular

    def failing(target: Path, **options: object) -> bytes:
        if Path(target) == path:
            raise OSError(code, "the system's English text", str(target))
        return read(target, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(files, "read_regular", failing)
    status, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (status, stderr) == (1, f"{path}: không mở được tệp: {vi}; {HINT_VI}\n")
    status, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert (status, stderr) == (1, f"{path}: cannot open the file: {en}; {HINT_EN}\n")
    assert entries(own_registry) == []

"""Words shown to users, Vietnamese by default and English on request (--lang en, CDS_LANG=en)."""

from __future__ import annotations

import os
from typing import Literal

Lang = Literal["vi", "en"]

_LABELS: dict[str, tuple[str, str]] = {
    # statuses
    "done": ("Hoàn thành", "Done"),
    "done_late": ("Hoàn thành trễ hạn", "Done late"),
    "in_progress": ("Đang thực hiện", "In progress"),
    "not_started": ("Chưa thực hiện", "Not started"),
    "late": ("Quá hạn", "Late"),
    "ongoing": ("Thường xuyên", "Ongoing"),
    # roles
    "directing": ("Trực tiếp chỉ đạo", "Directing"),
    "lead": ("Chủ trì", "Lead"),
    "cooperating": ("Phối hợp", "Cooperating"),
    # validate
    "valid": ("Hợp lệ", "Valid"),
    "targets": ("chỉ tiêu", "targets"),
    "units": ("đơn vị", "units"),
    "problems_in": ("lỗi trong", "problems in"),
    "problem_in": ("lỗi trong", "problem in"),
    "files": ("tệp", "files"),
    "file": ("tệp", "file"),
    "hint": ("gợi ý", "hint"),
}


def resolve_lang(option: str | None) -> Lang:
    chosen = (option or os.environ.get("CDS_LANG") or "vi").strip().lower()
    return "en" if chosen.startswith("en") else "vi"


def label(key: str, lang: Lang) -> str:
    vi, en = _LABELS[key]
    return en if lang == "en" else vi

"""Words of the documents that cite a target carried from an earlier plan (output/carried.py),
merged by `words.catalogue`. Letters and reports are Vietnamese whatever --lang says; the Excel
sheet's part title follows --lang."""

from __future__ import annotations

CARRIED_LABELS: dict[str, tuple[str, str]] = {
    "carried_plan_unread": ("Kế hoạch năm {year}", "the {year} plan"),
    "carried_code": ("{number}\n({year})", "{number}\n({year})"),
    "carried_cited": ("{number} ({year})", "{number} ({year})"),
    # a target on one line, what the tables print under its id beside it (tables.id_line)
    "id_line": ("{id} ({cited})", "{id} ({cited})"),
    "printed_carried": ("Số thứ tự trong kế hoạch năm {year}", "Number in the {year} plan"),
    "carried_also": (
        "; {plan} (các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm {year}, số thứ tự ghi "
        "kèm “({origin_year})”)",
        "; {plan} (its unfinished targets, carried over into {year}, numbered with "
        "“({origin_year})”)",
    ),
    # The part of a table that lists them: its title starts with these words, by which
    # `cds import` knows where the plan's own table ends (registry/importing/appendix.py).
    "carried_part": (
        "Chỉ tiêu chuyển tiếp từ {plan} (năm {origin_year})",
        "Targets carried over from {plan} ({origin_year})",
    ),
    "carried_part_title": (
        "CHỈ TIÊU CHUYỂN TIẾP TỪ NĂM {origin_year}",
        "TARGETS CARRIED OVER FROM {origin_year}",
    ),
    "carried_part_note": (
        "(Các chỉ tiêu chưa hoàn thành của {plan}, chuyển tiếp sang năm {year} để tiếp tục "
        "theo dõi; số thứ tự theo kế hoạch năm {origin_year})",
        "(The unfinished targets of {plan}, carried over into {year} to be followed on; "
        "numbered as in the {origin_year} plan)",
    ),
    "carried_total": (
        "1. Tổng số {total} chỉ tiêu, trong đó {carried}. Tình hình thực hiện: {shown}.",
        "1. {total} targets in all, of which {carried}. Progress: {shown}.",
    ),
    "carried_count": (
        "{count} chỉ tiêu chuyển tiếp từ năm {year}",
        "{count} carried over from {year}",
    ),
    "carried_group": ("Chuyển tiếp từ năm {year}", "Carried over from {year}"),
}

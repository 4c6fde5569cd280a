"""Words of the documents that cite a target carried from an earlier plan (output/carried.py),
merged by `words.catalogue`. Letters and reports are Vietnamese whatever --lang says; the Excel
sheet's part title follows --lang."""

from __future__ import annotations

CARRIED_LABELS: dict[str, tuple[str, str]] = {
    # `cds import` of an appendix with its carried part (registry/importing/carried.py)
    "import_carried_no_year": (
        "dòng '{text}' ở phần chỉ tiêu chuyển tiếp không ghi năm của kế hoạch gốc; chưa thành "
        "chỉ tiêu",
        "row '{text}' of the carried targets' part names no year of its plan; not made a target",
    ),
    "import_carried_no_year_hint": (
        "ghi số như 'I.1 (2023)', hoặc tiêu đề phần 'Chỉ tiêu chuyển tiếp từ năm 2023', rồi nhập "
        "lại",
        "write the number as 'I.1 (2023)', or the part's title as 'Chỉ tiêu chuyển tiếp từ năm "
        "2023', then import again",
    ),
    "import_carried_read": (
        'Đọc {count} chỉ tiêu chuyển tiếp ở phần "Chỉ tiêu chuyển tiếp" dưới bảng (ghi là '
        "chuyển từ {origins}): {ids}.",
        'Read {count} carried {count:target|targets} from the part "Chỉ tiêu chuyển tiếp" under '
        "the table (written with carried_from: {origins}): {ids}.",
    ),
    "revise_carried_read": (
        'Đọc {count} chỉ tiêu chuyển tiếp ({origins}) ở phần "Chỉ tiêu chuyển tiếp" dưới bảng: '
        "so với chỉ tiêu cùng gốc trong sổ đăng ký, không theo số thứ tự.",
        "Read {count} carried {count:target|targets} ({origins}) from the part "
        '"Chỉ tiêu chuyển tiếp" under the table: compared with the registry\'s targets of the '
        "same origin (carried_from), not by number.",
    ),
    # `cds diff` of a plan and the plan it was carried into (registry/diff.py)
    "diff_finished": (
        "hoàn thành ở kế hoạch cũ nên không chuyển tiếp (không phải bị bỏ)",
        "finished in the old plan, so not carried over (not removed)",
    ),
    # the same two plans compared the other way round (`cds diff 2024 2023`): the mirror of
    # "diff_finished" and of "diff_carried_in" (registry/diff_plans.py `pair_carried_back`)
    "diff_finished_new": (
        "hoàn thành ở kế hoạch trước (bên mới) nên không chuyển tiếp sang bên cũ (không phải "
        "được thêm)",
        "finished in the earlier plan (the new side), so not carried over to the old side (not "
        "added)",
    ),
    "diff_own_revision_old": (
        "Điều chỉnh của chính kế hoạch cũ (không phải khác biệt với kế hoạch mới):",
        "The old plan's own revision (not a difference with the new plan):",
    ),
    "diff_already_cancelled_old": (
        "đã bãi bỏ từ {date}, bên cũ không có",
        "annulled since {date}, not on the old side",
    ),
    # two plans no carry-over record ties yet (registry/diff_plans.py `no_record`)
    "diff_no_record": (
        "Kế hoạch năm {earlier} và kế hoạch năm {later} là hai kế hoạch khác nhau, chưa có ghi "
        "chép chuyển tiếp nào (`carried_from`): không ghép chỉ tiêu theo nội dung hay số thứ tự, "
        "và chỉ tiêu năm {earlier} không có trong kế hoạch năm {later} không phải bị bỏ. Sau khi "
        "nhập kế hoạch năm {later}, cds carry-over --from {source} --to {later} ghi chỉ tiêu "
        "nào được chuyển tiếp; --pair CŨ=MỚI để tự ghép.",
        "The {earlier} plan and the {later} plan are two different plans with no carry-over "
        "record yet (`carried_from`): no target is paired by its text or number, and a {earlier} "
        "target the {later} plan does not list is not removed. Once the {later} plan is "
        "imported, cds carry-over --from {source} --to {later} records which targets go on; "
        "--pair OLD=NEW pairs by hand.",
    ),
    "diff_unrecorded": (
        "chưa có ghi chép chuyển tiếp sang kế hoạch mới (không phải bị bỏ)",
        "no carry-over into the new plan recorded yet (not removed)",
    ),
    "diff_unrecorded_new": (
        "chưa có ghi chép chuyển tiếp sang kế hoạch cũ (không phải được thêm)",
        "no carry-over into the old plan recorded yet (not added)",
    ),
    "diff_carried_annulled": (
        "Chỉ tiêu chuyển từ kế hoạch trước, bên mới đã bãi bỏ (không tính, không theo dõi): "
        "{count}",
        "Targets carried from an earlier plan, annulled since on the new side (not counted, "
        "not followed): {count}",
    ),
    "diff_carried_annulled_old": (
        "Chỉ tiêu chuyển từ kế hoạch trước, bên cũ đã bãi bỏ (không tính, không theo dõi): {count}",
        "Targets carried from an earlier plan, annulled since on the old side (not counted, "
        "not followed): {count}",
    ),
    "diff_carried_out": (
        "Chỉ tiêu đã chuyển tiếp sang kế hoạch mới, bên mới không ghi (không phải bị bỏ): {count}",
        "Targets carried over into the new plan, not listed on the new side (not removed): {count}",
    ),
    # its mirror, the plans the other way round (`cds diff KH-2024.docx 2023`)
    "diff_carried_out_new": (
        "Chỉ tiêu của kế hoạch trước (bên mới) đã chuyển tiếp sang kế hoạch của bên cũ, bên cũ "
        "không ghi (không phải được thêm): {count}",
        "Targets of the earlier plan (the new side) carried over into the old side's plan, not "
        "listed on the old side (not added): {count}",
    ),
    # two plans with plans between (registry/diff_plans.py `between`, `via`)
    "diff_carried_via": (
        " (qua kế hoạch {plans})",
        " (via plan {plans})",
    ),
    "diff_carried_ended": (
        "Chỉ tiêu đã chuyển tiếp sang kế hoạch ở giữa nhưng không sang kế hoạch mới (theo dõi "
        "ở kế hoạch đó; không phải bị bỏ): {count}",
        "Targets carried over into a plan between the two, not on into the new plan (followed "
        "there; not removed): {count}",
    ),
    "diff_carried_ended_new": (
        "Chỉ tiêu của kế hoạch trước (bên mới) đã chuyển tiếp sang kế hoạch ở giữa nhưng không "
        "sang kế hoạch của bên cũ (theo dõi ở kế hoạch đó; không phải được thêm): {count}",
        "Targets of the earlier plan (the new side) carried over into a plan between the two, "
        "not on into the old side's plan (followed there; not added): {count}",
    ),
    "diff_carried_old": (
        "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên cũ có: {count}",
        "Targets carried from an earlier plan, on the old side only: {count}",
    ),
    # two plans (registry/diff_plans.py): the new plan's own revision, apart from the comparison
    "diff_own_revision": (
        "Điều chỉnh của chính kế hoạch mới (không phải khác biệt với kế hoạch cũ):",
        "The new plan's own revision (not a difference with the old plan):",
    ),
    "diff_own_printed": ("bảng điều chỉnh in là {number}", "the revised table prints {number}"),
    "diff_group_respelled": (
        "'{old}' và '{new}' là cùng một nhóm, tên chỉ viết khác (như cds carry-over xếp nhóm)",
        "'{old}' and '{new}' are the same group, its name only written differently (as cds "
        "carry-over pairs groups)",
    ),
    "import_unnumbered": (
        "dòng {id} không có số thứ tự: chỉ tiêu không còn trong kế hoạch đang có hiệu lực (đã "
        "bãi bỏ); không nhập",
        "row {id} has no number: a target no longer in the plan in force (annulled); not imported",
    ),
    "carried_plan_unread": ("Kế hoạch năm {year}", "the {year} plan"),
    "carried_code": ("{id}\n({cited})", "{id}\n({cited})"),
    "carried_cited": ("{number} ({year})", "{number} ({year})"),
    # a target on one line, what the tables print under its id beside it (tables.id_line)
    "id_line": ("{id} ({cited})", "{id} ({cited})"),
    "printed_carried": ("Số thứ tự trong kế hoạch năm {year}", "Number in the {year} plan"),
    "carried_also": (
        "; {plan} (các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm {year}, ghi mã năm {year} "
        "kèm số thứ tự năm {origin_year}, như “{example}”)",
        "; {plan} (its unfinished targets, carried over into {year}, each by its {year} id with "
        "its {origin_year} number, as “{example}”)",
    ),
    # The part of a table that lists them: its title starts with these words, by which
    # `cds import` knows where the plan's own table ends (registry/importing/table_rows.py).
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
        "1. {total} {total:target|targets} in all, of which {carried}. Progress: {shown}.",
    ),
    "carried_count": (
        "{count} chỉ tiêu chuyển tiếp từ năm {year}",
        "{count} carried over from {year}",
    ),
    "carried_group": ("Chuyển tiếp từ năm {year}", "Carried over from {year}"),
    # an id typed that is both a target of the plan and a carried target's old number: the
    # plan's own is taken, this note said on stderr (app/typed_ids.py)
    "carried.own_wins": (
        "Chú ý: {typed} là chỉ tiêu {id} của Kế hoạch năm {year} («{content}»); {others}.",
        "Note: {typed} is target {id} of the {year} plan («{content}»); {others}.",
    ),
    "carried.own_wins_other": (
        "chỉ tiêu chuyển tiếp từ {number} Kế hoạch năm {year} là {id} — gõ {origin} nếu muốn "
        "chỉ tiêu đó",
        "the target carried over from {number} of the {year} plan is {id} — type {origin} for "
        "that one",
    ),
    "carried.joined": ("{first}; {rest}", "{first}; {rest}"),
    # a carried target as a refusal of its origin form lists it (questions/origin_ids.py)
    "carried.choice": ("{id} cho chỉ tiêu {cited}", "{id} for target {cited}"),
    "carried.choice_registry": (
        "{id} cho chỉ tiêu {cited} (mã nguồn trong sổ đăng ký: {carried_from})",
        "{id} for target {cited} (its origin in the registry: {carried_from})",
    ),
    # a carried target's units' last reports under the old plan (app/carried_history.py)
    "before_carried_title": (
        "Báo cáo cuối cùng của các đơn vị trong Kế hoạch năm {plan} (chỉ tiêu {origin}), trước "
        "khi chuyển tiếp",
        "The units' last reports under the {plan} plan (target {origin}), before it was carried "
        "over",
    ),
    "before_carried_line": (
        "(báo cáo cuối trong Kế hoạch năm {plan}, chỉ tiêu {origin}, trước khi chuyển tiếp: "
        "{status}, ngày {date})",
        "(last report under the {plan} plan, target {origin}, before the carry-over: {status}, "
        "on {date})",
    ),
    "before_carried_plan": ("(Kế hoạch năm {plan})", "({plan} plan)"),
}

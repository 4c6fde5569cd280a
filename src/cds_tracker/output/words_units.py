"""Words of units that change: the workspace's unit changes file, mergers and renames."""

from __future__ import annotations

UNIT_LABELS: dict[str, tuple[str, str]] = {
    "changes.not_units": (
        "tệp thay đổi đơn vị phải có một danh sách 'units:'",
        "the unit changes file must hold a 'units:' list",
    ),
    "changes.entry_without_id": (
        "mục này không có 'id' của đơn vị",
        "this entry has no unit 'id'",
    ),
    "changes.hint.shape": (
        "mỗi mục như trong danh mục: '- id: phuong-bac-son' rồi các trường thay đổi "
        "(valid_to, successor …); xem hướng dẫn, mục 'Đơn vị thay đổi'",
        "each entry as in the catalog: '- id: phuong-bac-son' then the fields that change "
        "(valid_to, successor …); see the guide, 'Đơn vị thay đổi'",
    ),
    "changes.plan_disagrees": (
        "{key} của đơn vị '{unit}' ({value}) ghi trong danh mục của kế hoạch này nhưng {file} "
        "không ghi như vậy: thay đổi đơn vị áp dụng cho mọi kế hoạch",
        "{key} of unit '{unit}' ({value}) is written in this plan's catalog but {file} does not "
        "say so: unit changes hold for every plan",
    ),
    "changes.hint.record_once": (
        "ghi thay đổi một lần trong {file} (áp dụng cho mọi kế hoạch) và xóa dòng này",
        "record the change once in {file} (it holds for every plan) and delete this line",
    ),
}

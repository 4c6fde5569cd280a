"""The ward merger the tests share: UBND phường Bắc Sơn and Nam Sơn merged into the new UBND
phường Tam Điệp (the guide's example of units that change, docs/huong-dan-su-dung.md). Tests
differ only in the year of the merger and in whether the old wards name it as `merged_into` or
`successor`; one definition keeps the wards, names and aliases the same everywhere."""

from __future__ import annotations


def merger_units(year: int, link: str = "merged_into") -> str:
    """The merger's entries of a unit-changes file (`don_vi_thay_doi.yaml`), without the
    `units:` line: the two wards end on 30/06/`year`, Tam Điệp starts on 01/07/`year`."""
    old = "".join(
        f"  - id: {ward}\n    valid_to: 30/06/{year}\n    {link}: phuong-tam-diep\n"
        for ward in ("phuong-bac-son", "phuong-nam-son")
    )
    return old + (
        "  - id: phuong-tam-diep\n"
        "    name: UBND phường Tam Điệp\n"
        "    kind: ward\n"
        "    source: user\n"
        "    aliases: [Phường Tam Điệp]\n"
        f"    valid_from: 01/07/{year}\n"
    )

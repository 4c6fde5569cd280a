"""Make a synthetic registry for benchmarks: deterministic from a seed.

    python benchmarks/generate.py OUT_DIR [--seed 1] [--targets 1000] [--units 60]
                                          [--entries 100000]

OUT_DIR gets phu_luc_01.yaml and progress/<unit>.yaml, valid for `cds validate`, shaped like the
real appendix: groups of targets, units named in cells (some through collectives), monthly
deadlines and ongoing ones, indicators, and progress entries from assigned units only.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

GROUPS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def generate(
    out: Path, *, seed: int = 1, targets: int = 1000, units: int = 60, entries: int = 100_000
) -> None:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "progress").mkdir(exist_ok=True)
    members = [f"u{i:03d}" for i in range(units - 2)]
    lines = [
        "# Synthetic registry for benchmarks (benchmarks/generate.py)",
        "document:",
        "  appendix: Phụ lục thử nghiệm",
        "  title: Bộ chỉ tiêu tổng hợp để đo hiệu năng",
        "  plan:",
        "    reference: Kế hoạch số 1/KH-BCĐ ngày 1/1/2023",
        '    number: "1"',
        "    symbol: KH-BCĐ",
        "    date: 1/1/2023",
        "  issuer: Ban Chỉ đạo chuyển đổi số",
        "  year: 2023",
        "catalog:",
        "  official_titles: [Trưởng, Chủ tịch]",
        "  units:",
    ]
    for unit_id in members:
        lines += [
            f"    - id: {unit_id}",
            f"      name: Phòng Thử nghiệm {unit_id[1:]}",
            "      kind: department",
            "      source: user",
        ]
    half = len(members) // 2
    for cid, name, group in (
        ("tat-ca", "Tất cả các phòng thử nghiệm", members),
        ("nua-dau", "Nửa đầu các phòng thử nghiệm", members[:half]),
    ):
        lines += [
            f"    - id: {cid}",
            f"      name: {name}",
            "      kind: collective",
            "      scope: all",
            "      source: user",
            "      members:",
        ]
        lines += [f"        - {m}" for m in group]
    lines.append("groups:")
    assigned: dict[str, list[str]] = {m: [] for m in members}
    indicator_of: dict[str, str] = {}
    per_group = -(-targets // len(GROUPS))
    number = 0
    for group in GROUPS:
        if number >= targets:
            break
        lines += [f"  - id: {group}", f"    title: Nhóm {group}", "    targets:"]
        for n in range(1, per_group + 1):
            if number >= targets:
                break
            number += 1
            tid = f"{group}.{n}"
            value = rng.randint(10, 90)
            content = f"Tỷ lệ hồ sơ được xử lý trực tuyến trên {value}% tại chỉ tiêu {tid}."
            lines += [
                f"      - id: {tid}",
                f"        number: {n}",
                f"        content: {_q(content)}",
            ]
            for role in ("directing", "lead", "cooperating"):
                if rng.random() < 0.1:
                    chosen = ["tat-ca" if rng.random() < 0.5 else "nua-dau"]
                    reached = members if chosen[0] == "tat-ca" else members[:half]
                else:
                    chosen = rng.sample(members, rng.randint(1, 3))
                    reached = chosen
                names = [
                    (
                        "Tất cả các phòng thử nghiệm"
                        if c == "tat-ca"
                        else "Nửa đầu các phòng thử nghiệm"
                        if c == "nua-dau"
                        else f"Phòng Thử nghiệm {c[1:]}"
                    )
                    for c in chosen
                ]
                if role == "directing":
                    names = [
                        f"Trưởng {name[0].lower()}{name[1:]}" if name.startswith("Phòng") else name
                        for name in names
                    ]
                lines += [
                    f"        {role}:",
                    f"          text: {_q('; '.join(names))}",
                    "          units:",
                ] + [f"            - {c}" for c in chosen]
                for m in reached:
                    assigned[m].append(tid)
            if rng.random() < 0.1:
                lines += [
                    "        deadline:",
                    "          text: Thường xuyên",
                    "          due: ongoing",
                ]
            else:
                year, month = rng.choice([2023, 2024, 2025]), rng.randint(1, 12)
                lines += [
                    "        deadline:",
                    f"          text: Tháng {month}/{year}",
                    f'          due: "{year}-{month:02d}"',
                ]
            lines += [
                '        notes: ""',
                "        indicators:",
                f"          - key: k_{group.lower()}_{n}",
                "            measures: Tỷ lệ hồ sơ xử lý trực tuyến",
                f'            text: "trên {value}%"',
                '            comparator: ">"',
                f"            value: {value}",
                '            unit: "%"',
                "            scope: each",  # every part reports: the heavier figure to compute
            ]
            indicator_of[tid] = f"k_{group.lower()}_{n}"
    (out / "phu_luc_01.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    files = {m: [f"# Tiến độ của {m}\n"] for m in members}
    reporting = [m for m in members if assigned[m]]
    for i in range(entries):
        unit = rng.choice(reporting)
        tid = rng.choice(assigned[unit])
        status = rng.choice(["not_started", "in_progress", "in_progress", "done"])
        day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        value = round(rng.uniform(0, 100), 1)
        note = rng.choice(
            [
                "Đã triển khai",
                "Đang rà soát hồ sơ",
                "Chờ hướng dẫn của tỉnh",
                "Hoàn thành đợt 1, tiếp tục đợt 2",
            ]
        )
        files[unit].append(
            f"- {{id: 'e{i:011x}', target: {tid}, unit: {unit}, status: {status}, date: '{day}', "
            f"values: {{{indicator_of[tid]}: {value}}}, note: {_q(note)}, by: Cán bộ {unit}, "
            f'written: "2024-01-15T08:00:00+07:00"}}\n'
        )
    for unit, chunks in files.items():
        (out / "progress" / f"{unit}.yaml").write_text("".join(chunks), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--units", type=int, default=60)
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    generate(args.out, seed=args.seed, targets=args.targets, units=args.units, entries=args.entries)


if __name__ == "__main__":
    main()

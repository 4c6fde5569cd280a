from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "data" / "phu_luc_01.yaml"
FIXTURES = Path(__file__).parent / "fixtures"


def of_year(registry: Path, year: str) -> Path:
    """The shipped 2023 registry copied into plans/<year>/ made that year's: `cds validate`
    refuses a plan whose year is not its folder's (the 2023 plan's heading in a 2024 plan)."""
    if not year[:4].isdigit():
        return registry  # a plan not named for a year: no year to agree with
    text = registry.read_text(encoding="utf-8")
    year = year[:4]
    registry.write_text(text.replace("\n  year: 2023\n", f"\n  year: {year}\n", 1), "utf-8")
    return registry

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "data" / "phu_luc_01.yaml"
FIXTURES = Path(__file__).parent / "fixtures"

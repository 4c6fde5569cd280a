"""Measure cds against its speed and memory targets; print each figure, ratio and PASS/FAIL.

    python benchmarks/run.py [--entries 100000] [--targets 1000] [--units 60] [--seed 1]
                             [--repeat 7] [--keep DIR]

Every figure is the median wall time of whole `cds` processes (start-up included), measured on this
machine in this run, so the ratios compare like with like. cds is first installed as users install
it (`pip install .` into a fresh virtual environment; --editable measures this environment's cds
instead). See docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = "Scripts" if os.name == "nt" else "bin"
PYTHON = sys.executable
CDS = str(Path(sys.executable).parent / ("cds.exe" if os.name == "nt" else "cds"))
results: list[bool] = []


def timed(command: Sequence[str], env: dict[str, str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            command,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr}")
    return statistics.median(times)


def peak_memory_mb(command: Sequence[str], env: dict[str, str]) -> float:
    """Peak resident memory of one run, read by a parent that runs nothing else."""
    probe = (
        "import resource, subprocess, sys; "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run(
        [PYTHON, "-c", probe, *command], env=env, capture_output=True, text=True, check=True
    )
    kilobytes = int(out.stdout.strip())
    return kilobytes / 1024 / (1024 if sys.platform == "darwin" else 1)


def report(name: str, value: float, unit: str, target: str, ok: bool) -> None:
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name:<52} {value:9.3f} {unit:<3}  target {target}")


def ratio(name: str, value: float, base: float, limit: float, what: str) -> None:
    report(name, value / base, "×", f"≤ {limit:g}× {what}", value / base <= limit)


def parse_time(folder: Path) -> float:
    """What ruamel.yaml's C-backed safe loader needs just to parse the files."""
    from ruamel.yaml import YAML

    files = [folder / "phu_luc_01.yaml", *sorted((folder / "progress").glob("*.yaml"))]
    texts = [f.read_text(encoding="utf-8") for f in files]
    start = time.perf_counter()
    for text in texts:
        YAML(typ="safe", pure=False).load(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--units", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="generate into (and keep) this folder")
    parser.add_argument(
        "--editable",
        action="store_true",
        help="measure the cds of this environment (an editable install's import "
        "hook adds ~20 ms to every start) instead of a fresh regular install",
    )
    args = parser.parse_args()

    global PYTHON, CDS
    work = Path(tempfile.mkdtemp(prefix="cds-bench-"))
    env = {**os.environ, "CDS_CACHE_DIR": str(work / "cache"), "COLUMNS": "100"}
    if not args.editable:
        PYTHON, CDS = install(work / "venv")
    env.pop("CDS_NO_CACHE", None)
    env.pop("CDS_REGISTRY", None)
    try:
        print(
            f"# cds benchmark: {args.entries:,} entries, {args.targets:,} targets, "
            f"{args.units} units, seed {args.seed}; Python {sys.version.split()[0]}"
        )
        print("## start-up")
        typer_only = timed([PYTHON, "-c", "import typer"], env, args.repeat * 2)
        libraries = timed(
            [PYTHON, "-c", "import typer, rich.table, pydantic, ruamel.yaml"], env, args.repeat * 2
        )
        first_help = timed([CDS, "--help"], env, 1)  # typer builds it; it is cached for next time
        help_time = timed([CDS, "--help"], env, args.repeat * 2)
        timed([CDS, "due", "--month", "10/2023"], env, 1)  # fill the cache
        due = timed([CDS, "due", "--month", "10/2023"], env, args.repeat * 2)
        print(
            f"      import typer {typer_only:.3f} s; import typer, rich.table, pydantic, "
            f"ruamel.yaml {libraries:.3f} s"
        )
        print(
            f"      cds --help on the first run of a version (typer builds it, the cache keeps "
            f"it): {first_help:.3f} s"
        )
        ratio(f"cds --help ({help_time:.3f} s)", help_time, typer_only, 1, "import typer")
        ratio(
            f"cds due --month 10/2023, shipped registry ({due:.3f} s)",
            due,
            libraries,
            1,
            "import of the 4 libraries",
        )

        print("## scale")
        big = args.keep or work / "big"
        start = time.perf_counter()
        generate(big, seed=args.seed, targets=args.targets, units=args.units, entries=args.entries)
        print(
            f"      generated {big} in {time.perf_counter() - start:.1f} s "
            f"({sum(f.stat().st_size for f in big.rglob('*.yaml')) / 1e6:.1f} MB)"
        )
        late = [CDS, "late", "--registry", str(big), "--as-of", "01/01/2024"]
        baseline = parse_time(big)
        shutil.rmtree(work / "cache", ignore_errors=True)
        cold = timed(late, env, 1)
        warm = timed(late, env, args.repeat)
        print(
            f"      C safe loader parse {baseline:.2f} s; cold late {cold:.2f} s; "
            f"warm late {warm:.3f} s"
        )
        ratio("cold cds late vs C safe loader parse", cold, baseline, 1.5, "parse")
        ratio("warm cds late vs cold", warm, cold, 0.05, "cold")
        report("warm cds late", warm, "s", "< 0.5 s", warm < 0.5)

        unit, target = "u000", _assigned_target(big / "progress" / "u000.yaml")
        add = [
            CDS,
            "progress",
            "add",
            target,
            "--unit",
            unit,
            "--status",
            "in_progress",
            "--date",
            "01/12/2023",
            "--registry",
            str(big),
        ]
        after = []
        for _ in range(args.repeat):
            timed(add, env, 1)
            after.append(timed(late, env, 1))
        after_add = statistics.median(after)
        ratio(f"cds late after one progress add ({after_add:.3f} s)", after_add, warm, 1.2, "warm")

        empty = work / "empty"
        shutil.copytree(big, empty, ignore=shutil.ignore_patterns("u*.yaml"))
        add_big = timed(add, env, args.repeat)
        add_empty = timed([*add[:-1], str(empty)], env, args.repeat)
        ratio(
            f"progress add, {args.entries:,} entries ({add_big:.3f} s) vs none ({add_empty:.3f} s)",
            add_big,
            add_empty,
            1.2,
            "empty",
        )

        shutil.rmtree(work / "cache", ignore_errors=True)
        memory = peak_memory_mb(late, env)
        report("peak memory of cds late (cold)", memory, "MB", "≤ 300 MB", memory <= 300)
        memory_warm = peak_memory_mb(late, env)
        report("peak memory of cds late (warm)", memory_warm, "MB", "≤ 300 MB", memory_warm <= 300)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"# targets met: {results.count(True)} of {len(results)}")


def install(venv: Path) -> tuple[str, str]:
    """cds as users have it: `pip install .` into a fresh virtual environment."""
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / SCRIPTS / "python")
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", str(ROOT)],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return python, str(venv / SCRIPTS / ("cds.exe" if os.name == "nt" else "cds"))


def _assigned_target(progress: Path) -> str:
    line = next(
        line for line in progress.read_text(encoding="utf-8").splitlines() if line.startswith("- {")
    )
    return line.split("target: ", 1)[1].split(",", 1)[0]


if __name__ == "__main__":
    main()

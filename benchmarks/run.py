"""Measure cds against its speed and memory targets; print each figure, ratio and PASS/FAIL.

    python benchmarks/run.py [--entries 100000] [--large 1000000] [--medium 300000]
                             [--small 1000] [--targets 1000] [--units 60] [--seed 1]
                             [--repeat 7] [--editable] [--skip-large]
                             [--only start-up|cold|large|proportional|writing ...]

Every figure is the median wall time of whole processes (start-up included), and every target is
a ratio of two figures measured on this machine in this run: the two commands are run in turn
(A B A B ...), so a change in the machine's load touches both alike, and the ratio quoted is the
median of the pairs' ratios (absolute times are printed for reference only). cds is first
installed as users install it (`pip install .` into a fresh virtual environment; --editable
measures this environment's cds instead). The run ends with a Markdown table of every target for
docs/performance.md. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = "Scripts" if os.name == "nt" else "bin"
PYTHON = sys.executable
CDS = str(Path(sys.executable).parent / ("cds.exe" if os.name == "nt" else "cds"))
results: list[tuple[str, str, str, bool]] = []  # name, measured, target, met


def timed(command: Sequence[str], env: dict[str, str], repeat: int, *, tty: bool = False) -> float:
    """Median wall time of `repeat` runs; output goes to a pipe (as `cds … | less`) or a pty."""
    times = []
    for _ in range(repeat):
        if tty:
            times.append(_timed_on_terminal(command, env))
            continue
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr.decode()}")
    return statistics.median(times)


def _timed_on_terminal(command: Sequence[str], env: dict[str, str]) -> float:
    import pty
    import threading

    leader, follower = pty.openpty()
    drained = threading.Thread(target=_drain, args=(leader,), daemon=True)
    drained.start()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, stdout=follower, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    os.close(follower)
    drained.join(timeout=5)
    os.close(leader)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr.decode()}")
    return elapsed


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass


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


def report(name: str, value: float, unit: str, target: str, ok: bool, detail: str = "") -> None:
    results.append((name, f"{value:.2f} {unit}".strip(), target, ok))
    label = f"{name} ({detail})" if detail else name
    print(f"{'PASS' if ok else 'FAIL'}  {label:<66} {value:8.2f} {unit:<3} target {target}")


def ratio(name: str, value: float, base: float, limit: float, what: str, pairs: float = 0) -> None:
    """`pairs`: the median of the ratios of runs made in turn (quoted when given)."""
    measured = pairs or value / base
    detail = f"{value:.3f} s / {base:.3f} s"
    report(name, measured, "×", f"≤ {limit:g}× {what}", measured <= limit, detail)


def paired(
    first: Callable[[], float], second: Callable[[], float], repeat: int
) -> tuple[float, float, float]:
    """Each measure `repeat` times in turn: medians of each and the median of the ratios."""
    a, b = [], []
    for _ in range(repeat):
        a.append(first())
        b.append(second())
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def markdown() -> str:
    rows = ["| target | measured | result |", "| --- | --- | --- |"]
    rows += [
        f"| {name} ({target}) | {measured} | {'PASS' if ok else '**FAIL**'} |"
        for name, measured, target, ok in results
    ]
    return "\n".join(rows)


JSON_LINES = """
import json, pathlib, sys
for path in sorted(pathlib.Path(sys.argv[1], "progress").glob("*.yaml")):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("- {"):
            json.loads(line[2:])
"""


def machine() -> str:
    cpus = os.cpu_count()
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = " ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return f"{cpus} CPUs ({model or platform.machine()}), {platform.system()}, load {load}"


class Bench:
    def __init__(self, work: Path, env: dict[str, str], repeat: int) -> None:
        self.work, self.env, self.repeat = work, env, repeat

    def dataset(self, entries: int, args: argparse.Namespace) -> Path:
        folder = self.work / f"data-{entries}"
        start = time.perf_counter()
        generate(folder, seed=args.seed, targets=args.targets, units=args.units, entries=entries)
        size = sum(f.stat().st_size for f in folder.rglob("*.yaml")) / 1e6
        print(
            f"      {entries:,} entries: generated in {time.perf_counter() - start:.1f} s"
            f" ({size:.1f} MB)"
        )
        return folder

    def cold(self, command: list[str], repeat: int) -> float:
        times = []
        for _ in range(repeat):
            shutil.rmtree(self.work / "cache", ignore_errors=True)
            times.append(timed(command, self.env, 1))
        return statistics.median(times)

    def warm(self, command: list[str], repeat: int | None = None, *, tty: bool = False) -> float:
        timed(command, self.env, 2)  # fill the cache, and let racily-clean stamps settle
        return timed(command, self.env, repeat or self.repeat, tty=tty)


SECTIONS = ("start-up", "cold", "large", "proportional", "writing")


def late_of(folder: Path) -> list[str]:
    return [CDS, "late", "--registry", str(folder), "--as-of", "01/01/2024"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--large", type=int, default=1_000_000, help="the 1M scale")
    parser.add_argument("--medium", type=int, default=300_000, help="report/summary scale")
    parser.add_argument("--small", type=int, default=1_000, help="report/summary base")
    parser.add_argument("--targets", type=int, default=1000)
    parser.add_argument("--units", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--skip-large", action="store_true", help="leave out the 1M-entry targets (slow)"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=SECTIONS,
        help="run only this section (repeatable); its targets are unchanged",
    )
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
    for name in ("CDS_NO_CACHE", "CDS_REGISTRY"):
        env.pop(name, None)
    if not args.editable:
        PYTHON, CDS = install(work / "venv")
    bench = Bench(work, env, args.repeat)
    try:
        print(f"# cds benchmark; Python {sys.version.split()[0]}; {machine()}")
        wanted = set(args.only or SECTIONS) - ({"large"} if args.skip_large else set())
        if "start-up" in wanted:
            start_up(bench)
        if wanted & {"cold", "large", "writing"}:
            base = bench.dataset(args.entries, args)
            if "cold" in wanted:
                scale(bench, base, args)
            if "large" in wanted:
                large(bench, args, base)
        if "proportional" in wanted:
            proportional(bench, args)
        if "writing" in wanted:
            writing(bench, base)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    met = sum(ok for *_, ok in results)
    print(f"# targets met: {met} of {len(results)}; load at the end: {machine()}")
    print(markdown())


def start_up(bench: Bench) -> None:
    print("## start-up: warm `cds due` on the shipped registry against `import typer`")
    typer_only = [PYTHON, "-c", "import typer"]
    due = [CDS, "due", "--month", "10/2023"]
    bench.warm(due, 1)
    for name, tty, limit in (("piped", False, 1.25), ("on a terminal", True, 1.5)):
        a, b, pairs = paired(
            lambda tty=tty: timed(due, bench.env, 1, tty=tty),
            lambda: timed(typer_only, bench.env, 1),
            bench.repeat * 2,
        )
        ratio(f"warm cds due, {name}", a, b, limit, "import typer", pairs)


def scale(bench: Bench, base: Path, args: argparse.Namespace) -> None:
    print(f"## cold and warm `cds late`, {args.entries:,} entries")
    late = late_of(base)
    json_lines = [PYTHON, "-c", JSON_LINES, str(base)]
    cold, baseline, pairs = paired(
        lambda: bench.cold(late, 1), lambda: timed(json_lines, bench.env, 1), 5
    )
    ratio("cold cds late vs json.loads of every line", cold, baseline, 2, "json.loads", pairs)
    shutil.rmtree(bench.work / "cache", ignore_errors=True)
    memory = peak_memory_mb(late, bench.env)
    report("peak memory, cold cds late", memory, "MB", "≤ 150 MB", memory <= 150)
    warm = bench.warm(late)
    print(f"      warm cds late {warm:.3f} s; peak {peak_memory_mb(late, bench.env):.0f} MB")


def large(bench: Bench, args: argparse.Namespace, base: Path) -> None:
    print(f"## {args.large:,} entries")
    folder = bench.dataset(args.large, args)
    late, late_base = late_of(folder), late_of(base)
    cold, cold_base, pairs = paired(
        lambda: bench.cold(late, 1), lambda: bench.cold(late_base, 1), 3
    )
    name = f"cold cds late, {args.large:,} vs {args.entries:,}"
    ratio(name, cold, cold_base, 12, "the latter", pairs)
    bench.warm(late, 1)
    bench.warm(late_base, 1)
    warm, warm_base, pairs = paired(
        lambda: timed(late, bench.env, 1), lambda: timed(late_base, bench.env, 1), bench.repeat
    )
    name = f"warm cds late, {args.large:,} vs {args.entries:,}"
    ratio(name, warm, warm_base, 2, "the latter", pairs)
    shutil.rmtree(bench.work / "cache", ignore_errors=True)
    memory = peak_memory_mb(late, bench.env)
    report(f"peak memory, cold cds late, {args.large:,}", memory, "MB", "≤ 600 MB", memory <= 600)
    print(f"      warm peak {peak_memory_mb(late, bench.env):.0f} MB")
    add = add_of(folder)
    empty = bench.work / "empty"
    shutil.copytree(folder, empty, ignore=shutil.ignore_patterns("u*.yaml"))
    add_empty = [*add[:-1], str(empty)]
    timed(add, bench.env, 1)  # the registry's cache entry
    timed(add_empty, bench.env, 1)
    on_large, on_empty, pairs = paired(
        lambda: timed(add, bench.env, 1), lambda: timed(add_empty, bench.env, 1), bench.repeat
    )
    name = f"cds progress add, {args.large:,} entries vs none"
    ratio(name, on_large, on_empty, 1.2, "none", pairs)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(empty, ignore_errors=True)


def proportional(bench: Bench, args: argparse.Namespace) -> None:
    print(f"## warm answers at {args.medium:,} entries against {args.small:,}")
    small = bench.dataset(args.small, args)
    medium = bench.dataset(args.medium, args)
    for name, extra in (("report --unit", ["report", "--unit", "u000"]), ("summary", ["summary"])):
        at_small = [CDS, *extra, "--registry", str(small), "--as-of", "01/01/2024"]
        at_medium = [CDS, *extra, "--registry", str(medium), "--as-of", "01/01/2024"]
        bench.warm(at_small, 1)
        bench.warm(at_medium, 1)
        a, b, pairs = paired(
            lambda m=at_medium: timed(m, bench.env, 1),
            lambda s=at_small: timed(s, bench.env, 1),
            bench.repeat,
        )
        ratio(f"warm cds {name}, {args.medium:,} vs {args.small:,}", a, b, 1.5, "the latter", pairs)
    shutil.rmtree(medium, ignore_errors=True)


def add_of(folder: Path) -> list[str]:
    target = _assigned_target(folder / "progress" / "u000.yaml")
    return [
        CDS,
        "progress",
        "add",
        target,
        "--unit",
        "u000",
        "--status",
        "in_progress",
        "--date",
        "01/12/2023",
        "--registry",
        str(folder),
    ]


def writing(bench: Bench, base: Path) -> None:
    print("## a warm read right after `cds progress add`")
    add, late = add_of(base), late_of(base)
    bench.warm(late)
    after, again = [], []
    for _ in range(bench.repeat):  # paired: each read after an add beside a warm read
        timed(add, bench.env, 1)
        after.append(timed(late, bench.env, 1))
        again.append(timed(late, bench.env, 1))
    ratio(
        "warm cds late right after an add vs warm",
        statistics.median(after),
        statistics.median(again),
        1.2,
        "warm",
        statistics.median(x / y for x, y in zip(after, again, strict=True)),
    )


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
    target: str = json.loads(line[2:])["target"]
    return target


if __name__ == "__main__":
    main()

"""Where cds keeps its cache: the user's cache folder, by each system's convention.

A module of its own so that `cds --help` can find its cached text without loading anything else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV = ("CDS_CACHE_DIR", "XDG_CACHE_HOME", "LOCALAPPDATA", "HOME", "USERPROFILE")
_roots: dict[tuple[str | None, ...], Path] = {}


def cache_root() -> Path:
    """The folder, worked out once for the environment that names it: a warm `summary` reads
    a cached file per target, and making the path each time (Path.home() and four joins) was
    a fifth of its run at 1,000 targets."""
    key = tuple(map(os.environ.get, _ENV))
    found = _roots.get(key)
    if found is None:
        found = _roots[key] = _cache_root()
    return found


def _cache_root() -> Path:
    if os.environ.get("CDS_CACHE_DIR"):
        return Path(os.environ["CDS_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "cds-tracker" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cds-tracker"
    # The XDG Base Directory spec: a relative path is invalid and must be ignored (it would put
    # the cache wherever the command happens to run, a plan's folder among them).
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache"
    return base / "cds-tracker"


def cache_disabled() -> bool:
    return os.environ.get("CDS_NO_CACHE", "").lower() in ("1", "true", "yes")

"""Where cds keeps its cache: the user's cache folder, by each system's convention.

A module of its own so that `cds --help` can find its cached text without loading anything else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def cache_root() -> Path:
    if os.environ.get("CDS_CACHE_DIR"):
        return Path(os.environ["CDS_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "cds-tracker" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "cds-tracker"
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "cds-tracker"


def cache_disabled() -> bool:
    return os.environ.get("CDS_NO_CACHE", "").lower() in ("1", "true", "yes")

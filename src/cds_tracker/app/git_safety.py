"""Running git in a workspace someone else made, without running their code.

A workspace received as a folder (a copy, a zip, a USB stick) brings its own `.git/config` and
`.git/hooks`, and git runs programs they name: `core.fsmonitor` on every status, hooks on commit
and merge, diff and merge drivers and filters chosen by `.gitattributes`, `core.sshCommand` on
push. `cds sync` must not run them (docs/reliability.md, "No file can make cds run code"):

- every git command it runs gets `SAFE`: no fsmonitor, no hooks, no submodule recursion, `cat`
  as pager (an empty `diff.external` would not turn it off but make git run "");
- before the first command that could run anything, `risky` lists the other settings of the
  repository's own config (scopes local and worktree, and files they include) that name a
  program; any such setting refuses the sync, naming it, with how to remove it. The user's own
  (global, system) config is theirs and is trusted, as git trusts it; so is the environment
  (GIT_SSH_COMMAND, GIT_EDITOR …).
"""

from __future__ import annotations

import re

SAFE = (
    "-c",
    "core.fsmonitor=false",
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "submodule.recurse=false",
    "-c",
    "core.pager=cat",
)

# Keys (git lower-cases section and key names; a subsection keeps its case) whose value is a
# program git may run during status, diff, add, commit, show, pull (fetch, merge) or push.
_RUNS = re.compile(
    r"""^(?:
        core\.(?:sshcommand|editor|pager|askpass|gitproxy|alternaterefscommand)
      | sequence\.editor
      | diff\.external
      | diff\..+\.(?:command|textconv)
      | merge\..+\.driver
      | filter\..+\.(?:clean|smudge|process)
      | credential\.(?:.+\.)?helper
      | gpg\.(?:.+\.)?program
      | pager\..+
      | remote\..+\.(?:uploadpack|receivepack)
      | protocol\.(?:ext\.)?allow
      | submodule\..+\.update
    )$""",
    re.VERBOSE,
)
_REPOSITORY_SCOPES = ("local", "worktree")


def risky(listing: str) -> list[tuple[str, str]]:
    """(key, value) of each setting of the repository's own config that names a program, from
    `git config --list --show-scope -z` (records `scope NUL key LF value NUL`)."""
    fields = listing.split("\0")
    found = []
    for scope, entry in zip(fields[::2], fields[1::2], strict=False):
        key, _, value = entry.partition("\n")
        if scope in _REPOSITORY_SCOPES and _RUNS.match(key.lower()) and value.strip():
            found.append((key, value))
    return found

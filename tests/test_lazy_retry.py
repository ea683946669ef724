"""A lazily run module (boot.py) whose first run is cut short (a RecursionError at the
depth where it is first used, an interrupt, memory) must run again at its next use, as
a failed import is tried again; it was left half-run for the life of the process, every
later use an AttributeError (PySide's wrong-call messages, tracebacks, text wrapping)."""

from __future__ import annotations

import textwrap

from .test_lazy_modules import run

FAILS_ONCE = textwrap.dedent("""
    import builtins
    RUNS = builtins.__dict__.setdefault("fails_once_runs", [])
    RUNS.append(1)
    if len(RUNS) == 1:
        raise MemoryError  # the first run cut short
    VALUE = "ready"
""")

RETRY = textwrap.dedent("""
    import builtins, json, sys
    from safeplan import boot

    boot.LAZY_MODULES = boot.LAZY_MODULES | {"fails_once"}
    boot.prepare()
    import PySide6.QtCore  # noqa: F401 - as the app: PySide's support code in place
    import fails_once, textwrap

    said = []
    try:
        fails_once.VALUE
    except MemoryError:
        said.append("first: MemoryError")
    said.append(fails_once.VALUE)

    # textwrap first used where the stack is nearly full: its code cannot run there.
    def at_depth(k, f):
        return f() if k == 0 else at_depth(k - 1, f)

    def depth():
        frame, n = sys._getframe(), 0
        while frame:
            frame, n = frame.f_back, n + 1
        return n

    try:
        at_depth(sys.getrecursionlimit() - depth() - 3, lambda: textwrap.dedent("  x"))
    except RecursionError:
        said.append("deep: RecursionError")
    said.append(textwrap.dedent("  y"))
    print(json.dumps({"said": said, "runs": len(builtins.fails_once_runs)}))
""")


def test_a_lazy_module_cut_short_runs_again_at_its_next_use(tmp_path):
    (tmp_path / "fails_once.py").write_text(FAILS_ONCE)
    result = run(RETRY, path=str(tmp_path))
    assert result["said"] == ["first: MemoryError", "ready", "deep: RecursionError", "y"]
    assert result["runs"] == 2

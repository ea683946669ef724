"""boot.py's lazily run modules: PySide's signature support and inspect run at their
first use instead of at start. What a person or the code would notice must not change:
PySide's messages for a wrong call, its docs, and a module asked for by two threads
at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

# Calls PySide answers from its signature support (parser, layout, error handler).
WRONG_CALLS = textwrap.dedent("""
    import json, sys
    if sys.argv[1] == "boot":
        from safeplan import boot
        boot.prepare()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    said = []
    for call in (lambda: QLabel().setText(5), lambda: QTimer.singleShot("x"),
                 lambda: QLabel().setAlignment("bad"), lambda: QLabel(1, 2, 3, 4)):
        try:
            call()
        except TypeError as error:
            said.append(str(error))
    said.append(QLabel.setText.__doc__)
    lazy = sys.modules.get("shibokensupport.signature.parser")
    print(json.dumps({"said": said, "parser_ran": lazy is not None
                      and "__getattr__" not in vars(lazy)}))
""")


def run(code: str, *args: str, path: str = "") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if path:
        env["PYTHONPATH"] = os.pathsep.join([path, env.get("PYTHONPATH", "")])
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_pyside_says_the_same_about_a_wrong_call_with_its_support_code_run_late():
    plain, late = run(WRONG_CALLS, "plain"), run(WRONG_CALLS, "boot")
    assert late["said"] == plain["said"]
    assert "Supported signatures" in late["said"][0]  # the error handler did run
    assert late["parser_ran"] is True


SLOW_MODULE = textwrap.dedent("""
    import time
    RUNS = __import__("builtins").__dict__.setdefault("slow_module_runs", [])
    RUNS.append(1)
    time.sleep(0.3)  # long enough for every thread to ask while it runs
    VALUE = "ready"
""")

TWO_THREADS = textwrap.dedent("""
    import builtins, json, threading
    from safeplan import boot

    boot.LAZY_MODULES = boot.LAZY_MODULES | {"slow_module"}
    boot.prepare()
    import slow_module

    got, errors = [], []
    start = threading.Barrier(8)

    def ask():
        start.wait()
        try:
            got.append(slow_module.VALUE)
        except Exception as error:
            errors.append(repr(error))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps({"got": got, "errors": errors, "runs": len(builtins.slow_module_runs),
                      "path": hasattr(slow_module, "__path__")}))
""")


def test_a_lazy_module_asked_by_eight_threads_at_once_runs_once_and_answers_all(tmp_path):
    (tmp_path / "slow_module.py").write_text(SLOW_MODULE)
    result = run(TWO_THREADS, path=str(tmp_path))
    assert result["errors"] == []
    assert result["got"] == ["ready"] * 8
    assert result["runs"] == 1
    assert result["path"] is False  # not a package, and asking did not run it again

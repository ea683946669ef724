"""The error guard right after the calculator's first frame, while traceback, inspect,
textwrap and PySide's error handler have not run yet (boot.py runs them at first use):
an error in a slot, a wrong PySide call and an error in a thread that formats a
traceback, all at once. Nothing reaches the terminal, the calculator keeps answering."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent("""
    import json, sys, threading
    from safeplan import boot

    boot.prepare()  # as `python -m safeplan` does
    from safeplan import app

    LAZY = ("traceback", "inspect", "textwrap", "shibokensupport.signature.errorhandler")

    def waiting(name):
        return name in sys.modules and "__getattr__" in vars(sys.modules[name])

    def report(window, qapp):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QLabel

        out = {}

        def in_a_thread():
            import traceback
            try:
                raise ValueError("secret content")
            except ValueError:
                out["formatted"] = "secret content" in traceback.format_exc()
            raise RuntimeError("secret content")  # unhandled

        def wrong_call():  # PySide's lazily run error handler, uncaught in a slot
            QLabel().setText(5)

        def boom():
            raise KeyError("secret content")

        def painted():
            out["waiting"] = [name for name in LAZY if waiting(name)]
            threading.Thread(target=in_a_thread).start()
            QTimer.singleShot(0, wrong_call)
            QTimer.singleShot(0, boom)
            QTimer.singleShot(400, check)

        def check():
            for key in ("7", "×", "6", "="):
                window.calculator.press(key)
            out["display"] = window.calculator.display.text()
            out["page"] = window.stack.currentWidget().objectName()
            out["ran"] = [name for name in LAZY if not waiting(name)]
            print(json.dumps(out), flush=True)
            qapp.quit()

        window.calculator.after_first_paint(painted)

    app._report_first_frame = report
    sys.exit(app.main(["--data-dir", sys.argv[1], "--first-frame"]))
""")


def test_errors_right_after_start_show_nothing_and_the_calculator_answers(tmp_path):
    home = tmp_path / "home"
    (home / "runtime").mkdir(parents=True, mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home / "runtime"))
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "secret content" not in out.stdout + out.stderr
    assert "Traceback" not in out.stderr and "Error" not in out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    # The attack ran while the modules were still waiting for their first use.
    assert "traceback" in result["waiting"] and "inspect" in result["waiting"]
    assert result["formatted"] is True
    assert (result["display"], result["page"]) == ("42", "calculatorView")
    assert {"traceback", "inspect"} <= set(result["ran"])

"""Start-up: what the process has loaded when the calculator's first frame is painted.

The calculator must be on screen before anything that only the vault, the evidence or
the report needs: those imports are what made the start slow (bench/x11_startup.py
measures the time; these tests guard the order, not a time).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from safeplan import vault
from safeplan.vault import KdfPolicy

PIN = "4815162342"

# Imported only once she needs them: the KDF and the vault's crypto (first unlock attempt),
# SQLite (the vault), the keyring (first unlock of a device-bound vault), pictures,
# PDF, PDF signatures, and the vault's screens and domain modules.
LATER = ("cryptography", "PIL", "fpdf", "pyhanko", "pypdf", "keyring", "sqlite3", "_sqlite3",
         "orjson", "safeplan.vault", "safeplan.journal", "safeplan.evidence",
         "safeplan.export", "safeplan.report", "safeplan.plan", "safeplan.media",
         "safeplan.statement", "safeplan.verify", "safeplan.legal", "safeplan.signing",
         "safeplan.pdf_signature", "safeplan.ui.shell", "safeplan.ui.setup_view",
         "safeplan.ui.journal_view")

PROBE = textwrap.dedent("""
    import enum, gc, json, sys
    from safeplan import boot

    boot.prepare()  # as `python -m safeplan` does, before PySide6
    from safeplan import app

    def enum_types():
        return sorted(t.__qualname__ for t in gc.get_objects()
                      if isinstance(t, enum.EnumType) and t.__module__.startswith("PySide6"))

    def stub_generator_loaded():
        module = sys.modules.get("PySide6.support.signature.lib.pyi_generator")
        return module is not None and "Formatter" in vars(module)

    def report(window, qapp):
        from PySide6.QtCore import QTimer

        def later():
            enabled, frozen = gc.isenabled(), gc.get_freeze_count()
            gc.unfreeze()  # get_objects() leaves out what boot.started() froze
            print(json.dumps({{"gc": enabled, "frozen": frozen, "enums": enum_types(),
                              "fast_enums": boot.fast_enums_on()}}),
                  flush=True)
            qapp.quit()

        def painted():
            print(json.dumps({{
                "modules": sorted(sys.modules),
                "widget_types": sorted(vars(sys.modules["PySide6.QtWidgets"])),
                "event_types": sorted(
                    name for module in ("QtCore", "QtGui", "QtWidgets")
                    for name, value in vars(sys.modules["PySide6." + module]).items()
                    if isinstance(value, type) and name.endswith("Event")),
                "display": window.calculator.display.text(),
                "page": window.stack.currentWidget().objectName(),
                "visible": window.isVisible(),
                "gc": gc.isenabled(),
                "fast_enums": boot.fast_enums_on(),
                "enums": enum_types(),
                "stub_generator": stub_generator_loaded(),
                "ran": {{name: name in sys.modules
                        and "__getattr__" not in vars(sys.modules[name])
                        for name in ("subprocess", "zipfile", "tempfile", "inspect",
                                     "shibokensupport.signature.parser",
                                     "shibokensupport.signature.layout")}},
                "focus": window.calculator.focusPolicy().name,
                "alignment": int(window.calculator.display.alignment().value),
                "libraries": open("/proc/self/maps").read()
                             if sys.platform.startswith("linux") else "",
            }}), flush=True)
            QTimer.singleShot(300, later)

        # As the app learns of its first frame (an event filter would itself build types).
        window.calculator.after_first_paint(painted)

    app._report_first_frame = report
    sys.exit(app.main(["--data-dir", {data!r}, "--first-frame"]))
""")


def first_frame(data_dir: Path, home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home / "runtime"))
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    out = subprocess.run([sys.executable, "-c", PROBE.format(data=str(data_dir))], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.strip().splitlines()
    frame = json.loads(lines[-2])
    frame["after"] = json.loads(lines[-1])
    return frame


def loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


def test_the_calculator_is_on_screen_before_the_vault_and_its_libraries_load(tmp_path):
    data = tmp_path / "data"
    opened, _code = vault.create(data, PIN, policy=KdfPolicy.for_tests(), bind_device=False)
    opened.close()
    frame = first_frame(data, tmp_path / "home")
    assert frame["visible"] and frame["page"] == "calculatorView"
    assert frame["display"] == "0"
    early = [name for name in LATER if loaded(frame["modules"], name)]
    assert early == [], f"loaded before the calculator's first frame: {early}"
    # The engine (and `decimal`) and ctypes (hardening.forbid_dumps) come right after the
    # first frame; the "0" is what a fresh engine shows (tests/ui/test_calculator_view).
    after = [name for name in ("decimal", "safeplan.calculator", "ctypes")
             if loaded(frame["modules"], name)]
    assert after == [], f"loaded before the calculator's first frame: {after}"


def test_the_first_frame_builds_no_python_types_for_widgets_it_does_not_show(tmp_path):
    """PySide creates a Qt class's Python type (and its enums, ~0.5 ms each) on first use.
    A Python event filter on the whole application is handed Qt's private objects too,
    and the first one makes PySide build nearly every type of QtWidgets and QtGui: a
    third of the start. So nothing filters the whole application while the calculator
    shows (the Esc filter and the auto-lock's watch the vault only)."""
    data = tmp_path / "data"
    opened, _code = vault.create(data, PIN, policy=KdfPolicy.for_tests(), bind_device=False)
    opened.close()
    frame = first_frame(data, tmp_path / "home")
    assert "QPushButton" in frame["widget_types"]  # the probe sees what the calculator built
    built = {"QColorDialog", "QFileDialog", "QWizard", "QCalendarWidget", "QTreeView"}
    assert built.isdisjoint(frame["widget_types"]), built & set(frame["widget_types"])
    # A Python event filter or handler handed a plain QEvent makes PySide build the type
    # of every QEvent subclass (53 of them, ~14 ms); the calculator's own handlers get
    # typed events (a resize, a paint) and build those alone.
    assert len(frame["event_types"]) < 10, frame["event_types"]



def test_the_first_frame_waits_for_none_of_pysides_optional_start_up_work(tmp_path):
    """boot.py and calculator_view: no `Qt` namespace enum types (taking one value of
    it builds all 94), no garbage collection passes, no .pyi stub generator before the
    first frame; afterwards the collector is back on and the namespace is built (the
    first key press does not wait for it)."""
    data = tmp_path / "data"
    opened, _code = vault.create(data, PIN, policy=KdfPolicy.for_tests(), bind_device=False)
    opened.close()
    frame = first_frame(data, tmp_path / "home")
    namespace = [name for name in frame["enums"] if name.startswith("Qt.")]
    assert namespace == [], namespace
    assert frame["gc"] is False and frame["stub_generator"] is False
    # Qt's enums were built by boot.py's fast builder (tests/test_fast_enums.py), which
    # hands the job back to `enum` once the calculator is on screen.
    assert frame["fast_enums"] is True
    # Loaded for nothing before (subprocess: the worker starts after the first frame;
    # zipfile, tempfile: shiboken6's unused imports). (argparse is not imported for an
    # empty command line; this probe passes one.)
    # inspect and PySide's signature parser and layout: run at the first signature asked
    # for (tests/test_lazy_modules.py).
    loaded_early = [name for name in frame["ran"] if frame["ran"][name]]
    assert loaded_early == [], loaded_early
    # What was set by name instead of by enum value holds.
    assert frame["focus"] == "StrongFocus"
    assert frame["alignment"] == 0x0002 | 0x0080  # AlignRight | AlignVCenter
    # The icon is PNGs (scripts/render_icon.py): no SVG plugin, no SVG drawn, no theme
    # lookup before the first frame (the desktop's icon, if any, comes after it).
    assert "libQt6Svg" not in frame["libraries"] and "qsvgicon" not in frame["libraries"]
    after = frame["after"]
    assert after["gc"] is True and after["frozen"] > 0
    assert after["fast_enums"] is False
    assert "Qt.Key" in after["enums"]

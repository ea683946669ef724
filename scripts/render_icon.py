"""Render resources/icons/calculator.svg to the PNG sizes the app loads at start.

Run: .venv/bin/python scripts/render_icon.py   (after changing the SVG; the PNGs are in git)

The window's icon is set from these PNGs: an SVG icon made Qt load its SVG plugin and
render the SVG (text included, so fonts too) at 4 sizes for the window and again for
the application before the calculator's first frame (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128)  # as src/safeplan/app.py loads them


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    renderer = QSvgRenderer(str(ICONS / "calculator.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = ICONS / f"calculator-{size}.png"
        if not image.save(str(target), "PNG"):
            sys.stderr.write(f"could not write {target}\n")
            return 1
        print(target.relative_to(ICONS.parent.parent), target.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

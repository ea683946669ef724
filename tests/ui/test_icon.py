"""The window's icon: the calculator drawing at every size a taskbar asks for, and the
desktop's own calculator icon when its icon theme has one."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from safeplan import app as safeplan_app
from safeplan import paths


def svg_at(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(paths.resource("icons", "calculator.svg"))).render(
        painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += sum(abs(u - v) for u, v in zip(pa.getRgb(), pb.getRgb(), strict=True))
    return total / (a.width() * a.height() * 4)


def test_the_window_shows_the_calculator_drawing_at_every_taskbar_size(make_window):
    window = make_window()
    icon = window.windowIcon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(safeplan_app.ICON_SIZES) <= sizes
    # The PNGs are the SVG as drawn (scripts/render_icon.py); a changed SVG needs them redrawn.
    for size in (16, 64, 128):
        shown = icon.pixmap(QSize(size, size)).toImage()
        assert shown.size() == QSize(size, size)
        assert mean_difference(shown, svg_at(size)) < 6, size


def _theme_with_a_calculator(folder, colour: str) -> None:
    theme = folder / "icons" / "desk"
    (theme / "48x48" / "apps").mkdir(parents=True)
    (theme / "index.theme").write_text(
        "[Icon Theme]\nName=desk\nDirectories=48x48/apps\n\n"
        "[48x48/apps]\nSize=48\nType=Fixed\n", encoding="utf-8")
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    assert image.save(str(theme / "48x48" / "apps" / "accessories-calculator.png"))


def test_the_desktops_calculator_icon_replaces_ours_after_the_first_frame(make_window,
                                                                          tmp_path):
    window = make_window()
    app = QApplication.instance()
    paths_before, theme_before = QIcon.themeSearchPaths(), QIcon.themeName()
    _theme_with_a_calculator(tmp_path, "#ff0000")
    try:
        QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
        QIcon.setThemeName("desk")
        safeplan_app._after_first_frame(window)
        for icon in (window.windowIcon(), app.windowIcon()):
            shown = icon.pixmap(QSize(48, 48)).toImage()
            assert shown.pixelColor(24, 24) == QColor("#ff0000")
    finally:
        QIcon.setThemeSearchPaths(paths_before)
        QIcon.setThemeName(theme_before)
        app.setWindowIcon(safeplan_app.own_icon())


def test_without_a_desktop_icon_the_window_keeps_ours(make_window, tmp_path):
    window = make_window()
    paths_before, theme_before = QIcon.themeSearchPaths(), QIcon.themeName()
    (tmp_path / "icons").mkdir()
    try:
        QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
        QIcon.setThemeName("hicolor")
        safeplan_app._after_first_frame(window)
        shown = window.windowIcon().pixmap(QSize(64, 64)).toImage()
        assert mean_difference(shown, svg_at(64)) < 6
    finally:
        QIcon.setThemeSearchPaths(paths_before)
        QIcon.setThemeName(theme_before)

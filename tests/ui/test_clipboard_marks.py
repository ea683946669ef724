"""What the vault copies is marked so clipboard managers and histories skip it
(the X11 behaviour, clearing at the lock, is in tests/x11/test_clipboard.py)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from safeplan.ui.clipboard import KDE_HINT, MARKS, is_marked, marked_copy


def test_a_marked_copy_keeps_the_content_and_asks_managers_to_skip_it():
    data = QMimeData()
    data.setText("He took my passport")
    data.setHtml("<b>He took my passport</b>")
    copy = marked_copy(data)
    assert copy.text() == "He took my passport" and copy.html() == data.html()
    assert is_marked(copy) and not is_marked(data)
    assert bytes(copy.data(KDE_HINT)) == b"secret"
    windows = {fmt for fmt in MARKS if "windows-mime" in fmt}
    assert any("ExcludeClipboardContentFromMonitorProcessing" in f for f in windows)
    assert any("CanIncludeInClipboardHistory" in f for f in windows)
    for fmt in windows:
        assert copy.hasFormat(fmt)
    history = next(f for f in windows if "CanIncludeInClipboardHistory" in f)
    assert bytes(copy.data(history)) == b"\0\0\0\0"  # DWORD 0: not in Win+V history

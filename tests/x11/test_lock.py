"""Quick exit as a person sees it on a real X server: frames grabbed from the screen."""

from __future__ import annotations

import time

import pytest

from .frames import Frame, frames_around_key, journal_loaded, wait_for_screen
from .harness import PIN
from .xscreen import Screen, save_png

pytestmark = pytest.mark.x11


def save_frames(frames, x_server, folder):
    for n, frame in enumerate(frames):
        save_png(frame.pixels, x_server.width, x_server.height,
                 str(folder / f"frame-{n:02d}-{frame.shows()}-{frame.at * 1000:.0f}ms.png"))


def assert_calculator_first_and_no_vault_after(frames, x_server, folder) -> None:
    shows = [frame.shows() for frame in frames]
    try:
        assert shows[0] == "vault"
        assert len(frames) > 1, "nothing changed on screen after Esc"
        assert shows[1] == "calculator", f"the first frame after Esc shows {shows[1]}: {shows}"
        assert "vault" not in shows[1:] and "both" not in shows[1:], shows
        assert shows[-1] == "calculator"
    except AssertionError:
        save_frames(frames, x_server, folder)  # to look at: pytest prints tmp_path
        raise


def test_after_esc_the_first_changed_frame_is_the_calculator_and_no_vault_pixel_follows(
        x_server, home, launch, tmp_path):
    home.make_vault(incidents=3)
    app = launch(home, marks=True)
    app.main_window()
    with Screen(x_server.display, (0, 0, x_server.width, x_server.height)) as screen:
        wait_for_screen(screen, "calculator")
        app.type(PIN + "=")
        wait_for_screen(screen, "vault", ready=journal_loaded)
        frames = frames_around_key(screen, "Escape", seconds=1.0)
        assert_calculator_first_and_no_vault_after(frames, x_server, tmp_path)
        # Again from the incident form with her unsaved text in it.
        wait_for_screen(screen, "calculator")
        app.type(PIN + "=")
        listed = wait_for_screen(screen, "vault", ready=journal_loaded)
        app.key("ctrl+n")
        # The form on screen before typing: at load 9 it appeared 0.6 s after Esc, and
        # the frame of it opening was taken for a vault frame after the key.
        wait_for_screen(screen, "vault", settle=0.25,
                        ready=lambda frame: frame.pixels != listed.pixels)
        app.type("He broke the door")
        wait_for_screen(screen, "vault", settle=0.25)  # a text cursor blinks
        frames = frames_around_key(screen, "Escape", seconds=1.0)
        assert_calculator_first_and_no_vault_after(frames, x_server, tmp_path)


def test_the_vault_s_window_made_ahead_shows_nothing_before_the_pin(
        x_server, home, launch, tmp_path):
    """The worker builds the vault's screens before any key (and keeps them through a
    wrong PIN): from the start, through a wrong PIN's answer, no frame shows any of the
    vault; the PIN then shows it."""
    home.make_vault(incidents=3)
    app = launch(home, marks=True)
    app.main_window()
    with Screen(x_server.display, (0, 0, x_server.width, x_server.height)) as screen:
        wait_for_screen(screen, "calculator")
        seen = []
        deadline = time.monotonic() + 6  # the worker starts, builds and is hosted meanwhile
        while time.monotonic() < deadline:
            seen.append(Frame(0.0, screen.grab()))
            time.sleep(0.02)
        app.type("1357924680")
        seen += frames_around_key(screen, "Return", seconds=2.0)
        shows = {frame.shows() for frame in seen}
        if shows != {"calculator"}:
            save_frames([f for f in seen if f.shows() != "calculator"][:5], x_server, tmp_path)
        assert shows == {"calculator"}
        app.key("Escape")
        app.type(PIN + "=")
        wait_for_screen(screen, "vault", ready=journal_loaded)

#!/usr/bin/env bash
# Checks the system libraries Qt needs on Linux (xcb for a real screen, fonts
# for offscreen rendering), the tools PyInstaller uses, openssl (the tests check
# a report with it), poppler-utils (pdftoppm renders report pages for docs), ffmpeg (tests play
# the location-free copies of videos with ffprobe and ffmpeg), pngcheck (tests check the
# location-free copies of PNGs with it) and a real X
# server for tests/x11 (Xvfb, openbox, tint2, xdotool, xclip, wmctrl, xprop); installs what is
# missing when we are root or have sudo, else says exactly what to install.
set -euo pipefail
[ "$(uname -s)" = "Linux" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || { echo "sysdeps: not a Debian-like system; install Qt's xcb libraries and fonts yourself"; exit 0; }

packages=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-util1 libxkbcommon0
  libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  fonts-dejavu-core binutils openssl poppler-utils ffmpeg pngcheck
  xvfb openbox tint2 xdotool xclip wmctrl x11-utils libx11-6 libxext6 libxtst6)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "sysdeps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; else
  echo "sysdeps: please run:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

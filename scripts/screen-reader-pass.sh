#!/usr/bin/env bash
# A keyboard-only pass through the app with a real screen reader (Orca), on a virtual screen:
# prints what Orca would say and what the app exposes over AT-SPI. Manual/exploratory; not
# part of `make test`. See docs/ACCESSIBILITY.md, "A pass with a real screen reader".
#
#   scripts/screen-reader-pass.sh [WORKDIR]      (or: make screen-reader-pass)
#
# Needs Debian/Ubuntu packages (installed when we are root or have sudo): Orca, the AT-SPI
# bus, Xvfb, xdotool, D-Bus and the system Python's AT-SPI bindings. Everything it starts
# (Xvfb, the D-Bus session, the AT-SPI bus, Orca, the app) is stopped when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/ensure-apt-packages orca at-spi2-core dbus dbus-x11 xvfb xdotool python3-gi \
    gir1.2-atspi-2.0 python3-pyatspi
for tool in Xvfb xdotool dbus-run-session orca /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "Missing: $tool (see the apt packages above)" >&2; exit 1; }
done
[ -x .venv/bin/python ] || { echo "Run 'make setup' first (the app runs from .venv)." >&2; exit 1; }

workdir=${1:-$(mktemp -d /tmp/screen-reader-pass.XXXXXX)}
mkdir -p "$workdir"
echo "Work folder (app home, Orca debug log, process logs): $workdir"

# A virtual screen on a free display number.
exec {fd}<> <(:)
Xvfb -displayfd "$fd" -screen 0 1280x1024x24 -nolisten tcp -noreset >"$workdir/xvfb.log" 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null || true' EXIT
read -r -t 10 -u "$fd" display || { echo "Xvfb did not start (see $workdir/xvfb.log)" >&2; exit 1; }
export DISPLAY=":$display"

# A private session bus; the helper starts the AT-SPI bus, the app and Orca on it, and stops
# them again; dbus-run-session stops the bus when the helper ends.
dbus-run-session -- /usr/bin/python3 scripts/screen_reader_pass.py "$workdir" \
    | tee "$workdir/transcript.txt"
echo "Transcript: $workdir/transcript.txt"

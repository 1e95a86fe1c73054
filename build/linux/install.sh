#!/bin/sh
# Add Take It Down to this person's application menu, or take it out again (--uninstall).
# Needs no administrator rights: it writes one menu entry and one icon under ~/.local/share,
# pointing at this unpacked folder. The app runs just as well without it: double-click
# @SLUG@ in this folder. Nothing else is written, now or when the app runs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
entry="$apps/@SLUG@.desktop"
icon="$icons/@SLUG@.png"
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icon"
    echo "Removed the menu entry. Delete this folder to remove the app: $here"
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/@SLUG@.png" "$icon"
sed "s|^Exec=.*|Exec=\"$here/@SLUG@\"|" "$here/@SLUG@.desktop" > "$entry"
chmod 644 "$entry"
echo "Added @NAME@ to the application menu. To remove it: $here/install.sh --uninstall"

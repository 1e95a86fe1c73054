#!/bin/sh
# Add Take It Down to this person's application menu, or take it out again (--uninstall).
# Needs no administrator rights: it writes one menu entry and one icon under ~/.local/share,
# pointing at this unpacked folder. The app runs just as well without it: double-click
# @SLUG@ in this folder. Nothing else is written, now or when the app runs.
#
# The folder may be called almost anything ("Ana's things & more"): the entry's Exec line
# follows the Desktop Entry spec's quoting, so the menu starts exactly this copy.
set -eu
line_break='
'
# This folder, exactly: $(...) drops trailing line breaks, so "dirname" and "pwd" alone could
# name another folder; the "." after pwd keeps them, and is taken off again. (No CDPATH, which
# would make cd print a folder too; "--" for a folder whose name starts with "-".)
case "$0" in
*/*) folder=${0%/*} ;;
*) folder=. ;;
esac
here=$(CDPATH='' cd -- "${folder:-/}" && pwd && echo .)
here=${here%"$line_break".}
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"
entry="$apps/@SLUG@.desktop"
icon="$icons/@SLUG@.png"

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icon"
    # The folders install.sh may have made, deepest first, only if nothing else is in them
    # (~/.local/share and ~/.local too, but never a folder XDG_DATA_HOME names).
    for made in "$icons" "$data/icons/hicolor/256x256" "$data/icons/hicolor" "$data/icons" "$apps"; do
        rmdir "$made" 2>/dev/null || true
    done
    if [ -z "${XDG_DATA_HOME:-}" ]; then
        rmdir "$data" "$HOME/.local" 2>/dev/null || true
    fi
    echo "Removed the menu entry. Delete this folder to remove the app: $here"
    exit 0
fi

refuse() {
    echo "$1" >&2
    echo "Nothing was changed. Rename or move the folder, then run install.sh again." >&2
    echo "You can also just double-click @SLUG@ in this folder: it works without the menu." >&2
    exit 1
}

# A menu entry is one line per setting, in UTF-8: a line break, or a name that isn't UTF-8,
# can't be written into it. A % sign can (as %%), but GNOME's menus (GLib) then look for a
# program whose name has "%%" in it, and hide the entry: better to say so now.
carriage_return=$(printf '\r')
case "$here" in
*"$line_break"* | *"$carriage_return"*)
    refuse "The name of this folder, or of a folder it is in, has a line break in it." ;;
*%*)
    refuse "The name of this folder, or of a folder it is in, has a % sign in it." ;;
esac
if ! printf '%s' "$here" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1; then
    refuse "The name of this folder, or of a folder it is in, has letters the menu can't read."
fi

# Exec: inside double quotes, \ " ` $ are escaped with a backslash, and every backslash is
# escaped once more for the file ("\\\\" is one backslash).
# TryExec is a plain string: only the backslash is escaped. With TryExec, a menu hides the
# entry if this folder is moved or deleted, instead of showing one that does nothing.
program="$here/@SLUG@"
exec_arg=$(printf '%s' "$program" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')
try_exec=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')

mkdir -p "$apps" "$icons"
partial="$entry.partial"
trap 'rm -f "$partial"' EXIT
while IFS= read -r setting || [ -n "$setting" ]; do
    case "$setting" in
    Exec=*) printf 'Exec="%s"\nTryExec=%s\n' "$exec_arg" "$try_exec" ;;
    *) printf '%s\n' "$setting" ;;
    esac
done <"$here/@SLUG@.desktop" >"$partial"
chmod 644 "$partial"
cp "$here/@SLUG@.png" "$icon"
mv -f "$partial" "$entry"
echo "Added @NAME@ to the application menu. To remove it: $here/install.sh --uninstall"

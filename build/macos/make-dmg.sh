#!/bin/sh
# Build "Take It Down.app", self-test it, sign and notarise it when credentials are given, and
# put it in a .dmg with a link to /Applications (drag to install; drag to the Bin to remove).
# Run from the repository root on macOS with the venv set up (the CI workflow does this).
# Not run on this project's Linux machine; see docs/PACKAGING.md.
#
#   MACOS_CODESIGN_IDENTITY  "Developer ID Application: ..." in the keychain (sign-macos-keychain.sh)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarisation with notarytool (all three, or none)
set -eu
python=${PYTHON:-.venv/bin/python}
name=$("$python" build/recipe.py name)
version=$("$python" build/recipe.py version)
slug=$("$python" build/recipe.py slug)
app="dist/$name.app"
dmg="dist/$slug-$version-macos.dmg"

MACOS_ENTITLEMENTS=build/macos/entitlements.plist \
    "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath .pyinstaller --distpath dist build/takeitdown.spec

QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/$slug" --self-test

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
    # PyInstaller signed each file; sign the whole bundle again with the hardened runtime and a
    # secure timestamp, which notarisation requires.
    codesign --force --deep --options runtime --timestamp \
        --entitlements build/macos/entitlements.plist \
        --sign "$MACOS_CODESIGN_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
else
    echo "MACOS_CODESIGN_IDENTITY is not set: the app is only ad-hoc signed (Gatekeeper will warn)"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$name" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
else
    echo "APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD not all set: the .dmg is not notarised"
fi
echo "$dmg"

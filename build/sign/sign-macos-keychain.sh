#!/bin/sh
# CI only: put the Developer ID certificate into a throw-away keychain so codesign can use it.
#   MACOS_CERTIFICATE           the "Developer ID Application" certificate and key, a .p12 in base64
#   MACOS_CERTIFICATE_PASSWORD  its password
# Does nothing (and says so) when MACOS_CERTIFICATE is not set.
set -eu
if [ -z "${MACOS_CERTIFICATE:-}" ]; then
    echo "MACOS_CERTIFICATE is not set: building unsigned"
    exit 0
fi
keychain="$RUNNER_TEMP/signing.keychain-db"
password=$(openssl rand -hex 16)
p12="$RUNNER_TEMP/certificate.p12"
printf '%s' "$MACOS_CERTIFICATE" | base64 --decode > "$p12"
security create-keychain -p "$password" "$keychain"
security set-keychain-settings -lut 3600 "$keychain"
security unlock-keychain -p "$password" "$keychain"
security import "$p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$password" "$keychain" >/dev/null
# Ours first, then the keychains already searched (printed one quoted path a line). Split on
# purpose: a runner's keychain paths have no spaces, and this can't be tried here (macOS only).
# shellcheck disable=SC2046
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
rm -f "$p12"

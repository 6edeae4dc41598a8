#!/usr/bin/env bash
# Builds the macOS application (universal: Apple silicon and Intel) and zips it into
# dist/packages/sco-explorer-VERSION-macos-universal.zip. Runs on macOS only (lipo, iconutil,
# codesign and ditto are Apple's); the release workflow runs it on a macOS runner. UNTESTED
# here: the project's machines are Linux. The app is signed ad hoc, not notarised, so the first
# start needs right-click > Open (the README says so).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
for t in aarch64-apple-darwin x86_64-apple-darwin; do
    rustup target list --installed | grep -qx "$t" || rustup target add "$t"
    cargo build --release --locked --target "$t" --bin sco-explorer
done
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
app="$stage/SCO explorer.app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
lipo -create -output "$app/Contents/MacOS/sco-explorer" \
    target/aarch64-apple-darwin/release/sco-explorer target/x86_64-apple-darwin/release/sco-explorer
sed "s/VERSION/$version/g" packaging/macos/Info.plist >"$app/Contents/Info.plist"
iconset="$stage/sco-explorer.iconset"
mkdir -p "$iconset"
for n in 16 32 128 256 512; do
    cp "assets/icons/sco-explorer-$n.png" "$iconset/icon_${n}x${n}.png"
    cp "assets/icons/sco-explorer-$((n * 2)).png" "$iconset/icon_${n}x${n}@2x.png"
done
iconutil -c icns "$iconset" -o "$app/Contents/Resources/sco-explorer.icns"
codesign --force --deep --sign - "$app"
mkdir -p dist/packages
ditto -c -k --keepParent "$app" "dist/packages/sco-explorer-$version-macos-universal.zip"
ls -l dist/packages

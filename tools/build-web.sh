#!/usr/bin/env bash
# Builds the web edition into a static folder (dist/web by default) that any static host
# serves: index.html, the explorer as WebAssembly with its JavaScript glue, a service worker
# for offline use, the manifest and the icon. Nothing is fetched from another host at run time.
#
#   tools/build-web.sh [OUT_DIR]
#
# Needs the wasm32-unknown-unknown target (rustup target add wasm32-unknown-unknown) and the
# wasm-bindgen command of the same version as the wasm-bindgen crate in Cargo.lock; both are
# installed here when missing. wasm-opt (Debian's binaryen) shrinks the module when present.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist/web}"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo "== adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$version" ]; then
    echo "error: Cargo.lock names no wasm-bindgen version" >&2
    exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $version\$"; then
    echo "== installing wasm-bindgen-cli $version (once; a few minutes)"
    cargo install wasm-bindgen-cli --version "$version"
fi

echo "== building the explorer for wasm32-unknown-unknown (release)"
cargo build --release --target wasm32-unknown-unknown --bin sco-explorer-web

echo "== wasm-bindgen → $out"
rm -rf "$out.partial"
mkdir -p "$out.partial"
wasm-bindgen --target web --no-typescript --out-dir "$out.partial" \
    target/wasm32-unknown-unknown/release/sco-explorer-web.wasm

wasm="$out.partial/sco-explorer-web_bg.wasm"
if command -v wasm-opt >/dev/null 2>&1; then
    echo "== wasm-opt -Os"
    if wasm-opt -Os --all-features "$wasm" -o "$wasm.opt"; then
        mv "$wasm.opt" "$wasm"
    else
        echo "   wasm-opt failed; the module is kept as wasm-bindgen wrote it"
        rm -f "$wasm.opt"
    fi
fi

cp web/index.html web/manifest.json "$out.partial/"
cp assets/icon.svg "$out.partial/icon.svg"
build=$(cat "$wasm" "$out.partial/sco-explorer-web.js" web/index.html | sha256sum | cut -c1-16)
sed "s/__BUILD__/$build/" web/sw.js > "$out.partial/sw.js"

# The folder is replaced whole, never left half-written.
rm -rf "$out"
mv "$out.partial" "$out"

raw=$(stat -c %s "$out/sco-explorer-web_bg.wasm")
gz=$(gzip -9 -c "$out/sco-explorer-web_bg.wasm" | wc -c)
echo "Wrote $out (build $build): sco-explorer-web_bg.wasm is $((raw / 1024)) KiB, $((gz / 1024)) KiB gzipped."
echo "Serve it with any static server, e.g.: python3 -m http.server -d $out 8080"

#!/usr/bin/env bash
# Retakes the README's window screenshots in Russian and Chinese: every view at 1280×800, on
# the baseline (Compare on the sustainable-lending preset, whose reference is the baseline), with
# the release build, under Xvfb. Writes assets/screenshots/{ru,zh}-VIEW.png.
#
#   tools/screenshots.sh [OUT_DIR]
#
# Needs Xvfb and Mesa (apt-get install xvfb libgl1-mesa-dri libegl1 mesa-vulkan-drivers
# libxkbcommon-x11-0). Look at every picture before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-assets/screenshots}"
mkdir -p "$out"
cargo build --release --bin sco-explorer
app=target/release/sco-explorer
for lang in ru zh; do
    for view in overview sectors countries bank fund flows map compare uncertainty discovery sensitivity data; do
        file=()
        [ "$view" = compare ] && file=(scenarios/sustainable_lending.ron)
        xvfb-run -a -s "-screen 0 1400x900x24" \
            "$app" "${file[@]}" --lang "$lang" --view "$view" --theme dark --size 1280x800 \
            --screenshot "$out/$lang-$view.png" >/dev/null
        echo "$out/$lang-$view.png"
    done
done

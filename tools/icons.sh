#!/usr/bin/env bash
# Makes the app's icon in every size the packages and the window use, from assets/icon.svg:
#   assets/icons/sco-explorer-N.png   N = 16 24 32 48 64 128 256 512 1024 (Linux's hicolor theme,
#                                     the window's own icon, macOS's .icns on the release runner)
#   assets/icons/sco-explorer.ico     16–256 px, PNG-compressed entries (the Windows .exe)
# Run it after changing the SVG, and commit what it writes (the builds read the files, so no
# build needs an SVG renderer). Needs rsvg-convert (Debian: librsvg2-bin) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "error: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

out=assets/icons
mkdir -p "$out"
for n in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$n" --height "$n" assets/icon.svg --output "$out/sco-explorer-$n.png"
done

# An .ico is a directory of images; since Windows Vista each may be a whole PNG file.
python3 - "$out" <<'PY'
import struct, sys
out = sys.argv[1]
sizes = [16, 24, 32, 48, 64, 256]
images = [open(f"{out}/sco-explorer-{n}.png", "rb").read() for n in sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = len(header) + 16 * len(images)
entries = b""
for n, data in zip(sizes, images):
    # width and height 0 mean 256; no palette; 1 plane; 32 bits per pixel.
    entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open(f"{out}/sco-explorer.ico", "wb") as f:
    f.write(header + entries + b"".join(images))
PY
ls -l "$out"

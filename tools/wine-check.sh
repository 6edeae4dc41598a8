#!/usr/bin/env bash
# Checks the Windows program under Wine against the Linux program: `summary` and `check` on
# every example scenario (and `--version`) must print the same, byte for byte, in English,
# Russian and Chinese. Optionally (--screenshot) the window in Chinese, where Wine can draw it.
#
#   tools/wine-check.sh [--screenshot]     (after tools/package.sh windows linux)
#
# Debian's Wine 8 lacks bcryptprimitives.dll, whose ProcessPrng Rust's standard library imports
# since 1.78 (Windows 10 and later have it). For this check only, a stand-in built here with the
# same mingw compiler (ProcessPrng by RtlGenRandom) is put beside a copy of the .exe in
# target/wine/. It is never shipped: the zip is made from the program alone.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wine >/dev/null || { echo "error: wine is missing (apt-get install wine64)" >&2; exit 1; }
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
exe="$target_dir/x86_64-pc-windows-gnu/release/sco-explorer.exe"
linux="$target_dir/release/sco-explorer"
for f in "$exe" "$linux"; do
    [ -x "$f" ] || [ -f "$f" ] || { echo "error: $f is missing: run tools/package.sh windows linux first" >&2; exit 1; }
done

work="$target_dir/wine"
mkdir -p "$work"
cat >"$work/bcryptprimitives.c" <<'C'
#include <windows.h>
/* RtlGenRandom, exported by advapi32 under this name. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
C
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" "$work/bcryptprimitives.c" -ladvapi32
cp "$exe" "$work/sco-explorer.exe"
export WINEPREFIX="$work/prefix" WINEDEBUG=-all
[ -d "$WINEPREFIX" ] || wineboot --init >/dev/null 2>&1 || true

fails=0
# compare FILE ARGS…: runs both programs with ARGS, where the word FILE stands for the scenario
# file (as each system names it); their outputs must be the same, the file's name aside.
compare() {
    local file=$1 wfile="" want got
    shift
    [ -z "$file" ] || wfile="Z:$(realpath "$file" | tr / '\\')"
    want=$("$linux" "${@/#FILE/$file}" 2>&1) || true
    got=$(cd "$work" && wine ./sco-explorer.exe "${@/#FILE/$wfile}" 2>&1 | tr -d '\r') || true
    want=${want//"$file"/FILE}
    got=${got//"$wfile"/FILE}
    if [ "$want" == "$got" ]; then
        echo "same: $*  ($file)"
    else
        echo "DIFFERENT: $*  ($file)"
        diff <(echo "$want") <(echo "$got") | head -20
        fails=$((fails + 1))
    fi
}
compare "" --version
for f in scenarios/*.ron; do
    for lang in en ru zh; do
        compare "$f" summary FILE --lang "$lang"
    done
    compare "$f" check FILE
done

if [ "${1:-}" == "--screenshot" ]; then
    shot="$work/window-zh.png"
    rm -f "$shot"
    (cd "$work" && timeout 300 xvfb-run -a -s "-screen 0 1400x900x24" wine ./sco-explorer.exe --lang zh --size 1280x800 --screenshot window-zh.png) >"$work/screenshot.log" 2>&1 || true
    if [ -f "$shot" ]; then
        echo "screenshot: $shot"
    else
        echo "no screenshot: Wine could not draw the window here; what it said:"
        tail -5 "$work/screenshot.log"
    fi
fi

if [ "$fails" -gt 0 ]; then
    echo "$fails outputs differ" >&2
    exit 1
fi
echo "all the same"

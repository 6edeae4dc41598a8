#!/usr/bin/env bash
# Builds the packages for people who install rather than build, into dist/packages/:
#   sco-explorer-VERSION-windows-x86_64.zip   the Windows program (cross-compiled with mingw),
#                                             its README in three languages, example scenarios
#   sco-explorer_VERSION-1_amd64.deb          the Debian/Ubuntu package (cargo-deb)
#   sco-explorer-VERSION-linux-x86_64.tar.gz  the Linux program for other distributions
#   sco-explorer-VERSION-web.zip              the web edition, for any static host
#   SHA256SUMS                                their checksums
#
#   tools/package.sh [windows] [linux] [web]     (all three when none is named)
#
# All or nothing: the packages are made in dist/packages.partial and replace dist/packages only
# when every one asked for was made. What is missing is installed when it can be without asking
# (Rust targets, cargo-deb); Debian packages it needs are named with the command that installs
# them. The release workflow (.github/workflows/release.yml) runs the same script.
set -euo pipefail
cd "$(dirname "$0")/.."

want=("$@")
[ ${#want[@]} -eq 0 ] && want=(windows linux web)
for w in "${want[@]}"; do
    case "$w" in windows | linux | web) ;; *) echo "error: unknown package '$w' (windows, linux or web)" >&2; exit 2 ;; esac
done
wants() { [[ " ${want[*]} " == *" $1 "* ]]; }
need() { command -v "$1" >/dev/null || { echo "error: $1 is missing; install it with: $2" >&2; exit 1; }; }

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
target_dir=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')
out=dist/packages
rm -rf "$out.partial"
mkdir -p "$out.partial"
stage=$(mktemp -d)
trap 'rm -rf "$stage" "$out.partial"' EXIT

# Files beside the program in every desktop package.
common() {
    mkdir -p "$1/scenarios"
    cp scenarios/*.ron "$1/scenarios/"
    cp LICENSE-MIT LICENSE-APACHE "$1/"
}

if wants windows; then
    need x86_64-w64-mingw32-gcc "apt-get install gcc-mingw-w64-x86-64"
    rustup target list --installed | grep -qx x86_64-pc-windows-gnu || rustup target add x86_64-pc-windows-gnu
    echo "== Windows: building sco-explorer.exe (release, x86_64-pc-windows-gnu)"
    cargo build --release --locked --target x86_64-pc-windows-gnu --bin sco-explorer
    exe="$target_dir/x86_64-pc-windows-gnu/release/sco-explorer.exe"
    # Only Windows' own DLLs may be imported: the zip is all a user gets.
    imports=$(x86_64-w64-mingw32-objdump -p "$exe" | awk '/DLL Name:/ { print tolower($3) }' | sort -u)
    allowed='^(kernel32|user32|gdi32|advapi32|ole32|oleaut32|combase|shell32|shlwapi|comctl32|comdlg32|ws2_32|ntdll|bcrypt|bcryptprimitives|userenv|imm32|dwmapi|dwrite|uxtheme|uiautomationcore|opengl32|d3d12|d3dcompiler_47|dxgi|dcomp|propsys|winmm|version|secur32|crypt32|hid|setupapi|cfgmgr32|powrprof|msvcrt|api-ms-win-[a-z0-9-]+)\.dll$'
    if bad=$(grep -Ev "$allowed" <<<"$imports"); then
        echo "error: sco-explorer.exe imports DLLs that Windows does not have: $bad" >&2
        exit 1
    fi
    echo "   imports: $(tr '\n' ' ' <<<"$imports")"
    dir="$stage/sco-explorer-$version-windows-x86_64"
    mkdir -p "$dir"
    # Symbols only make the download larger (27 → 21 MB); the icon and version stay.
    x86_64-w64-mingw32-strip -o "$dir/sco-explorer.exe" "$exe"
    common "$dir"
    # Notepad reads the README as UTF-8 with its byte-order mark and Windows line ends.
    { printf '\xef\xbb\xbf'; sed 's/$/\r/' packaging/windows/README.txt; } >"$dir/README.txt"
    (cd "$stage" && zip -qr9 "$OLDPWD/$out.partial/$(basename "$dir").zip" "$(basename "$dir")")
fi

if wants linux; then
    echo "== Linux: building sco-explorer (release)"
    cargo build --release --locked --bin sco-explorer
    command -v cargo-deb >/dev/null || cargo install cargo-deb --version '^3' --locked
    echo "== Linux: the .deb"
    cargo deb --no-build --output "$out.partial/"
    dir="$stage/sco-explorer-$version-linux-x86_64"
    mkdir -p "$dir/icons"
    strip -o "$dir/sco-explorer" "$target_dir/release/sco-explorer" # as cargo-deb does
    cp packaging/linux/sco-explorer.desktop packaging/linux/sco-explorer.xml README.md "$dir/"
    cp assets/icon.svg assets/icons/sco-explorer-*.png "$dir/icons/"
    common "$dir"
    tar -C "$stage" -czf "$out.partial/$(basename "$dir").tar.gz" "$(basename "$dir")"
fi

if wants web; then
    echo "== the web edition"
    tools/build-web.sh "$stage/web"
    (cd "$stage/web" && zip -qr9 "$OLDPWD/$out.partial/sco-explorer-$version-web.zip" .)
fi

(cd "$out.partial" && sha256sum -- * >SHA256SUMS)
rm -rf "$out"
mv "$out.partial" "$out"
echo "== dist/packages"
(cd "$out" && ls -l)

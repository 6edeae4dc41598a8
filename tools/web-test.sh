#!/usr/bin/env bash
# The web edition in a real browser, as a person would meet it: builds it (tools/build-web.sh;
# --no-build uses dist/web as it is), serves the folder on 127.0.0.1, and drives Debian's
# headless Chromium with playwright-core (installed into target/web-test on first use):
#   - the page loads and the Overview draws (a screenshot with something on it);
#   - a link with an edited scenario opens it (its title is the page's);
#   - the baseline's uncertainty study runs to its end and its bands show;
#   - a damaged link shows the baseline and says why;
#   - unsaved work left in the browser's storage is offered back after a reload;
#   - English, Russian and Chinese at 1024×700, 1280×800 and 1920×1080.
# Screenshots go to target/web-test/shots (with --screenshots, also to assets/screenshots).
#
#   tools/web-test.sh [--no-build] [--screenshots]
#
# Needs: chromium (apt-get install chromium), node and npm, python3 (the static server).
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
publish=""
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --screenshots) publish=assets/screenshots ;;
        *) echo "usage: tools/web-test.sh [--no-build] [--screenshots]" >&2; exit 2 ;;
    esac
done

browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then
    echo "error: no Chromium found: install it (apt-get install chromium) or set CHROMIUM" >&2
    exit 1
fi
if [ "$build" = 1 ]; then
    tools/build-web.sh
fi
if [ ! -f dist/web/index.html ]; then
    echo "error: dist/web has no build: run tools/build-web.sh first" >&2
    exit 1
fi

work=target/web-test
mkdir -p "$work/shots"
if [ ! -d "$work/node_modules/playwright-core" ]; then
    echo "== installing playwright-core into $work (once)"
    npm install --prefix "$work" --no-save --no-audit --no-fund playwright-core@1 >/dev/null
fi

# A scenario of a kind a colleague would send: the baseline with a larger bank and its own
# title, as a link (made by the desktop binary, which reads links as it writes them).
edited="$work/edited.ron"
sed -e 's/title: "Baseline"/title: "Web test: a larger bank"/' \
    -e 's/subscribed: 50.0/subscribed: 80.0/' scenarios/baseline.ron > "$edited"
fragment=$(cargo run --quiet --bin sco-explorer -- link --fragment "$edited")

# The stress scenario naming the Baseline as its reference: Compare opens pinned, and explains.
explained="$work/explained.ron"
sed -e 's/reference: None/reference: Some(Preset("baseline"))/' scenarios/stress.ron > "$explained"
explained_fragment=$(cargo run --quiet --bin sco-explorer -- link --fragment "$explained")

port=$((20000 + RANDOM % 20000))
python3 -m http.server --bind 127.0.0.1 "$port" -d dist/web >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    if python3 - "$port" <<'PY' 2>/dev/null; then break; fi
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/index.html", timeout=1)
PY
    sleep 0.1
done

WEB_TEST_MODULES="$PWD/$work/node_modules" CHROMIUM="$browser" WEB_TEST_EDITED="$edited" \
    WEB_TEST_EXPLAIN="$explained_fragment" \
    node tools/web-test.mjs "http://127.0.0.1:$port/" "$fragment" "$work/shots"

if [ -n "$publish" ]; then
    cp "$work"/shots/web-*.png "$publish"/
    echo "Copied the screenshots to $publish"
fi

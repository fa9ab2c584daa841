#!/usr/bin/env bash
# The window's start at N initiatives, in a private X server (Xvfb): when its first frame
# is drawn, when the first frame with the portfolio in it is (load, figures, search index,
# sort and the overview), and its resident memory then and once it has settled. Medians of
# RUNS runs after one warm-up run (which also takes the day's backup), release build.
# Prints a Markdown table row per size.
#
#   scripts/gui-measure.sh [RUNS] N...        e.g. scripts/gui-measure.sh 3 30 100000
#
# N = 30 is the demo portfolio (`proeftuin demo`), larger N `proeftuin demo --size N`.
# "Memory the portfolio adds" is the settled RSS at N minus the settled RSS at 30.
# Needs Xvfb (apt-get install -y xvfb) and a software OpenGL (Mesa).
set -euo pipefail

RUNS=${1:-3}
shift || true
[ $# -gt 0 ] || set -- 30 100000
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=${PROEFTUIN_BIN:-$PWD/target/release/proeftuin}
DIR=$(mktemp -d)
DISPLAY_NUMBER=$((500 + RANDOM % 400))
Xvfb ":$DISPLAY_NUMBER" -screen 0 1400x900x24 -nolisten tcp > /dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2> /dev/null || true; rm -rf "$DIR"' EXIT
sleep 1

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
field() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" | head -1; }

# run DB: start the window, wait for the portfolio, let it settle, note the figures.
run() {
    local db=$1 log=$DIR/log
    HOME=$DIR/home XDG_CONFIG_HOME=$DIR/home/.config XDG_DATA_HOME=$DIR/home/.local/share \
        DISPLAY=":$DISPLAY_NUMBER" PROEFTUIN_TIMINGS=1 LANG=nl_NL.UTF-8 \
        "$BIN" --db "$db" > /dev/null 2> "$log" &
    local app=$!
    for _ in $(seq 1200); do
        grep -q "portfolio-shown" "$log" && break
        kill -0 $app 2> /dev/null || { echo "the window exited:" >&2; cat "$log" >&2; exit 1; }
        sleep 0.1
    done
    sleep 3
    local settled
    settled=$(awk '/VmRSS/ { print $2 }' "/proc/$app/status")
    kill $app
    wait $app 2> /dev/null || true
    echo "$(field 'first-frame ms' < "$log") $(grep portfolio-shown "$log" | field ms) $(grep portfolio-shown "$log" | field rss-kb) $settled"
}

echo "| initiatives | first frame | portfolio shown | RSS when shown | RSS settled |"
echo "|---|---|---|---|---|"
for N in "$@"; do
    db=$DIR/portfolio-$N.sqlite
    if [ "$N" = 30 ]; then
        "$BIN" demo --db "$db" > /dev/null
    else
        "$BIN" demo --db "$db" --size "$N" > /dev/null
    fi
    run "$db" > /dev/null
    : > "$DIR/results"
    for _ in $(seq "$RUNS"); do
        run "$db" >> "$DIR/results"
    done
    first=$(awk '{ print $1 }' "$DIR/results" | median)
    shown=$(awk '{ print $2 }' "$DIR/results" | median)
    rss_shown=$(awk '{ print $3 }' "$DIR/results" | median)
    rss=$(awk '{ print $4 }' "$DIR/results" | median)
    printf '| %s | %s ms | %s ms | %d MB | %d MB |\n' "$N" "$first" "$shown" \
        $((rss_shown / 1024)) $((rss / 1024))
done

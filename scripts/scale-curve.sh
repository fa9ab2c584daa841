#!/usr/bin/env bash
# The scale curve: how the cost grows from 1,000 to 1,000,000 initiatives. For each N it
# measures the window's open (first frame with the portfolio) and resident memory
# (scripts/gui-measure.sh), a frame of every view (cargo bench --bench frame), and the
# CLI's demo, import and exports (whole process, /usr/bin/time). Writes
# docs/scale/scale-curve.csv and draws docs/scale/scale-curve.svg from it
# (scripts/plot-scale-curve.awk). One run per size; release build.
#
#   scripts/scale-curve.sh [N...]        default: 1000 10000 100000 1000000
#
# Takes about 25 minutes with 1,000,000 on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- 1000 10000 100000 1000000
cargo build --release --quiet
BIN=$PWD/target/release/proeftuin
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
mkdir -p docs/scale
CSV=${SCALE_CSV:-docs/scale/scale-curve.csv}
export LC_ALL=C.UTF-8

seconds() { # seconds COMMAND...: the wall time of one run; empty when it refused
    if /usr/bin/time -f "%e" -o "$DIR/time" "$@" > /dev/null 2> "$DIR/stderr"; then
        cat "$DIR/time"
    else
        # A refusal (e.g. more initiatives than a worksheet holds) prints its reason.
        grep -v "^Command exited" "$DIR/stderr" | head -1 >&2
    fi
}

# Milliseconds from criterion's "time: [low mid high]" line (its middle estimate).
frame_ms() {
    awk -v want="$1" '
        index($0, want) == 1 { found = 1 }
        found && /time:/ {
            gsub(/[\[\]]/, "")
            for (i = 1; i <= NF; i++) if ($i == "time:") { value = $(i + 3); unit = $(i + 4) }
            if (unit == "ns") value /= 1000000; else if (unit == "µs") value /= 1000; else if (unit == "s") value *= 1000
            printf "%.3f", value
            exit
        }' "$DIR/frames"
}

views="Overview Quadrants Budget Phases Readiness Balance Departments Activities Peers"
header="initiatives,open_ms,rss_mb,demo_s,import_csv_s,export_csv_s,export_json_s,export_xlsx_s,table_frame_ms"
for view in $views; do header="$header,${view,,}_frame_ms"; done
echo "$header" > "$CSV"
for N in "$@"; do
    echo "N = $N" >&2
    db=$DIR/portfolio.sqlite
    rm -f "$db"*
    demo=$(seconds "$BIN" demo --db "$db" --size "$N")
    export_csv=$(seconds "$BIN" export --db "$db" --format csv --out "$DIR/register.csv" --force)
    export_json=$(seconds "$BIN" export --db "$db" --format json --out "$DIR/p.json" --force)
    export_xlsx=$(seconds "$BIN" export --db "$db" --format xlsx --out "$DIR/r.xlsx" --force)
    rm -f "$DIR/new.sqlite"*
    import_csv=$(seconds "$BIN" import "$DIR/register.csv" --db "$DIR/new.sqlite")
    rm -f "$DIR"/*.json "$DIR"/*.xlsx "$DIR"/new.sqlite*
    # The window: scripts/gui-measure.sh prints "| N | first | shown ms | rss | rss settled |".
    gui=$(scripts/gui-measure.sh 1 "$N" | tail -1)
    open_ms=$(echo "$gui" | awk -F'|' '{ gsub(/[^0-9]/, "", $4); print $4 }')
    rss_mb=$(echo "$gui" | awk -F'|' '{ gsub(/[^0-9]/, "", $6); print $6 }')
    PROEFTUIN_BENCH_SIZES=$N cargo bench --quiet --bench frame -- "frame" > "$DIR/frames" 2>&1
    line="$N,$open_ms,$rss_mb,$demo,$import_csv,$export_csv,$export_json,$export_xlsx"
    line="$line,$(frame_ms "table frame idle, $N initiatives")"
    for view in $views; do
        line="$line,$(frame_ms "$view view frame, $N initiatives")"
    done
    echo "$line" | tee -a "$CSV" >&2
done
awk -F, -f scripts/plot-scale-curve.awk "$CSV" > "${CSV%.csv}.svg"
echo "wrote $CSV and ${CSV%.csv}.svg"

#!/usr/bin/env bash
# Whole-process timings and peak memory of the CLI at N initiatives (issue "Speed and
# memory at 100,000 initiatives"), beside floors measured in the same run: the sqlite3
# shell printing every row of every table, and LibreOffice headless converting the
# register's CSV to XLSX and to ODS when it is installed. Medians of RUNS runs, release build, this
# machine. Prints a Markdown table (what BENCHMARKS.md quotes).
#
#   scripts/bench.sh [N] [RUNS]        defaults: 100000 and 3
#
# Needs /usr/bin/time (GNU time) and, for the floor, the sqlite3 shell.
set -euo pipefail

N=${1:-100000}
RUNS=${2:-3}
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=$PWD/target/release/proeftuin
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
DB=$DIR/portfolio.sqlite
export LC_ALL=C.UTF-8

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure NAME PREPARE COMMAND...: run PREPARE (untimed) then COMMAND, RUNS times.
measure() {
    local name=$1 prepare=$2
    shift 2
    : > "$DIR/seconds"
    : > "$DIR/kilobytes"
    for _ in $(seq "$RUNS"); do
        eval "$prepare"
        if ! /usr/bin/time -f "%e %M" -o "$DIR/time" "$@" > /dev/null 2> "$DIR/stderr"; then
            echo "failed: $name" >&2
            cat "$DIR/stderr" >&2
            exit 1
        fi
        read -r seconds kilobytes < "$DIR/time"
        echo "$seconds" >> "$DIR/seconds"
        echo "$kilobytes" >> "$DIR/kilobytes"
    done
    local seconds kilobytes
    seconds=$(median < "$DIR/seconds")
    kilobytes=$(median < "$DIR/kilobytes")
    printf '| %s | %s s | %d MB |\n' "$name" "$seconds" $((kilobytes / 1024))
}

echo "N = $N initiatives, median of $RUNS runs, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| operation | time | peak memory |"
echo "|---|---|---|"
measure "demo --size $N" "rm -f $DB*" "$BIN" demo --db "$DB" --size "$N"
size=$(stat -c %s "$DB")
measure "check (full integrity check)" ":" "$BIN" check --db "$DB"
measure "summary" ":" "$BIN" summary --db "$DB" --format json --today 2026-11-29
measure "list --format json" ":" "$BIN" list --db "$DB" --format json
for format in csv json xlsx ods pdf pstw; do
    extension=$format
    [ "$format" = pstw ] && extension=csv
    measure "export $format" "rm -f $DIR/out.$extension" \
        "$BIN" export --db "$DB" --format "$format" --out "$DIR/out.$extension" --today 2026-11-29
done
"$BIN" export --db "$DB" --format csv --out "$DIR/register.csv" --force > /dev/null
"$BIN" export --db "$DB" --format json --out "$DIR/portfolio.json" --force > /dev/null
"$BIN" export --db "$DB" --format xlsx --out "$DIR/register.xlsx" --force > /dev/null
"$BIN" export --db "$DB" --format ods --out "$DIR/register.ods" --force > /dev/null
if command -v soffice > /dev/null; then
    # The peer: LibreOffice headless converting the register's CSV alone to XLSX.
    mkdir -p "$DIR/lo"
    measure "peer: LibreOffice headless converts register.csv to XLSX" "rm -f $DIR/lo/register.xlsx" \
        soffice "-env:UserInstallation=file://$DIR/lo-profile" --headless --calc \
        --convert-to xlsx --outdir "$DIR/lo" "$DIR/register.csv"
    measure "peer: LibreOffice headless converts register.csv to ODS" "rm -f $DIR/lo/register.ods" \
        soffice "-env:UserInstallation=file://$DIR/lo-profile" --headless --calc \
        --convert-to ods --outdir "$DIR/lo" "$DIR/register.csv"
    # An Excel 97-2003 register: LibreOffice's XLS of the workbook (a sheet holds 65,536
    # rows there, so the register keeps its first 65,535 initiatives).
    soffice "-env:UserInstallation=file://$DIR/lo-profile" --headless --calc \
        --convert-to xls --outdir "$DIR/lo" "$DIR/register.xlsx" > /dev/null 2>&1
    if [ -f "$DIR/lo/register.xls" ]; then
        measure "import register.xls (65,535 initiatives) into a new portfolio" \
            "rm -f $DIR/new.sqlite*" \
            "$BIN" import "$DIR/lo/register.xls" --db "$DIR/new.sqlite" --today 2026-11-29
    fi
fi
for file in register.csv register.xlsx register.ods portfolio.json; do
    measure "import $file into a new portfolio" "rm -f $DIR/new.sqlite*" \
        "$BIN" import "$DIR/$file" --db "$DIR/new.sqlite" --today 2026-11-29
done
measure "re-import of the unchanged register.csv" ":" \
    "$BIN" import "$DIR/register.csv" --db "$DIR/new.sqlite" --today 2026-11-29
if command -v sqlite3 > /dev/null; then
    tables=$(sqlite3 "$DB" "SELECT group_concat('SELECT * FROM ' || name, ';') FROM sqlite_master WHERE type = 'table'")
    measure "floor: the sqlite3 shell prints every row" ":" sqlite3 "$DB" "$tables"
fi
# Snapshots, in a copy (the floor above reads the portfolio without them).
SNAP=$DIR/snapshots.sqlite
measure "snapshot create" "rm -f $SNAP*; cp $DB $SNAP" \
    "$BIN" snapshot create --db "$SNAP" --label "Kwartaal 3" --date 2026-09-30
"$BIN" snapshot create --db "$SNAP" --label "Kwartaal 4" --date 2026-11-30 > /dev/null
measure "snapshot list (two snapshots)" ":" "$BIN" snapshot list --db "$SNAP"
measure "snapshot diff of the two" ":" "$BIN" snapshot diff "Kwartaal 3" "Kwartaal 4" --db "$SNAP"
measure "snapshot diff with now" ":" \
    "$BIN" snapshot diff "Kwartaal 3" now --db "$SNAP" --today 2026-11-30
measure "export json --snapshot" "rm -f $DIR/snapshot.json" \
    "$BIN" export --db "$SNAP" --format json --out "$DIR/snapshot.json" --snapshot "Kwartaal 4"
measure "peers list" ":" "$BIN" peers list --db "$SNAP"
measure "audit" ":" "$BIN" audit --db "$SNAP"
echo
echo "The portfolio file: $((size / 1024 / 1024)) MB."

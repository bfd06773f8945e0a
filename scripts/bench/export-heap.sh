#!/usr/bin/env bash
# The heap an export takes: starts `serve` on an index built by `communique bench` in a small heap (-Xmx64m by default,
# serial GC, GC log kept), downloads every article as CSV and as JSON Lines and one query's hits as CSV, then reports
# per download the rows, the bytes, the time, and the live heap: every half second of a download a full collection is
# asked for (jcmd GC.run), and the largest heap left after one of those is the most the export kept alive; the largest
# heap seen before any collection shows how close to the limit it ran. Run it with --export-limit at a tenth of the archive too: if an
# export held its rows, the live heap would grow with them. Loopback only; the server is stopped at the end.
#
#   scripts/bench/export-heap.sh [INDEX_DIR] [HEAP] [SERVER_OPTS...]
#     INDEX_DIR  default target/bench-work/communique-index (built by `bench --docs 20000`)
#     HEAP       default 64m
#   environment: PORT=7391 QUERY=minister FORCE_GC=1 (0: no forced collections, for clean timings; the live heap is
#   then not measured)
set -euo pipefail
cd "$(dirname "$0")/../.."

index="${1:-target/bench-work/communique-index}"
heap="${2:-64m}"
shift $(( $# > 2 ? 2 : $# ))
port="${PORT:-7391}"
query="${QUERY:-minister}"
force_gc="${FORCE_GC:-1}"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

java "-Xmx$heap" -XX:+UseSerialGC "-Xlog:gc:file=$work/gc.log" -jar target/communique.jar serve \
    --index "$index" --port "$port" "$@" > "$work/out" 2> "$work/err" &
server=$!
for _ in $(seq 1 120); do
    grep -q "open http" "$work/out" 2>/dev/null && break
    kill -0 "$server" 2>/dev/null || { cat "$work/err"; exit 1; }
    sleep 0.5
done
echo "server: -Xmx$heap $*; $(cat "$work/out")"

gc_peaks() { # largest heap after a full GC and before any GC, MB, in the GC log lines from line $1 on
    tail -n "+$1" "$work/gc.log" | awk '
        {if (match($0, /[0-9]+M->[0-9]+M/)) {split(substr($0, RSTART, RLENGTH), m, /M->|M/);
            if (m[1] > before) before = m[1]; if ($0 ~ /Pause Full/ && m[2] > live) {live = m[2]; fulls++} else if ($0 ~ /Pause Full/) fulls++}}
        END {printf "live heap at most %d MB (%d full GCs), %d MB before a GC", live, fulls, before}'
}

download() { # $1 label, $2 path
    local from; from=$(( $(wc -l < "$work/gc.log") + 1 ))
    curl -sS -o "$work/body" -w '%{http_code} %{size_download} %{time_total}' "http://127.0.0.1:$port$2" > "$work/timing" &
    local client=$!
    while kill -0 "$client" 2>/dev/null; do
        sleep 0.5
        [ "$force_gc" = 1 ] && { jcmd "$server" GC.run > /dev/null 2>&1 || true; }
    done
    wait "$client"
    local timing; timing=$(cat "$work/timing")
    local rows
    if [[ "$2" == *jsonl* ]]; then rows=$(wc -l < "$work/body"); else
        rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$work/body"); fi
    read -r status bytes seconds <<< "$timing"
    printf '%-28s HTTP %s, %6d rows, %5.1f MB, %5.2f s; %s\n' "$1" "$status" "$rows" "$(echo "$bytes / 1048576" | bc -l)" \
        "$seconds" "$(gc_peaks "$from")"
}

curl -sS -o /dev/null "http://127.0.0.1:$port/search.csv" # warm-up, not measured: the first download compiles the code
jcmd "$server" GC.run > /dev/null
echo "idle after a warm-up export: $(gc_peaks "$(wc -l < "$work/gc.log")")"
download "all as CSV" "/search.csv"
download "all as JSON Lines" "/api/search?format=jsonl"
download "q=$query as CSV" "/search.csv?q=$query"
kill -0 "$server" && echo "server still up; $(grep -c 'Pause' "$work/gc.log") collections in all; stderr: $(wc -l < "$work/err") lines"

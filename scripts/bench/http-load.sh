#!/usr/bin/env bash
# HTTP load runs against an index built by `communique bench`: starts the server (-Xmx512m, loopback only), warms
# it up, then runs wrk with a realistic request mix (mix.lua) at each connection count, and optionally a soak at
# half the rate of the first count with the server's live heap (after a full GC), its open files and its resident
# memory sampled every minute. Everything is bounded in time; the server is stopped at the end.
#
#   scripts/bench/http-load.sh [INDEX_DIR] [DOCS] [SEED]
#     INDEX_DIR  default target/bench-work/communique-index (built by `bench --docs DOCS --seed SEED`)
#     DOCS SEED  the corpus the index holds (default 100000 42): the mix opens its articles by id
#   environment:
#     PORT=7071 WARMUP=30s DURATION=20s CONNECTIONS="16 64" SOAK_MINUTES=0 (10 for the soak)
#     SERVER_OPTS="--cached-results 0" to measure without the server's result cache
#     MIX=scripts/bench/mix.lua (scripts/bench/queries.lua: the 16 bench page queries in rotation)
#     ATTACKS=1 with the soak: scripts/bench/attacks.py sends every attack class beside the paced mix for the whole
#       soak (BIG_ARTICLE_ID=ID adds big-article pages and stalled readers of it); the script fails on any 5xx
#
# wrk is closed-loop: a slow answer delays the next request of its connection, so its tail percentiles
# under-report what users would see at a fixed arrival rate (coordinated omission). The soak is paced instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

index="${1:-target/bench-work/communique-index}"
docs="${2:-100000}"
seed="${3:-42}"
port="${PORT:-7071}"
warmup="${WARMUP:-30s}"
duration="${DURATION:-20s}"
connections="${CONNECTIONS:-16 64}"
soak_minutes="${SOAK_MINUTES:-0}"
mix="${MIX:-scripts/bench/mix.lua}"
jar=target/communique.jar
url="http://127.0.0.1:$port"

[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -d "$index" ] || { echo "no index at $index: run 'java -jar $jar bench --docs $docs --seed $seed' first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

log=target/http-load-server.log
# shellcheck disable=SC2086 # SERVER_OPTS is a list of options
java -Xmx512m -jar "$jar" serve --host 127.0.0.1 --port "$port" --index "$index" ${SERVER_OPTS:-} >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  curl -fsS "$url/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "server exited; its log:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$url/health" >/dev/null

# One line per wrk run: rate, median and 99th percentile, answers that were not 2xx/3xx, socket errors.
summary() {
  awk -v label="$1" '
    /Requests\/sec:/ { rate = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    /Socket errors:/ { errors = $0; sub(/^ *Socket errors: */, "", errors) }
    END {
      printf "%s requests/s=%s p50=%s p99=%s non-2xx=%d socket-errors=[%s]\n", label, rate, p50, p99, bad + 0,
        errors == "" ? "none" : errors
    }'
}

echo "server: java -Xmx512m -jar $jar serve --host 127.0.0.1 --port $port --index $index ${SERVER_OPTS:-}"
echo "mix: $mix; warm-up $warmup at 16 connections; load average $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c16 -d"$warmup" -s "$mix" "$url" -- "$docs" "$seed" >/dev/null

first_rate=""
for c in $connections; do
  out=$(wrk -t2 -c"$c" -d"$duration" --latency -s "$mix" "$url" -- "$docs" "$seed")
  line=$(summary "c=$c d=$duration" <<<"$out")
  echo "$line"
  [ -n "$first_rate" ] || first_rate=$(sed -n 's/.*requests\/s=\([0-9.]*\).*/\1/p' <<<"$line")
done

if [ "$soak_minutes" -gt 0 ]; then
  rate=$(awk -v r="$first_rate" 'BEGIN { printf "%d", r / 2 }')
  echo "soak: $soak_minutes min at about $rate requests/s (half the first run), 16 connections, paced"
  wrk -t2 -c16 -d"${soak_minutes}m" --latency -s "$mix" "$url" -- "$docs" "$seed" "$rate" 16 >target/http-soak.txt &
  load=$!
  attacker=""
  if [ "${ATTACKS:-0}" = 1 ]; then
    echo "attacks: every class of scripts/bench/attacks.py beside the mix${BIG_ARTICLE_ID:+, big article $BIG_ARTICLE_ID}"
    python3 scripts/bench/attacks.py "$url" $((soak_minutes * 60)) "${BIG_ARTICLE_ID:-}" >target/http-attacks.txt &
    attacker=$!
  fi
  printf "%-7s %-18s %-10s %-10s\n" minute live-heap-MB open-files rss-MB
  for minute in $(seq 1 "$soak_minutes"); do
    sleep 60
    # the class histogram runs a full GC and then counts what survived: the live heap. (GC.run followed by
    # GC.heap_info would also count what the load allocated between the two commands, 100 MB or more.)
    heap=$(jcmd "$server" GC.class_histogram | awk '/^Total/ { printf "%.1f", $3 / 1048576 }')
    files=$(ls "/proc/$server/fd" | wc -l)
    rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status")
    printf "%-7s %-18s %-10s %-10s\n" "$minute" "$heap" "$files" "$rss"
  done
  wait "$load"
  summary "soak c=16 ${soak_minutes}m paced at $rate/s" <target/http-soak.txt
  if [ -n "$attacker" ]; then
    attacks_ok=0
    wait "$attacker" || attacks_ok=$?
    cat target/http-attacks.txt
    echo "server log lines with an exception or error: $(grep -ciE 'exception|error' "$log" || true)"
    [ "$attacks_ok" = 0 ] || { echo "attacks got a 5xx or an ill-formed feed" >&2; exit 1; }
  fi
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

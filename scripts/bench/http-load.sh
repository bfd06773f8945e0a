#!/usr/bin/env bash
# HTTP load run for the index a `communique bench` built: starts the server with a 512 MB heap on loopback, waits
# for /health, runs wrk (2 threads, 16 connections, 20 s) over a rotating mix of results pages, prints requests/s
# and latency percentiles, stops the server.
#
#   scripts/bench/http-load.sh [INDEX_DIR] [PORT] [DURATION]
#   default INDEX_DIR: target/bench-work/communique-index (built by `bench`), PORT 7071, DURATION 20s
#
# wrk is closed-loop: a slow response delays the next request, so its tail percentiles under-report what users
# see at a fixed arrival rate (coordinated omission). Read p99 with that in mind.
set -euo pipefail
cd "$(dirname "$0")/../.."

index="${1:-target/bench-work/communique-index}"
port="${2:-7071}"
duration="${3:-20s}"
jar=target/communique.jar

[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -d "$index" ] || { echo "no index at $index: run 'java -jar $jar bench --docs N' first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
if ! java -jar "$jar" serve --help >/dev/null 2>&1; then
  echo "this build has no 'serve' command yet (web branch not merged)" >&2
  exit 1
fi

log=target/http-load-server.log
java -Xmx512m -jar "$jar" serve --port "$port" --index "$index" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "server exited; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/health" >/dev/null

echo "warm-up: 5s"
wrk -t2 -c16 -d5s -s scripts/bench/queries.lua "http://127.0.0.1:$port" >/dev/null
echo "measured: wrk -t2 -c16 -d$duration --latency (server -Xmx512m, index $index)"
wrk -t2 -c16 -d"$duration" --latency -s scripts/bench/queries.lua "http://127.0.0.1:$port"

#!/usr/bin/env bash
# Load test of a running `skillstudio serve` with wrk (docs/benchmarks.md, "Reward server").
# usage: serve/src/test/load/run.sh [URL] [SECONDS]   (default http://127.0.0.1:5000/get_reward, 15 s per run)
# Prints one Markdown table row per run: body, connections, requests/s, rewards/s, p50/p90/p99/max, non-2xx,
# and the 1-minute load average before the run (other work on the machine shows there).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
url="${1:-http://127.0.0.1:5000/get_reward}"
secs="${2:-15}"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
# warm the server's JIT with both bodies before measuring
for body in single.json batch18.json; do
  wrk -t1 -c4 -d10s -s "$here/get_reward.lua" "$url" -- "$here/$body" >/dev/null
done
echo "| body | connections | requests/s | rewards/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | load avg |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for body in single.json batch18.json; do
  per=1; [ "$body" = batch18.json ] && per=18
  for c in 2 4 8; do
    load=$(cut -d' ' -f1 /proc/loadavg)
    out=$(wrk -t1 -c"$c" -d"${secs}s" -s "$here/get_reward.lua" "$url" -- "$here/$body")
    rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' <<<"$out")
    status=$(sed -n 's/.*status \([0-9]*\), timeout.*/\1/p' <<<"$out")
    read -r p50 p90 p99 max < <(sed -n 's/^latency p50 \([0-9.]*\) ms, p90 \([0-9.]*\) ms, p99 \([0-9.]*\) ms, max \([0-9.]*\) ms/\1 \2 \3 \4/p' <<<"$out")
    printf "| %s | %d | %.0f | %.0f | %s | %s | %s | %s | %s | %s |\n" "$body" "$c" "$rps" \
      "$(awk -v r="$rps" -v n="$per" 'BEGIN {print r * n}')" "$p50" "$p90" "$p99" "$max" "$status" "$load"
  done
done

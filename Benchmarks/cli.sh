#!/usr/bin/env bash
# Whole `incident` commands as processes on a small, a 10k and a 100k incident, side by side with the floor measured
# in the same run: the same binary starting and printing its help (`incident --help`), which reads no store.
# Usage: Benchmarks/cli.sh [--smoke]   (--smoke: debug builds, the small incident, one run each). Environment: RUNS
# (default 5), SIZES (default "small 10000 100000"), CONFIG (release or debug).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}; sizes=${SIZES-"small 10000 100000"}; config=${CONFIG:-release}
if [ "${1:-}" = "--smoke" ]; then runs=1; sizes="small"; config=${CONFIG:-debug}; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/incident-cli-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

echo "Building the $config binary and the fixture writer..." >&2
(cd "$root" && swift build -c "$config" --product incident 2>&1 | tail -1) >&2
incident="$(cd "$root" && swift build -c "$config" --show-bin-path)/incident"
(cd "$root/Benchmarks" && swift build -c "$config" --product incident-fixture 2>&1 | tail -1) >&2
fixture="$(cd "$root/Benchmarks" && swift build -c "$config" --show-bin-path)/incident-fixture"

now_ns() { date +%s%N; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
# time_ms NAME COMMAND...: runs the command RUNS times (output discarded), prints "NAME median-ms peak-RSS-kB".
time_ms() {
  local name=$1; shift
  local times="" rss=0 start end peak
  for _ in $(seq 1 "$runs"); do
    start=$(now_ns)
    /usr/bin/time -f "%M" -o "$work/peak" "$@" > /dev/null 2>&1
    peak=$(tail -1 "$work/peak")
    end=$(now_ns)
    times="$times $(( (end - start) / 1000000 ))"
    [ "${peak:-0}" -gt "$rss" ] 2>/dev/null && rss=$peak
  done
  echo "$name $(echo "$times" | median) $rss"
}

results="$work/results"
export HOME="$work/home" INCIDENT_USER=kim LANG=C.UTF-8
time_ms "floor(--help)" "$incident" --help >> "$results"
for size in $sizes; do
  count=$size; [ "$size" = small ] && count=30
  mkdir -p "$work/$size"
  echo "Writing the $size incident ($count events) and measuring..." >&2
  store="$work/$size/incidents.sqlite"
  "$fixture" "$count" "$store" >/dev/null
  export INCIDENT_STORE="$store"
  time_ms "$size:log" "$incident" log "Restarted router/3; 502s dropping on the London edge" >> "$results"
  time_ms "$size:list" "$incident" list >> "$results"
  time_ms "$size:show" "$incident" show >> "$results"
  time_ms "$size:export" "$incident" export >> "$results"
  time_ms "$size:verify" "$incident" verify >> "$results"
  "$incident" export > "$work/$size/export.jsonl"
  events=$(wc -l < "$work/$size/export.jsonl")
  # Each run imports into a store of its own, so every run adds every event.
  import_run() { local target; target=$(mktemp -u "$work/$size/import-XXXXXX.sqlite"); INCIDENT_STORE="$target" "$incident" import "$work/$size/export.jsonl"; }
  export -f import_run; export incident work size
  time_ms "$size:import($events)" bash -c import_run >> "$results"
done

echo
echo "incident commands ($config build), median of $runs runs; $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
awk 'NR == 1 { floor = $2 }
     BEGIN { printf "%-22s %10s %14s %12s\n", "", "median ms", "x floor", "peak RSS MB" }
     { printf "%-22s %10s %14s %12.1f\n", $1, $2, (floor > 0 ? sprintf("%.1fx", $2 / floor) : "-"), $3 / 1024 }' "$results"

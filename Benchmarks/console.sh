#!/usr/bin/env bash
# The console as a whole process, side by side with a 25-line C ncurses clock (the floor), in tmux at 120x40:
# time to first frame (median of RUNS starts), idle CPU while the countdown ticks, resident memory.
# Usage: Benchmarks/console.sh [--smoke]   (--smoke: debug builds, one small incident, one start, 3 s idle: checks
# that it runs, not how fast). Environment: RUNS (default 3), IDLE seconds (default 25), SIZES (default
# "small 10000 100000"), CONFIG (release or debug), FRAME_DEADLINE (seconds, default 120).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-3}; idle=${IDLE:-25}; sizes=${SIZES-"small 10000 100000"}
config=${CONFIG:-release}
if [ "${1:-}" = "--smoke" ]; then runs=1; idle=3; sizes="small"; config=${CONFIG:-debug}; fi
frame_deadline=${FRAME_DEADLINE:-120}   # seconds to wait for a first frame before reporting a timeout

work=$(mktemp -d "${TMPDIR:-/tmp}/incident-console-bench.XXXXXX")
socket="$work/tmux.socket"
cleanup() { tmux -S "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT INT TERM

echo "Building the $config binary, the fixture writer and the floor..." >&2
(cd "$root" && swift build -c "$config" --product incident 2>&1 | tail -1) >&2
incident="$(cd "$root" && swift build -c "$config" --show-bin-path)/incident"
(cd "$root/Benchmarks" && swift build -c "$config" --product incident-fixture 2>&1 | tail -1) >&2
fixture="$(cd "$root/Benchmarks" && swift build -c "$config" --show-bin-path)/incident-fixture"
cc -O2 -o "$work/clock" "$root/Benchmarks/floor/clock.c" -lncursesw

ticks=$(getconf CLK_TCK)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# CPU time of a process in clock ticks (utime + stime, /proc/PID/stat fields 14 and 15).
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
# CPU time of a process's threads in nanoseconds (/proc/PID/task/*/schedstat), finer than clock ticks.
cpu_ns() { cat /proc/"$1"/task/*/schedstat 2>/dev/null | awk '{ s += $1 } END { printf "%.0f", s }'; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

tmux -S "$socket" -f /dev/null new-session -d -s keep -x 120 -y 40
tmux -S "$socket" set-option -g default-terminal tmux-256color >/dev/null

# measure NAME MARKER COMMAND: prints "NAME first-frame-ms idle-cpu-% idle-cpu-%-from-ticks rss-kB"
measure() {
  local name=$1 marker=$2 command=$3 frames="" pid="" run start
  for run in $(seq 1 "$runs"); do
    start=$(now_ms)
    tmux -S "$socket" new-session -d -s "run" -x 120 -y 40 "exec $command"
    local shown=""
    while [ $(( $(now_ms) - start )) -lt $(( frame_deadline * 1000 )) ]; do
      if tmux -S "$socket" capture-pane -p -t run 2>/dev/null | grep -qF "$marker"; then shown=$(( $(now_ms) - start )); break; fi
    done
    if [ -z "$shown" ]; then
      echo "$name: no first frame within ${frame_deadline}s; the screen was:" >&2
      tmux -S "$socket" capture-pane -p -t run >&2 || true
      tmux -S "$socket" kill-session -t run 2>/dev/null || true
      echo "$name timeout - - - -"; return
    fi
    frames="$frames $shown"
    if [ "$run" -lt "$runs" ]; then tmux -S "$socket" kill-session -t run; fi
  done
  pid=$(tmux -S "$socket" display-message -p -t run '#{pane_pid}')
  sleep 2
  local ticks0 ns0 ticks1 ns1
  ticks0=$(cpu_ticks "$pid"); ns0=$(cpu_ns "$pid")
  sleep "$idle"
  ticks1=$(cpu_ticks "$pid"); ns1=$(cpu_ns "$pid")
  local rss anon; rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status"); anon=$(awk '/^RssAnon/ { print $2 }' "/proc/$pid/status")
  tmux -S "$socket" kill-session -t run
  echo "$name $(echo "$frames" | median) $(awk -v d=$((ns1 - ns0)) -v s="$idle" 'BEGIN { printf "%.4f", d / (s * 1e9) * 100 }') $(awk -v d=$((ticks1 - ticks0)) -v t="$ticks" -v s="$idle" 'BEGIN { printf "%.3f", d / t / s * 100 }') $rss $anon"
}

results="$work/results"
echo "Measuring the floor..." >&2
measure floor "floor clock" "$work/clock" >> "$results"
for size in $sizes; do
  count=$size; [ "$size" = small ] && count=30
  mkdir -p "$work/$size"
  echo "Writing the $size incident ($count events) and measuring..." >&2
  "$fixture" "$count" "$work/$size/incidents.sqlite" >/dev/null
  measure "$size" "Apps unreachable in London" \
    "env HOME=$work/home INCIDENT_STORE=$work/$size/incidents.sqlite INCIDENT_USER=kim LANG=C.UTF-8 $incident" >> "$results"
done

echo
echo "Console ($config build) in tmux 120x40, $runs start(s) each (first frame: median), idle over ${idle} s; $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
awk 'NR == 1 { ff = $2; cpu = $3; rss = $5 }
     function ratio(a, b) { return (a == "-" || a == "timeout" || b + 0 == 0) ? "-" : sprintf("%.1fx", a / b) }
     BEGIN { printf "%-8s %16s %7s %14s %12s %7s %10s %7s %12s\n", "", "first frame ms", "ratio", "idle CPU %", "(from ticks)", "ratio", "RSS MB", "ratio", "private MB" }
     { printf "%-8s %16s %7s %14s %12s %7s %10s %7s %12s\n", $1, $2, ratio($2, ff), $3, $4, ratio($3, cpu),
         ($5 == "-" ? "-" : sprintf("%.1f", $5 / 1024)), ratio($5, rss), ($6 == "" || $6 == "-" ? "-" : sprintf("%.1f", $6 / 1024)) }' "$results"

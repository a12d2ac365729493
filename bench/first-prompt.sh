#!/usr/bin/env bash
# Time from starting `referral ask` in a real terminal (a tmux pane) to its first question on
# screen, in milliseconds: the wait a person sees. Rough (the pane is polled every few ms).
# Also the CPU time the process used until stopped right after that question (user+system),
# which is steadier than elapsed time on a shared machine.
# Usage: bench/first-prompt.sh [RUNS] [extra ask arguments...]   (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
jar=$PWD/target/referral.jar
[ -f "$jar" ] || { echo "bench/first-prompt.sh: build first: mvn -q -B -DskipTests package" >&2; exit 2; }
command -v tmux >/dev/null || { echo "bench/first-prompt.sh: needs tmux" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench/first-prompt.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
session="referral-bench-$$"
tmux new-session -d -s "$session" -x 80 -y 24 "sleep 600"
tmux set-option -t "$session" remain-on-exit on >/dev/null
results=()
cpu=()
cpufile=$(mktemp)
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -f "$cpufile"' EXIT
for i in $(seq "$runs"); do
  tmux respawn-pane -k -t "$session" "bash --norc --noprofile"
  sleep 0.3
  start=$(date +%s%N)
  tmux send-keys -t "$session" "clear; exec /usr/bin/time -f '%U %S' -o '$cpufile' java -jar '$jar' ask $*" Enter
  while ! tmux capture-pane -p -t "$session" | grep -q '^Question 1\b'; do
    sleep 0.005
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then echo "no prompt after 20 s" >&2; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  results+=("$ms")
  tmux send-keys -t "$session" C-c
  for _ in $(seq 100); do [ -s "$cpufile" ] && break; sleep 0.05; done
  cpu+=("$(awk 'END {printf "%d", ($1 + $2) * 1000}' "$cpufile")")
  : > "$cpufile"
done
printf 'time to first question (ms), %s runs:' "$runs"; printf ' %s' "${results[@]}"; echo
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms"}'
printf 'CPU time (ms):'; printf ' %s' "${cpu[@]}"; echo
printf '%s\n' "${cpu[@]}" | sort -n | awk '{a[NR]=$1} END {print "median CPU: " a[int((NR+1)/2)] " ms"}'

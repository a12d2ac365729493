#!/usr/bin/env bash
# Time and peak memory of the real jar on hostile inputs (issue 7): each must end in one line
# and exit 3/4 within about a second, in bounded memory. Rerun after any change to the readers:
#   mvn -q -B -DskipTests package && bench/hostile-inputs.sh
# Prints: input, exit code, elapsed seconds (and CPU seconds, steadier on a busy machine), peak
# resident memory (MB), the line on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/referral.jar
tree=src/test/resources/robustness/small-tree.yaml
[ -f "$jar" ] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys, os, random
d = sys.argv[1]
def w(name, data):
    with open(os.path.join(d, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
line = b'key: a value that repeats to fill fifty megabytes of text\n'
w('big-50mb.yaml', line * (50 * 1024 * 1024 // len(line) + 1))
s = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n'
for i in range(1, 10):
    s += f'a{i}: &a{i} [' + ', '.join([f'*a{i-1}'] * 9) + ']\n'
w('billion-laughs.yaml', s)
w('random-bytes.bin', random.Random(7).randbytes(3 * 1024 * 1024))
w('deep-flow.yaml', 'a: ' + '[' * 1_000_000 + ']' * 1_000_000)
w('long-line.yaml', 'a: "' + 'x' * 4_000_000 + '"\n')
w('many-values.yaml', 'a: [' + '1,' * 2_000_000 + '1]\n')
w('many-aliases.yaml', 'a: &a x\nb: [' + '*a, ' * 100_000 + '*a]\n')
w('duplicate-keys.yaml', 'a: 1\n' * 100_000)
PY

measure() { # label, stdin file or "", args...
  local label=$1 input=$2; shift 2
  local err="$work/err" stats="$work/stats" code=0
  if [ -n "$input" ]; then
    /usr/bin/time -f '%e %U %S %M' -o "$stats" java -jar "$jar" "$@" < "$input" > /dev/null 2> "$err" || code=$?
  else
    /usr/bin/time -f '%e %U %S %M' -o "$stats" java -jar "$jar" "$@" > /dev/null 2> "$err" || code=$?
  fi
  read -r secs user sys kb < <(tail -1 "$stats")
  printf '%-32s exit %-3s %5ss (cpu %5ss) %4s MB  %s\n' "$label" "$code" "$secs" "$(echo "$user + $sys" | bc)" "$((kb / 1024))" "$(head -c 110 "$err" | head -1)"
}

measure "bundled tree, check (baseline)" "" check
for f in big-50mb.yaml billion-laughs.yaml random-bytes.bin deep-flow.yaml long-line.yaml many-values.yaml \
         many-aliases.yaml duplicate-keys.yaml; do
  measure "rules: $f" "" run --rules "$work/$f" --answers "$tree"
done
measure "answers: /dev/urandom on stdin" /dev/urandom run --rules "$tree" --answers -
measure "answers: billion-laughs.yaml" "" run --rules "$tree" --answers "$work/billion-laughs.yaml"

#!/usr/bin/env bash
# The real jar (and the launcher) against hostile inputs (issues 7 and 13): each must end as
# expected (its exit code, one clean line on stderr where there is an error) within bounded time
# and memory. Rerun after any change to the readers, the writers or the launcher:
#   mvn -q -B -DskipTests package && bench/hostile-inputs.sh
# Prints one line a case: held or FAILED, exit code (expected), elapsed seconds (and CPU seconds,
# steadier on a busy machine), peak resident memory (MB), the first line on stderr; then the
# counts: cases, held, max time, max CPU, max memory. Exit 1 when a case did not hold.
# JAR and LAUNCHER choose the build (default: target/referral.jar and target/referral).
set -uo pipefail
cd "$(dirname "$0")/.."
jar=$(realpath "${JAR:-target/referral.jar}")
launcher=$(realpath "${LAUNCHER:-target/referral}")
tree=$(realpath src/test/resources/robustness/small-tree.yaml)
fever=$(realpath src/test/resources/console/fever.yaml)
[ -f "$jar" ] || { echo "build first: mvn -q -B -DskipTests package" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache   # the launcher's class-data cache, away from yours

python3 - "$work" <<'PY'
import sys, os, random, json
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
# issue 13
n = 20
y = "id: t\nversion: 1.0.0\ntitle: T\nstart: q1\nsources:\n  s1: S\nquestions:\n"
for i in range(1, n + 1):
    y += f"  q{i}:\n    text: Q{i}?\n    help: H.\n    type: yes-no\n    next:\n      - goto: {'q%d' % (i + 1) if i < n else 'final'}\n"
y += "  final:\n    text: F?\n    help: H.\n    type: yes-no\n    next:\n"
for i in range(1, n + 1):
    y += f"      - when: {{all: [{{q{i}: yes}}, {{final: yes}}]}}\n        goto: o{i}\n"
y += "      - goto: home\noutcomes:\n"
for i in range(1, n + 1):
    y += f"  o{i}: {{see: primary-care, urgency: routine, title: T, say: S., sources: [s1]}}\n"
w('proof-chain.yaml', y + "  home: {see: self-care, urgency: self-care, title: T, say: S., sources: [s1]}\n")
w('plain-20mb-line.txt', 'x' * 20_000_000 + '\n')
w('batch-latin1.jsonl', b'{"id": "caf\xe9", "answers": {"signs": ["chest"]}}\n')
w('unknown-999.yaml', ''.join(f'q{i}: yes\n' for i in range(999)))
w('key-1100.yaml', 'k' * 1100 + ': v\n')
w('tab.yaml', 'signs:\t[chest]\n')
w('stream-end.yaml', 'signs: [chest,\n')
w('answers.yaml', 'signs: none\nage: 40\nrest: yes\nwhere: joints\n')
w('one.jsonl', '{"answers": {"signs": ["chest"]}}\n')
w('fever.yaml', 'fever: yes\n')
PY
mkfifo "$work/nobody-writes.fifo" "$work/save.fifo"

cases=0 held=0 max_secs=0 max_cpu=0 max_mb=0 failed=()
# case LABEL EXPECTED-EXIT EXPECTED-IN-STDERR-OR-STDOUT SHELL-COMMAND (run in $work, under GNU time)
case_() {
  local label=$1 want=$2 words=$3 command=$4 code=0
  local out="$work/out" err="$work/err" stats="$work/stats"
  (cd "$work" && /usr/bin/time -f '%e %U %S %M' -o "$stats" timeout -s KILL 60 bash -c "$command" > "$out" 2> "$err") || code=$?
  read -r secs user sys kb < <(tail -1 "$stats" 2>/dev/null || echo "60 0 0 0")
  local cpu mb lines ok=held
  cpu=$(echo "$user + $sys" | bc); mb=$((kb / 1024))
  lines=$(grep -c . "$err")
  [ "$code" = "$want" ] || ok=FAILED
  [ -z "$words" ] || grep -qF -- "$words" "$err" "$out" || ok=FAILED
  [ "$lines" -le 1 ] || [ "$want" = 4 ] && [ "$lines" -le 21 ] || ok=FAILED
  grep -qE 'Exception|\tat |hs_err|A fatal error' "$err" "$out" && ok=FAILED
  ls "$work" | grep -q '^hs_err' && ok=FAILED
  cases=$((cases + 1))
  if [ $ok = held ]; then held=$((held + 1)); else failed+=("$label"); fi
  [ "$(echo "$secs > $max_secs" | bc)" = 1 ] && max_secs=$secs
  [ "$(echo "$cpu > $max_cpu" | bc)" = 1 ] && max_cpu=$cpu
  [ "$mb" -gt "$max_mb" ] && max_mb=$mb
  printf '%-6s %-44s exit %-3s (%-3s) %5ss (cpu %5ss) %4s MB  %s\n' "$ok" "$label" "$code" "$want" "$secs" "$cpu" "$mb" \
    "$(head -c 100 "$err" | head -1)"
}
J="java -Xmx256m -jar $jar"
L="$launcher"

case_ "bundled tree, check (baseline)" 0 "" "$J check"
for f in big-50mb.yaml billion-laughs.yaml random-bytes.bin deep-flow.yaml long-line.yaml many-values.yaml \
         many-aliases.yaml duplicate-keys.yaml; do
  case_ "rules: $f" 3 "" "$J run --rules $f --answers $tree"
done
case_ "answers: /dev/urandom on stdin" 4 "the limit for answers" "$J run --rules $tree --answers - < /dev/urandom"
case_ "answers: billion-laughs.yaml" 4 "the limit is 20000" "$J run --rules $tree --answers billion-laughs.yaml"
# issue 13, the twelve
case_ "1 launcher: truncated archive" 0 "" "$L --version > /dev/null && f=\$(ls cache/referral/*.jsa) && chmod u+w \$f && truncate -s 1000000 \$f && $L --version"
case_ "1 launcher: JVM crash, nothing here/stdout" 134 "" "REFERRAL_JAVA_OPTS='-XX:+UnlockDiagnosticVMOptions -XX:AbortVMOnException=referral.diagnostics.BadInput' $L run --answers nope.yaml"
case_ "2 run > /dev/full" 5 "the disk is full" "$J run --rules $tree --answers answers.yaml > /dev/full"
case_ "2 check --format json > /dev/full" 5 "the disk is full" "$J check --format json > /dev/full"
case_ "2 yes | batch | head -c 100" 0 "program reading it has stopped" "yes '{\"answers\": {\"signs\": [\"chest\"]}}' | $J batch --rules $tree | head -c 100"
case_ "3 check: proof-chain.yaml (2.7 KB)" 1 "proof-too-large" "$J check proof-chain.yaml"
case_ "3 run --rules proof-chain.yaml (launcher)" 3 "proof-too-large" "$L run --rules proof-chain.yaml --answers answers.yaml"
case_ "4 plain mode: a 20 MB line" 130 "longer than 4096 bytes" "$J ask --rules $tree < plain-20mb-line.txt"
case_ "5 --save-answers onto a FIFO" 5 "is a FIFO" "$J ask --rules $tree --save-answers save.fifo < /dev/null"
case_ "5 --save-answers -" 2 "needs a file name" "$J ask --rules $tree --save-answers - < /dev/null"
case_ "7 LANG=C run --format json" 0 "" "LANG=C LC_ALL=C $J run --rules $fever --answers fever.yaml --format json | grep -q '38 °C'"
case_ "8 batch: a line not UTF-8" 4 "not valid UTF-8 (byte 0xe9)" "$J batch --rules $tree < batch-latin1.jsonl"
case_ "9 batch --threads 536870912" 2 "must be from 1 to 256" "$J batch --rules $tree --threads 536870912 < one.jsonl"
case_ "10 launcher in a folder with ':'" 0 "" "mkdir -p 'a:b' && cp $jar $launcher 'a:b/' && ./a:b/referral --version"
case_ "11 batch <&-" 5 "standard input is closed" "$J batch --rules $tree <&-"
case_ "11 run --answers - <&- (launcher)" 5 "standard input is closed" "$L run --rules $tree --answers - <&-"
case_ "12 FIFO nobody writes to, SIGTERM" 143 "stopped (SIGTERM)" "$J run --rules $tree --answers nobody-writes.fifo & p=\$!; sleep 2; kill -TERM \$p; wait \$p"
case_ "12 999 unknown questions" 4 "and 979 more problems" "$J run --rules $tree --answers unknown-999.yaml"
case_ "12 a tab after a key" 4 "a tab is used where YAML needs spaces" "$J run --rules $tree --answers tab.yaml"
case_ "12 the file ends in a list" 4 "the file ends where a value was expected" "$J run --rules $tree --answers stream-end.yaml"
case_ "12 a key of 1100 characters" 4 "at most 1024 characters in a key" "$J run --rules $tree --answers key-1100.yaml"

echo
echo "cases $cases, held $held, max time ${max_secs}s, max CPU ${max_cpu}s, max memory ${max_mb} MB"
[ ${#failed[@]} -eq 0 ] || { echo "did not hold: ${failed[*]}"; exit 1; }

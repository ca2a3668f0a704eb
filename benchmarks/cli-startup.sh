#!/bin/sh
# Start-up of the dsm4j command line as a user feels it: wall time of whole commands against a
# local simulator, `java -jar dsm4j.jar` and the launcher (class-data sharing archive), the median
# of many runs, with curl as the floor. Not a test: run it on demand, on a quiet machine.
#
#   mvn -B -q -DskipTests install
#   benchmarks/cli-startup.sh [RUNS]        (default 21 runs per command)
#
# Needs a POSIX shell, GNU time (/usr/bin/time) and curl. Prints a Markdown table (milliseconds).
set -eu
runs=${1:-21}
root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
jar="$root/cli/target/dsm4j.jar"
launcher="$root/cli/target/dsm4j"
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests install" >&2; exit 2; }

tmp=$(mktemp -d)
java -jar "$jar" simulator --port 0 >"$tmp/env" 2>"$tmp/log" &
sim=$!
trap 'kill $sim 2>/dev/null; rm -rf "$tmp"' EXIT INT TERM
i=0
until grep -q DSM_PASSWORD "$tmp/env" 2>/dev/null; do
  i=$((i + 1))
  [ $i -lt 600 ] || { echo "the simulator did not start" >&2; cat "$tmp/log" >&2; exit 1; }
  sleep 0.1
done
. "$tmp/env"

# "WALL CPU": median wall and median CPU (user + system) milliseconds of RUNS runs of a command,
# after one warm-up run; output discarded. CPU time says how much work it was even when other
# processes slow the wall clock down.
measure() {
  "$@" >/dev/null 2>&1 || true
  n=0
  while [ $n -lt "$runs" ]; do
    /usr/bin/time -f "%e %U %S" -o "$tmp/time" "$@" >/dev/null 2>&1 || true
    tail -1 "$tmp/time"
    n=$((n + 1))
  done | awk '{ w[NR] = $1 * 1000; c[NR] = ($2 + $3) * 1000 }
    END {
      n = asort_n(w); asort_n(c); m = int((n + 1) / 2); printf "%d %d\n", w[m], c[m]
    }
    function asort_n(a,   i, j, t, k) {
      k = 0; for (i in a) k++
      for (i = 2; i <= k; i++) { t = a[i]; j = i - 1; while (j > 0 && a[j] > t) { a[j + 1] = a[j]; j-- } a[j + 1] = t }
      return k
    }'
}

echo "runs per command: $runs; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "java: $(java -version 2>&1 | head -1)"
echo
echo "| command | java -jar dsm4j.jar: wall (CPU) | launcher cli/target/dsm4j: wall (CPU) |"
echo "|---|---|---|"
for cmd in "--version" "--backend rest policies list" "--backend soap policies list" \
  "policies list" "updates list"; do
  # shellcheck disable=SC2086
  set -- $(measure java -jar "$jar" $cmd) $(measure "$launcher" $cmd)
  echo "| \`dsm4j $cmd\` | $1 ms ($2 ms) | $3 ms ($4 ms) |"
done
set -- $(measure curl -sf -X POST -H "api-secret-key: $DSM_API_KEY" -H "api-version: v1" \
  -H "Content-Type: application/json" -d '{}' "$DSM_URL/api/policies/search")
echo "| curl, the REST request of \`policies list\` | $1 ms ($2 ms) | |"

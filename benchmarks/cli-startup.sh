#!/bin/sh
# Start-up of the dsm4j command line as a user feels it: wall time of whole commands against a
# local simulator, `java -jar dsm4j.jar` and the launcher (class-data sharing archive), the median
# of many runs, with curl as the floor. Not a test: run it on demand, on a quiet machine.
#
#   mvn -B -q -DskipTests install
#   benchmarks/cli-startup.sh [RUNS]        (default 21 runs per command)
#
# Needs a POSIX shell, GNU date (%N) and curl. Prints a Markdown table (milliseconds).
set -eu
runs=${1:-21}
root=$(CDPATH='' cd -- "$(dirname -- "$0")/.." && pwd)
jar="$root/examples/target/dsm4j.jar"
launcher="$root/examples/target/dsm4j"
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

# median wall milliseconds of RUNS runs of a command (output discarded; one warm-up run)
median() {
  "$@" >/dev/null 2>&1 || true
  n=0
  while [ $n -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
    n=$((n + 1))
  done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "runs per command: $runs; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "java: $(java -version 2>&1 | head -1)"
echo
echo "| command | java -jar dsm4j.jar | examples/target/dsm4j (launcher) |"
echo "|---|---|---|"
for cmd in "--version" "--backend rest policies list" "--backend soap policies list" "policies list"; do
  # shellcheck disable=SC2086
  a=$(median java -jar "$jar" $cmd)
  # shellcheck disable=SC2086
  b=$(median "$launcher" $cmd)
  echo "| \`dsm4j $cmd\` | $a ms | $b ms |"
done
c=$(median curl -sf -X POST -H "api-secret-key: $DSM_API_KEY" -H "api-version: v1" \
  -H "Content-Type: application/json" -d '{}' "$DSM_URL/api/policies/search")
echo "| curl, the same REST request | $c ms | |"

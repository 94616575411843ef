#!/usr/bin/env bash
# ./cabinet cluster-test [short]: the cluster tests (cabinet-ear's e2e.TwoInstances) on a two-instance cluster of
# their own (cluster/cluster.sh start), removed afterwards. "short" (what .ci/run runs) leaves out the tests tagged
# "long" (a killed instance started again and catching up the search index: several more minutes).
# CABINET_CLUSTER_KEEP=true keeps a cluster already running (and leaves it running); CABINET_SKIP_BUILD=true uses
# the EAR in cabinet-ear/target.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="${CABINET_CLUSTER_PORT_BASE:-34000}"
KEEP="${CABINET_CLUSTER_KEEP:-false}"
exclude=()
if [ "${1:-}" = "short" ]; then exclude=(-DexcludedGroups=long); fi

if [ "${CABINET_SKIP_BUILD:-false}" != "true" ]; then
  "$ROOT/mvnw" -q -B -ntp package -DskipTests
fi
if [ "$KEEP" != "true" ] || ! curl -fsS -o /dev/null "http://localhost:$((BASE + 500))/health/ready" 2>/dev/null; then
  "$ROOT/cluster/cluster.sh" start
fi
status=0
# The ear packaging binds no surefire of its own: its test goal is named (after the e2e classes' compilation).
"$ROOT/mvnw" -B -ntp -pl cabinet-ear -am test-compile surefire:test -Dtest=TwoInstances \
  -Dsurefire.failIfNoSpecifiedTests=false \
  "${exclude[@]}" -De2e.baseUrl="http://localhost:$((BASE + 500))" \
  -Dcluster.instances="http://localhost:$((BASE + 180)),http://localhost:$((BASE + 280))" \
  -Dcluster.script="$ROOT/cluster/cluster.sh" -De2e.screenshots="$ROOT/cabinet-ear/target/screenshots/cluster" \
  || status=$?
if [ "$status" != 0 ]; then
  for log in "$ROOT"/.payara/payara6/glassfish/nodes/*/cabinet-*/logs/server.log; do
    [ -f "$log" ] || continue
    errors=$(grep -E -m 8 'SEVERE|Caused by|Exception:' "$log" | cut -c1-300 || true)
    [ -n "$errors" ] && printf '\n== first errors in %s ==\n%s\n' "$log" "$errors"
  done
fi
if [ "$KEEP" != "true" ]; then
  "$ROOT/cluster/cluster.sh" stop
fi
exit $status

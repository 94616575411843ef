#!/usr/bin/env bash
# The cabinet as a Payara Server cluster on this machine (./cabinet cluster-start | cluster-stop | cluster-status):
# a DAS, a deployment group of two instances on the DAS's own config node, Hazelcast web session replication as
# Payara ships it (the web module is <distributable/>, the EAR deployed with availability enabled), one PostgreSQL
# (a throw-away cluster of ./cabinet test-postgres-start), and HAProxy (Debian's package) in front with sticky
# sessions by cookie and health checks on /health/ready. README, "Running as a cluster", says how the same set-up
# spans machines.
#
# Ports (CABINET_CLUSTER_PORT_BASE, default 34000): DAS http +80, admin +48; PostgreSQL +32; instance 1 port base +100
# (http +180), instance 2 port base +200 (http +280); HAProxy +500 (the address people use) and its stats +501;
# Hazelcast: DAS +900, instances +910 and +920.
# Folders (CABINET_CLUSTER_DIR, default cabinet-ear/target/cluster): files/ (the shared data folder: uploaded
# files, both instances), postgresql/, haproxy.cfg, haproxy.pid; each instance keeps its search index in its own
# instance folder (cabinet.index.dir).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAYARA_HOME="${CABINET_PAYARA_HOME:-$ROOT/.payara/payara6}"
ASADMIN="$PAYARA_HOME/bin/asadmin"
BASE="${CABINET_CLUSTER_PORT_BASE:-34000}"
DOMAIN="${CABINET_CLUSTER_DOMAIN:-cabinet-cluster}"
DIR="$(realpath -m "${CABINET_CLUSTER_DIR:-$ROOT/cabinet-ear/target/cluster}")"
EAR="$ROOT/cabinet-ear/target/cabinet.ear"
GROUP=cabinet-group
CONFIG=cabinet-config
NODE="localhost-$DOMAIN"
INSTANCES=(cabinet-1 cabinet-2)
PG_PORT=$((BASE + 32))
ADMIN_PORT=$((BASE + 48))
LB_PORT=$((BASE + 500))
A=("$ASADMIN" --port "$ADMIN_PORT")

log() { printf '\033[1m[cluster]\033[0m %s\n' "$*"; }

quiet() {
  local out
  if ! out=$("$@" 2>&1); then
    printf '%s\n' "$out" >&2
    return 1
  fi
}

instance_base() { echo $((BASE + 100 * ($1 + 1))); }
instance_http() { echo $(($(instance_base "$1") + 80)); }
instance_dir() { echo "$PAYARA_HOME/glassfish/nodes/$NODE/${INSTANCES[$1]}"; }

# Starts an instance, trying again twice: its ports may still be held for a moment by a JVM just stopped.
start_instance() {
  local try
  for try in 1 2 3; do
    if quiet "${A[@]}" start-instance "${INSTANCES[$1]}"; then return 0; fi
    [ "$try" = 3 ] || { log "Starting ${INSTANCES[$1]} again in 15 s"; sleep 15; }
  done
  return 1
}

wait_ready() {
  local url="$1"
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  log "Not ready in time: $url" >&2
  return 1
}

pg() {
  CABINET_PG_DIR="$DIR/postgresql" CABINET_PG_PORT="$PG_PORT" CABINET_PG_USER=cabinet CABINET_PG_PASSWORD=cabinet \
    "$ROOT/cabinet" "$@"
}

haproxy_binary() {
  if ! command -v haproxy >/dev/null 2>&1; then
    log "Installing HAProxy (Debian's package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq haproxy >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq haproxy >/dev/null; }
  fi
  command -v haproxy
}

# Sticky by a cookie of the balancer's own (CABINET_NODE); a request whose instance is down goes to the other
# (redispatch on the first retry), where the replicated session is found. Health: /health/ready every 2 s, down after
# 2 failures. A connection to an instance serves one request (http-server-close): a killed instance's connections are
# then never reused, its next request fails to connect and is sent to the other at once.
# X-Forwarded-For is appended (the application trusts it from 127.0.0.1 only: cabinet.proxy.trusted).
write_haproxy_config() {
  cat >"$DIR/haproxy.cfg" <<EOF
global
    maxconn 4000
    pidfile $DIR/haproxy.pid

defaults
    mode http
    option forwardfor
    option http-server-close
    option redispatch 1
    retries 2
    timeout connect 3s
    timeout client 120s
    timeout server 120s
    timeout check 3s

frontend cabinet
    bind 127.0.0.1:$LB_PORT
    http-request set-header X-Forwarded-Proto http
    default_backend instances

backend instances
    balance roundrobin
    cookie CABINET_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
EOF
  local i
  for i in "${!INSTANCES[@]}"; do
    printf '    server %s 127.0.0.1:%s check inter 2s fall 2 rise 2 cookie %s\n' \
      "${INSTANCES[$i]}" "$(instance_http "$i")" "${INSTANCES[$i]}" >>"$DIR/haproxy.cfg"
  done
  cat >>"$DIR/haproxy.cfg" <<EOF

listen stats
    bind 127.0.0.1:$((BASE + 501))
    stats enable
    stats uri /
EOF
}

stop_haproxy() {
  if [ -f "$DIR/haproxy.pid" ]; then
    kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true
    rm -f "$DIR/haproxy.pid"
  fi
}

start_haproxy() {
  local bin
  bin=$(haproxy_binary)
  write_haproxy_config
  stop_haproxy
  "$bin" -c -q -f "$DIR/haproxy.cfg"
  "$bin" -D -f "$DIR/haproxy.cfg"
}

remove_domain() {
  local i
  if [ -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    for i in "${!INSTANCES[@]}"; do
      "${A[@]}" stop-instance --kill=true "${INSTANCES[$i]}" >/dev/null 2>&1 || true
    done
    "${A[@]}" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  fi
  # An instance killed by a test or a crash may have left its JVM (its own pid file says which).
  for i in "${!INSTANCES[@]}"; do
    local pidfile
    pidfile="$(instance_dir "$i")/config/pid"
    if [ -f "$pidfile" ]; then kill -9 "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  "$ASADMIN" delete-domain "$DOMAIN" >/dev/null 2>&1 || true
  rm -rf "$PAYARA_HOME/glassfish/domains/$DOMAIN" "$PAYARA_HOME/glassfish/nodes/$NODE"
}

jvm_option() {
  # asadmin reads ':' as a separator between options: escape it.
  quiet "${A[@]}" create-jvm-options --target "$CONFIG" "${1//:/\\:}"
}

cmd_start() {
  [ -f "$EAR" ] || { log "No $EAR: build first (./mvnw -q -B package -DskipTests)" >&2; return 1; }
  # The DAS starts a config node's instances through this launcher, which the zip does not mark executable.
  chmod +x "$PAYARA_HOME"/glassfish/lib/nadmin*
  mkdir -p "$DIR"
  remove_domain
  rm -rf "$DIR/files"
  mkdir -p "$DIR/files"

  log "PostgreSQL on port $PG_PORT ($DIR/postgresql)"
  pg test-postgres-start cabinet >/dev/null

  log "Creating the domain '$DOMAIN' (DAS http $((BASE + 80)), admin $ADMIN_PORT)"
  quiet "$ASADMIN" create-domain --nopassword=true --portbase "$BASE" "$DOMAIN"
  quiet "$ASADMIN" start-domain "$DOMAIN"
  # The data grid of this domain only: its own ports and cluster name, so that no other Payara on the machine joins.
  quiet "${A[@]}" set-hazelcast-configuration --dynamic=false --clustername "cabinet-$BASE" \
    --dasport $((BASE + 900)) --startport $((BASE + 910)) --autoIncrementport=true
  quiet "${A[@]}" restart-domain "$DOMAIN" # the DAS's data grid takes the new ports at its start

  log "A config of the group's own ($CONFIG): the application's settings, the same on every instance"
  quiet "${A[@]}" copy-config default-config "$CONFIG"
  local listener
  for listener in http-listener-1 http-listener-2; do
    local p="configs.config.$CONFIG.network-config.protocols.protocol.$listener.http"
    quiet "${A[@]}" set "$p.xpowered-by=false" "$p.server-header=false" "$p.timeout-seconds=120"
  done
  quiet "${A[@]}" set "configs.config.$CONFIG.availability-service.web-container-availability.availability-enabled=true"
  "${A[@]}" delete-jvm-options --target "$CONFIG" "-Xmx512m" >/dev/null 2>&1 || true
  jvm_option "-Xmx1g"
  jvm_option "-Dcabinet.data.dir=$DIR/files"
  # The search index is per instance, in the instance's own folder (the token is Payara's, expanded per instance).
  jvm_option "-Dcabinet.index.dir=\${com.sun.aas.instanceRoot}/cabinet-index"
  jvm_option "-Dcabinet.jdbc.url=jdbc:postgresql://localhost:$PG_PORT/cabinet"
  jvm_option "-Dcabinet.jdbc.user=cabinet"
  jvm_option "-Dcabinet.jdbc.password=cabinet"
  jvm_option "-Dcabinet.demo-data=${CABINET_DEMO_DATA:-true}"
  jvm_option "-Dcabinet.proxy.trusted=127.0.0.1"

  log "The deployment group '$GROUP' with ${#INSTANCES[@]} instances on the node $NODE"
  quiet "${A[@]}" create-deployment-group "$GROUP"
  local i
  for i in "${!INSTANCES[@]}"; do
    quiet "${A[@]}" create-instance --node "$NODE" --config "$CONFIG" --portbase "$(instance_base "$i")" --checkports=false \
      --dataGridStartPort $((BASE + 910 + 10 * i)) "${INSTANCES[$i]}"
    quiet "${A[@]}" add-instance-to-deployment-group --instance "${INSTANCES[$i]}" --deploymentgroup "$GROUP"
  done

  # One instance first: it migrates the empty database and loads the demo data; the second finds them there.
  log "Starting ${INSTANCES[0]} and deploying the EAR to the group (availability enabled)"
  start_instance 0
  quiet "${A[@]}" deploy --target "$GROUP" --availabilityenabled=true --contextroot / --name cabinet "$EAR"
  wait_ready "http://localhost:$(instance_http 0)/health/ready"
  for i in "${!INSTANCES[@]}"; do
    [ "$i" = 0 ] && continue
    log "Starting ${INSTANCES[$i]}"
    start_instance "$i"
    if ! wait_ready "http://localhost:$(instance_http "$i")/health/ready"; then
      # Once seen (before Platform kept no persistence context of its own, see SchoolIds): the application did not
      # start on this instance. Say so loudly, with the instance's first errors, and start it once more.
      log "${INSTANCES[$i]} did not become ready; its first errors, then one more start:" >&2
      grep -m 5 -E 'SEVERE|Exception' "$PAYARA_HOME/glassfish/nodes/$NODE/${INSTANCES[$i]}/logs/server.log" >&2 || true
      "${A[@]}" stop-instance --kill=true "${INSTANCES[$i]}" >/dev/null 2>&1 || true
      start_instance "$i"
      wait_ready "http://localhost:$(instance_http "$i")/health/ready"
    fi
  done

  log "HAProxy on http://localhost:$LB_PORT/ (stats http://localhost:$((BASE + 501))/)"
  start_haproxy
  wait_ready "http://localhost:$LB_PORT/health/ready"
  log "Cluster ready: http://localhost:$LB_PORT/  (instances: $(for i in "${!INSTANCES[@]}"; do printf 'http://localhost:%s/ ' "$(instance_http "$i")"; done))"
}

cmd_stop() {
  stop_haproxy
  remove_domain
  pg test-postgres-stop >/dev/null 2>&1 || true
  log "Cluster stopped and removed."
}

cmd_status() {
  "${A[@]}" list-instances 2>/dev/null || true
  curl -s "http://localhost:$LB_PORT/health/ready" || log "The balancer does not answer"
  echo
}

# For the cluster tests: kill -9 of an instance (by its own pid file), and starting it again.
# It returns once the process is gone (a dying JVM's listening socket still takes connections for a moment).
cmd_kill() {
  local i="$1" pid
  pid=$(cat "$(instance_dir "$i")/config/pid")
  kill -9 "$pid"
  for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  log "Killed ${INSTANCES[$i]} (kill -9)"
}

cmd_start_instance() {
  start_instance "$1"
  wait_ready "http://localhost:$(instance_http "$1")/health/ready"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  kill) cmd_kill "$2" ;;
  start-instance) cmd_start_instance "$2" ;;
  balancer) start_haproxy ;;
  *) echo "usage: $0 start|stop|status|kill N|start-instance N|balancer"; exit 2 ;;
esac

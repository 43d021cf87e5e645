#!/usr/bin/env bash
# A standalone Flink session cluster on this machine, started from Flink's jars on Maven Central (no
# Flink distribution needed), and `flink run` of the Snapfolio rebuild job on it
# (docs/SCALE-OUT.md, "Running on a Flink cluster").
#
#   bench/scripts/flink-cluster.sh start          a JobManager and a TaskManager (FLINK_SLOTS slots), each its own JVM
#   bench/scripts/flink-cluster.sh submit [flink run options] rebuild --engine flink --db-url URL [--db-user U] ...
#                                                 Flink's CLI (CliFrontend, i.e. `flink run`) submits the job jar
#   bench/scripts/flink-cluster.sh status         the cluster's overview (REST)
#   bench/scripts/flink-cluster.sh stop           stops the two processes this script started
#
# The job jar is flink-job/target/snapfolio-flink-job.jar (mvn -B -q -DskipTests -Pflink-cluster package;
# FLINK_JOB_JAR to use another). The database password is never an argument: the TaskManager and the
# client read it from SNAPFOLIO_DB_PASSWORD in their environment (export it before `start` and
# `submit`), or from the file given with --db-password-file (present on the client and every
# TaskManager host).
# Settings (environment): FLINK_CLUSTER_DIR (configuration, logs, pids; default
# flink-job/target/flink-cluster), FLINK_REST_PORT (8081), FLINK_RPC_PORT (6123), FLINK_SLOTS (2),
# FLINK_TM_HEAP (task heap, 512m), MVN_OFFLINE (-o; empty to let Maven download the cluster's jars once).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR="${FLINK_CLUSTER_DIR:-$ROOT/flink-job/target/flink-cluster}"
REST_PORT="${FLINK_REST_PORT:-8081}"
RPC_PORT="${FLINK_RPC_PORT:-6123}"
SLOTS="${FLINK_SLOTS:-2}"
TM_HEAP="${FLINK_TM_HEAP:-512m}"
JOB_JAR="${FLINK_JOB_JAR:-$ROOT/flink-job/target/snapfolio-flink-job.jar}"
MVN_OFFLINE="${MVN_OFFLINE--o}"
FLINK_VERSION="$(sed -n 's:.*<flink.version>\(.*\)</flink.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
LOGBACK_VERSION="$(sed -n 's:.*<logback.version>\(.*\)</logback.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
SLF4J_VERSION="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"

# Flink reaches into the JDK (the same flags as bin/snapfolio and the module's tests)
JAVA_FLAGS=()
for p in java.util java.lang java.lang.reflect java.lang.invoke java.io java.net java.nio sun.nio.ch \
         java.time java.text java.math java.util.concurrent java.util.concurrent.atomic java.util.concurrent.locks; do
  JAVA_FLAGS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
JAVA_FLAGS+=("--add-opens=java.sql/java.sql=ALL-UNNAMED")

die() { echo "flink-cluster: $*" >&2; exit 1; }

# The cluster's classpath: Flink's runtime, client and streaming API with their dependencies, and a
# logging backend. Nothing of Snapfolio: the job brings it in its jar.
classpath() {
  local cp="$DIR/resolve/classpath.txt" pom
  mkdir -p "$DIR/resolve"
  pom=$(cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>flink-cluster-classpath</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-clients</artifactId><version>$FLINK_VERSION</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-streaming-java</artifactId><version>$FLINK_VERSION</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-runtime</artifactId><version>$FLINK_VERSION</version></dependency>
    <dependency><groupId>org.apache.flink</groupId><artifactId>flink-rpc-akka-loader</artifactId><version>$FLINK_VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VERSION</version></dependency>
    <dependency><groupId>ch.qos.logback</groupId><artifactId>logback-classic</artifactId><version>$LOGBACK_VERSION</version></dependency>
  </dependencies>
</project>
EOF
)
  if [ ! -s "$cp" ] || [ "$pom" != "$(cat "$DIR/resolve/pom.xml" 2>/dev/null)" ]; then
    echo "$pom" > "$DIR/resolve/pom.xml"
    # shellcheck disable=SC2086
    mvn -B -q $MVN_OFFLINE -f "$DIR/resolve/pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$cp" >&2 \
      || die "cannot resolve Flink $FLINK_VERSION's jars (run once with MVN_OFFLINE= to download them)"
  fi
  cat "$cp"
}

configure() {
  mkdir -p "$DIR/conf" "$DIR/log"
  cat > "$DIR/conf/config.yaml" <<EOF
jobmanager:
  rpc: { address: localhost, port: $RPC_PORT }
  bind-host: localhost
  memory: { process.size: 768m }
taskmanager:
  host: localhost
  bind-host: localhost
  numberOfTaskSlots: $SLOTS
  cpu: { cores: $SLOTS }
  memory:
    framework: { heap.size: 128m, off-heap.size: 128m }
    task: { heap.size: $TM_HEAP, off-heap.size: 0m }
    managed.size: 64m
    network: { min: 64m, max: 64m }
    jvm-metaspace.size: 256m
    jvm-overhead: { min: 192m, max: 192m }
rest:
  address: localhost
  bind-address: localhost
  port: $REST_PORT
parallelism.default: 1
restart-strategy: { type: fixed-delay, fixed-delay: { attempts: 3, delay: 500 ms } }
EOF
  cat > "$DIR/conf/logback.xml" <<'EOF'
<configuration>
  <appender name="file" class="ch.qos.logback.core.FileAppender">
    <file>${log.file}</file>
    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="file"/></root>
</configuration>
EOF
}

java_of() { # role, heap, main class, args...
  local role="$1" heap="$2" main="$3"
  shift 3
  exec java "${JAVA_FLAGS[@]}" -Xmx"$heap" -Dlogback.configurationFile="$DIR/conf/logback.xml" \
       -Dlog.file="$DIR/log/$role.log" -cp "$(classpath)" "$main" "$@"
}

running() { [ -f "$DIR/$1.pid" ] && kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null; }

overview() { curl -sf "http://localhost:$REST_PORT/overview"; }

start() {
  running jobmanager && die "already running (pid $(cat "$DIR/jobmanager.pid")); stop it first"
  overview > /dev/null 2>&1 && die "something already answers on port $REST_PORT (FLINK_REST_PORT)"
  configure
  classpath > /dev/null
  rm -f "$DIR"/log/*
  java_of jobmanager 512m org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
      --configDir "$DIR/conf" > "$DIR/log/jobmanager.out" 2>&1 &
  echo $! > "$DIR/jobmanager.pid"
  # the TaskManager's heap: framework + task heap, as Flink's own scripts compute it
  java_of taskmanager "$(( 128 + ${TM_HEAP%m} ))m" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
      --configDir "$DIR/conf" > "$DIR/log/taskmanager.out" 2>&1 &
  echo $! > "$DIR/taskmanager.pid"
  for _ in $(seq 1 180); do
    if overview 2>/dev/null | grep -q '"slots-total":[1-9]'; then
      echo "Flink cluster up: http://localhost:$REST_PORT, $SLOTS slot(s); logs in $DIR/log"
      return 0
    fi
    running jobmanager || { tail -5 "$DIR/log/jobmanager.out" "$DIR/log/jobmanager.log" >&2; stop; die "the JobManager exited"; }
    running taskmanager || { tail -5 "$DIR/log/taskmanager.out" "$DIR/log/taskmanager.log" >&2; stop; die "the TaskManager exited"; }
    sleep 0.5
  done
  stop
  die "the cluster did not come up within 90 s (logs in $DIR/log)"
}

stop() {
  for role in taskmanager jobmanager; do
    if running "$role"; then
      kill "$(cat "$DIR/$role.pid")"
      for _ in $(seq 1 40); do running "$role" || break; sleep 0.25; done
      if running "$role"; then kill -9 "$(cat "$DIR/$role.pid")"; fi
    fi
    rm -f "$DIR/$role.pid"
  done
}

submit() {
  [ -f "$JOB_JAR" ] || die "no job jar $JOB_JAR (build it: mvn -B -q -DskipTests -Pflink-cluster package)"
  running jobmanager || die "no cluster running (bench/scripts/flink-cluster.sh start)"
  # options before the jar are flink run's (-p N, -d ...); the rest is the job's
  local options=()
  while [ $# -gt 0 ] && [ "${1#-}" != "$1" ]; do
    options+=("$1")
    case "$1" in -p|--parallelism|-c|--class|-s|--fromSavepoint|-D) options+=("$2"); shift ;; esac
    shift
  done
  FLINK_CONF_DIR="$DIR/conf" java_of client 512m org.apache.flink.client.cli.CliFrontend \
      run "${options[@]}" "$JOB_JAR" "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) overview && echo || die "no cluster answers on port $REST_PORT" ;;
  submit) shift; submit "$@" ;;
  classpath) classpath ;;
  *) echo "usage: $0 start | submit [flink run options] <job arguments> | status | stop" >&2; exit 2 ;;
esac

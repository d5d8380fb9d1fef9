#!/usr/bin/env bash
# Q&A fan-out benchmark: N participants' sockets on one session's live Q&A (/questions/live/<id>) and votes at a
# steady rate through the REST API; the time from each vote to the push that shows it, at every viewer, and the
# server's heap per connection. The reference, measured in the same run on the same server: N sockets on a bare
# Jakarta WebSocket broadcast of the same number of bytes (bench/questions/Broadcast.java), triggered at the same
# rate. Prints both sides and the ratios platform/reference. See bench/README.md.
#
# Usage: bench/questions/run.sh [--viewers 1000] [--rate 4] [--duration 10] [--rounds 4] [--warmup 10]
#                               [--port N] [--keep]
# Each flag has an environment variable that sets its default:
#   BENCH_VIEWERS    sockets on each side                                      (default 1000)
#   BENCH_RATE       votes (platform) and triggers (reference) per second      (default 4)
#   BENCH_DURATION   seconds of one measured round of one side                 (default 10)
#   BENCH_ROUNDS     rounds; each measures both sides, the order alternating   (default 4)
#   BENCH_WARMUP     seconds of unmeasured load on each side first, 0 for none (default 10)
#   BENCH_PORT       HTTP port on 127.0.0.1                                    (default: a free one)
#   BENCH_KEEP=1     keep the throw-away folder (server log, client output)
#   BENCH_JAVA_OPTS  extra JVM options for Payara Micro (e.g. -Dplenary.questions.pushMillis=100)
# Defaults take about 4 minutes after the build. Load goes to 127.0.0.1 only; Payara Micro runs with --nocluster
# and --disablephonehome, and is stopped at the end, also on failure or Ctrl-C.
set -euo pipefail

viewers="${BENCH_VIEWERS:-1000}"
rate="${BENCH_RATE:-4}"
duration="${BENCH_DURATION:-10}"
rounds="${BENCH_ROUNDS:-4}"
warmup="${BENCH_WARMUP:-10}"
port="${BENCH_PORT:-}"
keep="${BENCH_KEEP:-0}"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --viewers) viewers="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
for n in "$viewers" "$rate" "$duration" "$rounds" "$warmup"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
[ "$viewers" -ge 20 ] && [ "$rate" -ge 1 ] && [ "$duration" -ge 1 ] && [ "$rounds" -ge 1 ] || die "at least 20 viewers, and rate, duration and rounds at least 1"

root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/bench/questions"
war="$root/ear/webapp/target/plenary.war"
micro="$root/ear/webapp/target/payara-micro.jar"
preboot="$root/domain-config/embedded/pre-boot.asadmin"
admin_email="bench-admin@bench.example"
admin_password="quiet-harbour-lantern-2027"

# --- tools -------------------------------------------------------------------------------------------------
for tool in curl java javac jcmd; do command -v "$tool" >/dev/null || die "$tool is needed (a JDK 17 and curl)"; done

# --- build ---------------------------------------------------------------------------------------------------
if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  say "no build found: mvn -B -q -DskipTests package"
  (cd "$root" && mvn -B -q -DskipTests package) || die "build failed"
fi
api_jar=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/jakarta/platform/jakarta.jakartaee-api" -name 'jakarta.jakartaee-api-10*.jar' 2>/dev/null | sort | tail -n1)
[ -n "$api_jar" ] || die "jakarta.jakartaee-api 10 not in the Maven repository: build the project once (mvn -B package)"

# --- throw-away folder and server ---------------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/plenary-bench-qa.XXXXXX")"
server_pid=""
client_pid=""
cleanup() {
  local rc=$?
  if [ -n "$client_pid" ]; then kill "$client_pid" 2>/dev/null || true; fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    say "stopping Payara Micro (pid $server_pid)"
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  if [ "$keep" = 1 ] || [ "$rc" != 0 ]; then say "files of this run kept in $work"; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Two sockets per viewer (client and server side) and some: raise the open-files limit as far as allowed.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -gt $(( 4 * viewers + 1000 )) ] \
  || die "open-files limit $(ulimit -n) is too low for $viewers viewers a side (ulimit -n)"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "$port" ]; then
  for _ in $(seq 50); do
    candidate=$(( 20000 + RANDOM % 40000 ))
    port_busy "$candidate" || { port="$candidate"; break; }
  done
  [ -n "$port" ] || die "found no free port"
elif port_busy "$port"; then
  die "port $port is already in use"
fi

cp "$war" "$work/plenary.war"
cp "$micro" "$work/payara-micro.jar"
# The reference: an exploded web application (its folder name, bench-ws, is its context root) with one endpoint.
mkdir -p "$work/bench-ws/WEB-INF/classes" "$work/rootdir" "$work/data"
javac -nowarn -d "$work/bench-ws/WEB-INF/classes" -cp "$api_jar" "$here/Broadcast.java" || die "could not compile the reference"
domain_opts=()
if [ -f "$preboot" ]; then domain_opts=(--prebootcommandfile "$preboot"); fi

say "starting Payara Micro on 127.0.0.1:$port (log: $work/server.log)"
# --nocluster: no multicast discovery; --disablephonehome: no usage report to Payara. Asking and voting limits are
# lifted for the one benchmark account (it asks and votes for a crowd); the push interval stays the default.
# shellcheck disable=SC2086
java -Dplenary.demo=true -Dplenary.data.dir="$work/data" \
  -DPLENARY_ADMIN_EMAIL="$admin_email" -DPLENARY_ADMIN_PASSWORD="$admin_password" \
  -Dplenary.questions.perMinute=1000000 -Dplenary.questions.votesPerMinute=1000000 ${BENCH_JAVA_OPTS:-} \
  -jar "$work/payara-micro.jar" --nocluster --disablephonehome --interfaces 127.0.0.1 \
  --port "$port" --rootdir "$work/rootdir" \
  --deploy "$work/plenary.war" --contextroot / \
  --deploy "$work/bench-ws" \
  "${domain_opts[@]}" \
  >"$work/server.log" 2>&1 &
server_pid=$!

start=$SECONDS
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; do
  kill -0 "$server_pid" 2>/dev/null || { tail -20 "$work/server.log" >&2; die "Payara Micro exited during start"; }
  [ $(( SECONDS - start )) -lt 240 ] || die "not ready after 240 s"
  sleep 1
done
say "ready after $(( SECONDS - start )) s"

# The session: the demo's first panel (panels have Q&A).
sessions=$(curl -sf "http://127.0.0.1:$port/api/v1/conferences/mlw2020/sessions") || die "the API gave no sessions"
session=$(printf '%s' "$sessions" | tr '{' '\n' | grep '"format":"panel"' | head -n1 | sed -n 's/.*"id":\([0-9]*\).*/\1/p')
[ -n "$session" ] || die "no panel session in the demo"
say "session $session: $viewers viewers a side, $rate events/s, $rounds rounds x ${duration}s a side, warm-up ${warmup}s"

# CPU ticks of the whole machine (busy, total) and of the server: what other processes used during the run is
# printed, since a build next door slows both sides, the platform more (it has more work per event).
cpu_snapshot() {
  local busy total jvm
  read -r busy total < <(awk '/^cpu /{b=$2+$3+$4+$7+$8+$9; print b, b+$5+$6; exit}' /proc/stat)
  jvm=$(sed 's/^.*) //' "/proc/$server_pid/stat" | awk '{print $12+$13}')
  echo "$busy $total $jvm"
}
kids_ticks() { sed 's/^.*) //' "/proc/$$/stat" | awk '{print $14+$15}'; }
cpu_before=$(cpu_snapshot)
kids_before=$(kids_ticks)
java -Xss512k -Xmx2g "$here/FanOut.java" --base "http://127.0.0.1:$port/" --session "$session" --viewers "$viewers" \
  --rate "$rate" --seconds "$duration" --rounds "$rounds" --warmup "$warmup" --pid "$server_pid" \
  --email "$admin_email" --password "$admin_password" >"$work/client.txt" 2>"$work/client.err" &
client_pid=$!
wait "$client_pid" || { cat "$work/client.txt" "$work/client.err" >&2; die "the client failed"; }
client_pid=""
client_ticks=$(( $(kids_ticks) - kids_before ))
read -r cpu_server cpu_client cpu_others < <(echo "$cpu_before $(cpu_snapshot) $client_ticks" | awk '{
  total = $5 - $2; if (total <= 0) total = 1
  server = 100 * ($6 - $3) / total; client = 100 * $7 / total; others = 100 * ($4 - $1) / total - server - client
  if (others < 0) others = 0; printf "%.0f %.0f %.0f\n", server, client, others }')
grep -c ' closed: \| failed: ' "$work/client.err" >/dev/null && say "WARNING: some sockets closed or failed (client.err)" || true

# --- report --------------------------------------------------------------------------------------------------
micro_version=$(unzip -p "$micro" MICRO-INF/domain/branding/glassfish-version.properties 2>/dev/null \
  | sed -n 's/^product_name=//p; s/^major_version=/ /p; s/^minor_version=/./p; s/^update_version=/./p' | tr -d '\n' || true)
echo
echo "Q&A fan-out: votes pushed to $viewers viewers of session $session vs. a bare broadcast of the same bytes"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${micro_version:-Payara Micro}, $(java -version 2>&1 | head -1)"
echo "CPU of the $(nproc) cores during the client's run: server ${cpu_server}%, client ${cpu_client}%, other processes ${cpu_others}%"
echo "$rate events/s, $rounds rounds x ${duration}s a side, alternating; warm-up ${warmup}s a side; push interval: ${BENCH_JAVA_OPTS:-the default (250 ms)}"
awk '
  function val(key,   i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] } return "" }
  function median(a, n,   i, j, t, b) {
    for (i = 1; i <= n; i++) b[i] = a[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
    return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
  }
  $1 == "PAYLOAD" { printf "each push: %d bytes (%d approved questions)\n", val("bytes"), val("questions") }
  $1 == "HEAP" { base = val("baseline_kb"); ref = val("reference_kb"); plat = val("platform_kb"); n = val("viewers") }
  $1 == "HEAP_AFTER" { refa = val("reference_kb"); plata = val("platform_kb"); na = val("viewers") }
  $1 == "ROUND" {
    if (!header++) printf "\n%-5s %-9s %7s %9s %7s %9s %9s %9s %12s %7s\n", "round", "side", "events", "samples", "missed", "p50 ms", "p99 ms", "max ms", "pushes/s/v", "failed"
    s = val("side"); r = val("round")
    printf "%-5d %-9s %7d %9d %7d %9.1f %9.1f %9.1f %12.2f %7d\n", r, s, val("events"), val("samples"), val("missed"), val("p50_us") / 1000, val("p99_us") / 1000, val("max_us") / 1000, val("pushes_per_viewer_s"), val("failed_sends")
    k[s]++; p50[s, k[s]] = val("p50_us") / 1000; p99[s, k[s]] = val("p99_us") / 1000
    missed += val("missed"); failed += val("failed_sends")
  }
  END {
    for (i = 1; i <= k["platform"]; i++) { a[i] = p50["platform", i]; b[i] = p99["platform", i] }
    for (i = 1; i <= k["reference"]; i++) { c[i] = p50["reference", i]; d[i] = p99["reference", i] }
    pp50 = median(a, k["platform"]); pp99 = median(b, k["platform"]); rp50 = median(c, k["reference"]); rp99 = median(d, k["reference"])
    printf "\n%-10s %15s %15s %18s %18s\n", "", "p50 ms (median)", "p99 ms (median)", "heap/conn opened", "heap/conn at end"
    printf "%-10s %15.1f %15.1f %15.1f KB %15.1f KB\n", "platform", pp50, pp99, plat / n, plata / na
    printf "%-10s %15.1f %15.1f %15.1f KB %15.1f KB\n", "reference", rp50, rp99, ref / n, refa / na
    printf "\nvote to push p50 platform/reference: %.1f x\n", pp50 / (rp50 > 0 ? rp50 : 0.001)
    printf "vote to push p99 platform/reference: %.1f x\n", pp99 / (rp99 > 0 ? rp99 : 0.001)
    printf "heap per connection platform/reference: %.2f x when opened, %.2f x at the end (server heap after GC with a tenth of the reference sockets open: %d KB)\n", (ref > 0 ? plat / ref : 0), (refa > 0 ? plata / refa : 0), base
    printf "RESULT p50_ratio=%.2f p99_ratio=%.2f heap_ratio=%.2f heap_ratio_end=%.2f platform_p50_ms=%.1f platform_p99_ms=%.1f reference_p50_ms=%.1f reference_p99_ms=%.1f platform_heap_kb_per_conn=%.1f reference_heap_kb_per_conn=%.1f missed=%d failed=%d\n", pp50 / (rp50 > 0 ? rp50 : 0.001), pp99 / (rp99 > 0 ? rp99 : 0.001), (ref > 0 ? plat / ref : 0), (refa > 0 ? plata / refa : 0), pp50, pp99, rp50, rp99, plat / n, ref / n, missed, failed
    if (missed > 0 || failed > 0) { printf "WARNING: %d pushes never reached a viewer and %d sends failed\n", missed, failed; exit 3 }
  }' "$work/client.txt" || { keep=1; die "some events never reached their viewers"; }
if [ "$cpu_others" -gt 10 ]; then
  say "WARNING: other processes took ${cpu_others}% of the CPU during the run: the figures are disturbed; run again when the machine is quiet"
fi

#!/usr/bin/env bash
# Programme page benchmark: the MLW 2020 programme page (Faces, dynamic) against the very same bytes
# served as a static file by the same Payara Micro, under the same wrk load on loopback, in one run.
# Prints requests/s and p99 latency of both and the ratios dynamic/static. See bench/README.md.
#
# Usage: bench/programme/run.sh [--duration 10s] [--connections 16] [--threads 2] [--rounds 3]
#                               [--warmup 120s] [--port N] [--gzip] [--keep]
# Each flag has an environment variable that sets its default:
#   BENCH_DURATION     length of one measured wrk run                      (default 10s)
#   BENCH_CONNECTIONS  open HTTP connections kept by wrk                   (default 16)
#   BENCH_THREADS      wrk threads                                         (default 2)
#   BENCH_ROUNDS       rounds; each measures dynamic and static once,
#                      the order alternating from round to round           (default 3)
#   BENCH_WARMUP       longest unmeasured warm-up of each side before round 1; it
#                      ends sooner once the JIT compiler is quiet, 0 skips it (default 120s)
#   BENCH_PORT         HTTP port on 127.0.0.1                              (default: a free one)
#   BENCH_KEEP=1       keep the throw-away folder (server log, wrk output, page bytes)
#   BENCH_JAVA_OPTS    extra JVM options for Payara Micro
#   BENCH_CONFERENCE   conference slug of the page                         (default mlw2020)
#   BENCH_GZIP=1       send "Accept-Encoding: gzip" like a browser (--gzip); the server then
#                      compresses both sides on the fly                     (default: off)
# Defaults take about 3 minutes after the build, most of it warm-up. Load goes to 127.0.0.1 only;
# Payara Micro runs with --nocluster and --disablephonehome, and is stopped at the end, also on
# failure or Ctrl-C.
set -euo pipefail

duration="${BENCH_DURATION:-10s}"
connections="${BENCH_CONNECTIONS:-16}"
threads="${BENCH_THREADS:-2}"
rounds="${BENCH_ROUNDS:-3}"
warmup="${BENCH_WARMUP:-120s}"
port="${BENCH_PORT:-}"
keep="${BENCH_KEEP:-0}"
conference="${BENCH_CONFERENCE:-mlw2020}"
gzip="${BENCH_GZIP:-0}"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --gzip) gzip=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

say() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

# wrk takes durations like 15s or 2m; this turns one into whole seconds.
seconds() {
  case "$1" in
    *ms) echo 1 ;;
    *s) echo "${1%s}" ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *h) echo $(( ${1%h} * 3600 )) ;;
    *) echo "$1" ;;
  esac
}
for n in "$connections" "$threads" "$rounds" "$(seconds "$duration")" "$(seconds "$warmup")"; do
  [[ "$n" =~ ^[0-9]+$ ]] || die "not a whole number: $n"
done
[ "$connections" -ge "$threads" ] || die "wrk needs at least as many connections as threads"
[ "$rounds" -ge 1 ] || die "at least one round"

root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/bench/programme"
war="$root/ear/webapp/target/plenary.war"
micro="$root/ear/webapp/target/payara-micro.jar"
# The domain settings run.sh starts the platform with (listener on 127.0.0.1, compression, H2 file).
preboot="$root/domain-config/embedded/pre-boot.asadmin"

# --- tools -------------------------------------------------------------------------------------------
command -v curl >/dev/null || die "curl is needed"
command -v java >/dev/null || die "java (17) is needed"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "wrk is not installed: installing the Debian package 'wrk' with apt-get"
    apt-get update -qq >/dev/null || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || die "apt-get install wrk failed"
  else
    die "wrk is not installed: install the Debian package 'wrk' (sudo apt-get install wrk)"
  fi
fi

# --- build ---------------------------------------------------------------------------------------------
if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  say "no build found: mvn -B -q -DskipTests package"
  (cd "$root" && mvn -B -q -DskipTests package) || die "build failed"
fi

# --- throw-away folder and server ----------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/plenary-bench.XXXXXX")"
server_pid=""
wrk_pid=""
cleanup() {
  local rc=$?
  if [ -n "$wrk_pid" ]; then kill "$wrk_pid" 2>/dev/null || true; fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    say "stopping Payara Micro (pid $server_pid)"
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  if [ "$keep" = 1 ] || [ "$rc" != 0 ]; then
    say "files of this run kept in $work"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

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

# Run copies: another build may rewrite target/ while the server runs.
cp "$war" "$work/plenary.war"
cp "$micro" "$work/payara-micro.jar"

# The static twin: an exploded web application (a folder with WEB-INF/) deployed next to the WAR.
# Payara Micro 6 refuses a folder without WEB-INF/ ("not a valid exploded web archive"); the
# folder's name is its context root, and the container's default servlet serves its files.
static_app="$work/bench-static"
mkdir -p "$static_app/WEB-INF" "$work/rootdir" "$work/data"
domain_opts=()
if [ -f "$preboot" ]; then
  domain_opts=(--prebootcommandfile "$preboot")
fi
: > "$static_app/programme.html"

dynamic_url="http://127.0.0.1:$port/programme.xhtml?c=$conference"
static_url="http://127.0.0.1:$port/bench-static/programme.html"

say "starting Payara Micro on 127.0.0.1:$port (log: $work/server.log)"
# --nocluster: no multicast discovery; --disablephonehome: no usage report to Payara.
# shellcheck disable=SC2086
java -Dplenary.demo=true -Dplenary.data.dir="$work/data" ${BENCH_JAVA_OPTS:-} \
  -jar "$work/payara-micro.jar" --nocluster --disablephonehome --interfaces 127.0.0.1 \
  --port "$port" --rootdir "$work/rootdir" \
  --deploy "$work/plenary.war" --contextroot / \
  --deploy "$static_app" \
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

# --- the same bytes, twice --------------------------------------------------------------------------------
code=$(curl -s -o "$work/programme.html" -w '%{http_code}' "$dynamic_url")
[ "$code" = 200 ] || die "programme page answered $code"
cp "$work/programme.html" "$static_app/programme.html"
curl -sf -o "$work/dynamic-check.html" "$dynamic_url" || die "programme page failed on the second fetch"
curl -sf -o "$work/static-check.html" "$static_url" || die "static twin not served at $static_url"
cmp -s "$work/programme.html" "$work/dynamic-check.html" \
  || die "the programme page is not the same from one request to the next; cannot compare with a file"
cmp -s "$work/dynamic-check.html" "$work/static-check.html" || die "static file and page differ"
page_bytes=$(wc -c <"$work/programme.html")
say "identical bodies: $page_bytes bytes from $dynamic_url and $static_url"

# With --gzip, both sides are asked for gzip; check that the server compresses both alike.
wrk_headers=()
encoding="identity (wrk sends no Accept-Encoding)"
if [ "$gzip" = 1 ]; then
  wrk_headers=(--header "Accept-Encoding: gzip")
  dyn_gz=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$dynamic_url")
  st_gz=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$static_url")
  encoding="Accept-Encoding: gzip; on the wire: page $dyn_gz bytes, file $st_gz bytes"
  say "gzip: $encoding"
fi

# --- load ----------------------------------------------------------------------------------------------
# wrk is closed-loop: each connection sends its next request when the last answer arrived.
# --timeout 10s: slow answers count in the latency instead of being dropped as timeouts.
# wrk runs in the background and the script waits for it, so that a signal stops the run at once.
run_wrk() { # label url duration [connections threads] -> output in $work/wrk-label.txt, ending in a BENCH line
  wrk --threads "${5:-$threads}" --connections "${4:-$connections}" --duration "$3" --timeout 10s \
      "${wrk_headers[@]}" --latency --script "$here/report.lua" "$2" >"$work/wrk-$1.txt" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid" || { cat "$work/wrk-$1.txt" >&2; die "wrk failed ($1)"; }
  wrk_pid=""
  grep -q '^BENCH ' "$work/wrk-$1.txt" || die "no result line from wrk ($1)"
}

# CPU ticks of the server's JIT compiler threads (C1, C2).
jit_ticks() {
  awk '{ line = $0; sub(/^[^(]*\(/, "", line); name = line; sub(/\).*$/, "", name)
         if (name ~ /^C[12] CompilerThre/) { sub(/^.*\) /, "", line); split(line, f, " "); t += f[12] + f[13] } }
       END { print t + 0 }' "/proc/$server_pid/task/"*/stat 2>/dev/null || echo 0
}

# Warm-up, not measured: load a side with as many connections as there are cores, in 5 s slices,
# until the JIT compiler threads were (nearly) idle for a slice, or the time is up. With 16 busy
# request threads the two compiler threads get a small share of 2 cores and the Faces page takes
# minutes to compile; with 2 connections it takes about a minute (see bench/README.md).
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
warm_up() { # side url max_seconds -> warm_elapsed, warm_jit (% of a core in the last slice)
  local side="$1" url="$2" max="$3" elapsed=0 n=0 j0 j1 jit=100 min=10
  local conns; conns=$(nproc)
  while [ "$elapsed" -lt "$max" ]; do
    n=$(( n + 1 ))
    j0=$(jit_ticks)
    run_wrk "warmup-$side-$n" "$url" 5s "$conns" 1
    j1=$(jit_ticks)
    elapsed=$(( elapsed + 5 ))
    jit=$(( 100 * (j1 - j0) / (5 * hz) ))   # % of one core
    if [ "$jit" -lt 5 ] && [ "$elapsed" -ge "$min" ]; then break; fi
  done
  warm_elapsed=$elapsed
  warm_jit=$jit
}

warm_s=$(seconds "$warmup")
warm_note="none"
if [ "$warm_s" -gt 0 ]; then
  say "warm-up (not measured): each side with $(nproc) connections until the JIT is quiet, at most ${warm_s}s"
  warm_up dynamic "$dynamic_url" "$warm_s"
  dyn_warm=$warm_elapsed dyn_jit=$warm_jit
  say "warm-up dynamic: ${dyn_warm}s (JIT ${dyn_jit}% of a core in the last 5 s)"
  warm_up static "$static_url" "$warm_s"
  st_warm=$warm_elapsed st_jit=$warm_jit
  say "warm-up static: ${st_warm}s (JIT ${st_jit}% of a core in the last 5 s)"
  warm_note="dynamic ${dyn_warm}s (JIT at the end ${dyn_jit}% of a core), static ${st_warm}s (JIT ${st_jit}%)"
  if [ "$dyn_jit" -ge 5 ] || [ "$st_jit" -ge 5 ]; then
    say "WARNING: the JIT was still compiling when the warm-up time ran out: raise --warmup"
  fi
fi

# CPU ticks: the whole machine (busy, total), the server JVM, and the waited-for children of this
# script (wrk, curl). What is left of the machine's busy ticks was used by other processes: the
# report shows it per round, since on a shared machine a build next door changes the figures.
cpu_snapshot() {
  local busy total jvm kids
  read -r busy total < <(awk '/^cpu /{b=$2+$3+$4+$7+$8+$9; print b, b+$5+$6; exit}' /proc/stat)
  jvm=$(sed 's/^.*) //' "/proc/$server_pid/stat" | awk '{print $12+$13}')
  kids=$(sed 's/^.*) //' "/proc/$$/stat" | awk '{print $14+$15}')
  echo "$busy $total $jvm $kids"
}
cpu_share() { # "before" "after" -> "server wrk others idle" in % of all cores
  echo "$1 $2" | awk '{
    total = $6 - $2; if (total <= 0) total = 1
    server = 100 * ($7 - $3) / total; wrk = 100 * ($8 - $4) / total; busy = 100 * ($5 - $1) / total
    others = busy - server - wrk; if (others < 0) others = 0
    printf "%.0f %.0f %.0f %.0f\n", server, wrk, others, 100 - busy }'
}
cpu_first=$(cpu_snapshot)

results="$work/results.txt"
: >"$results"
for r in $(seq "$rounds"); do
  # Alternate the order (D S, S D, D S, ...) so a drift over the run hits both sides alike.
  if [ $(( r % 2 )) = 1 ]; then order="dynamic static"; else order="static dynamic"; fi
  for kind in $order; do
    if [ "$kind" = dynamic ]; then url="$dynamic_url"; else url="$static_url"; fi
    say "round $r/$rounds: $kind, $duration"
    before=$(cpu_snapshot)
    run_wrk "round$r-$kind" "$url" "$duration"
    read -r _ _ others _ < <(cpu_share "$before" "$(cpu_snapshot)")
    echo "$r $kind $(grep '^BENCH ' "$work/wrk-round$r-$kind.txt") others_pct=$others" >>"$results"
  done
done

# Sanity after the load: the page still renders the same bytes as the static twin.
if ! curl -sf "$dynamic_url" | cmp -s - "$work/programme.html"; then
  keep=1
  say "WARNING: the programme page is no longer the same bytes as the static file (saved in $work)"
fi

read -r cpu_server cpu_wrk cpu_others cpu_idle < <(cpu_share "$cpu_first" "$(cpu_snapshot)")

# --- report --------------------------------------------------------------------------------------------
micro_version=$(unzip -p "$micro" MICRO-INF/domain/branding/glassfish-version.properties 2>/dev/null \
  | sed -n 's/^product_name=//p; s/^major_version=/ /p; s/^minor_version=/./p; s/^update_version=/./p' | tr -d '\n' || true)
echo
echo "Programme page (/programme.xhtml?c=$conference) vs. the same $page_bytes bytes as a static file"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${micro_version:-Payara Micro}, $(java -version 2>&1 | head -1)"
echo "CPU of the $(nproc) cores over the rounds: server ${cpu_server}%, wrk ${cpu_wrk}%, other processes ${cpu_others}%, idle ${cpu_idle}%"
echo "wrk: $threads threads, $connections connections, $rounds rounds x $duration per side, alternating; $encoding"
if [ -f "$preboot" ]; then echo "domain settings: ${preboot#"$root"/}"; fi
echo "warm-up: $warm_note"
echo
awk -v rounds="$rounds" '
  function val(key,   i, kv) { for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] + 0 } return 0 }
  function median(a, n,   i, j, t, b) {
    for (i = 1; i <= n; i++) b[i] = a[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
    return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
  }
  {
    r = $1; k = $2
    rps[k, r] = val("requests") / (val("duration_us") / 1e6)
    p50[k, r] = val("p50_us") / 1000; p99[k, r] = val("p99_us") / 1000
    size[k, r] = val("bytes") / (val("requests") > 0 ? val("requests") : 1)
    errs[k, r] = val("err_connect") + val("err_read") + val("err_write") + val("err_timeout")
    status[k, r] = val("err_status")
    others[k, r] = val("others_pct")
  }
  END {
    printf "%-5s %-8s %10s %9s %9s %11s %7s %10s\n", "round", "target", "req/s", "p50 ms", "p99 ms", "bytes/resp", "errors", "other CPU"
    for (r = 1; r <= rounds; r++) for (ki = 1; ki <= 2; ki++) {
      k = ki == 1 ? "dynamic" : "static"
      printf "%-5d %-8s %10.1f %9.1f %9.1f %11d %7d %9d%%\n", r, k, rps[k, r], p50[k, r], p99[k, r], size[k, r], errs[k, r] + status[k, r], others[k, r]
      bad += errs[k, r] + status[k, r]
    }
    for (ki = 1; ki <= 2; ki++) {
      k = ki == 1 ? "dynamic" : "static"; s = 0
      for (r = 1; r <= rounds; r++) { s += rps[k, r]; a[r] = p99[k, r] }
      mean[k] = s / rounds; mp99[k] = median(a, rounds)
      lo[k] = hi[k] = rps[k, 1]
      for (r = 2; r <= rounds; r++) { if (rps[k, r] < lo[k]) lo[k] = rps[k, r]; if (rps[k, r] > hi[k]) hi[k] = rps[k, r] }
    }
    for (r = 1; r <= rounds; r++) ratio[r] = rps["dynamic", r] / rps["static", r]
    rmin = rmax = ratio[1]
    for (r = 2; r <= rounds; r++) { if (ratio[r] < rmin) rmin = ratio[r]; if (ratio[r] > rmax) rmax = ratio[r] }
    print ""
    printf "%-8s %14s %22s %14s\n", "", "req/s (mean)", "req/s (min..max)", "p99 ms (median)"
    printf "%-8s %14.1f %22s %14.1f\n", "dynamic", mean["dynamic"], sprintf("%.1f..%.1f", lo["dynamic"], hi["dynamic"]), mp99["dynamic"]
    printf "%-8s %14.1f %22s %14.1f\n", "static", mean["static"], sprintf("%.1f..%.1f", lo["static"], hi["static"]), mp99["static"]
    print ""
    printf "throughput dynamic/static: %.4f (%.2f %%; per round %.4f..%.4f)\n", mean["dynamic"] / mean["static"], 100 * mean["dynamic"] / mean["static"], rmin, rmax
    printf "p99 dynamic/static:        %.1f x\n", mp99["dynamic"] / mp99["static"]
    printf "RESULT throughput_ratio=%.5f p99_ratio=%.2f dynamic_rps=%.1f static_rps=%.1f dynamic_p99_ms=%.1f static_p99_ms=%.1f\n", mean["dynamic"] / mean["static"], mp99["dynamic"] / mp99["static"], mean["dynamic"], mean["static"], mp99["dynamic"], mp99["static"]
    if (bad > 0) { printf "WARNING: %d failed requests (socket errors, timeouts or non-2xx answers): see wrk-*.txt\n", bad; exit 3 }
  }' "$results" || { keep=1; die "requests failed during the run"; }
worst=$(awk '{for (i = 3; i <= NF; i++) if ($i ~ /^others_pct=/) { split($i, kv, "="); if (kv[2] > m) m = kv[2] }} END {print m + 0}' "$results")
if [ "$worst" -gt 10 ]; then
  say "WARNING: other processes took up to ${worst}% of the CPU in a round (column 'other CPU'): those figures are disturbed; run again when the machine is quiet"
fi

#!/usr/bin/env bash
# What the gateway costs per request (not a test): starts the platform under the AppHost (Release build, any free
# ports), takes a token from the development issuer, then measures with wrk the same requests directly at the
# service and through the gateway, alternating direct/gateway ROUNDS times in one run, so that whatever else the
# machine is doing weighs on both sides alike; prints requests/s, p50 and p99 of each side (median of the rounds)
# and the ratio gateway/direct. Then a fixed-rate pass (wrk2-style pacing is not available in Debian's wrk, so
# h2load --rps, per client; checked with h2load 1.52: -c2 --rps=5 -D 4 sends 40 requests) measures the latency the
# gateway adds below saturation. Stops the platform by its PID.
# A third side is the floor: tests/Gateway.Benchmarks, YARP's forwarder with nothing else (no authentication, rate
# limits, headers, telemetry or logging), started beside the platform and forwarding to the same service addresses.
# Unlike the gateway it has no DCP proxy in front of it, so gateway/bare overstates what the protections cost.
#   GET  /api/pricing/policy-packs     light, authenticated (policy packs are in memory)
#   GET  /api/credit/public/listings   anonymous, one database query
#   POST /api/pricing/quotes           JSON body, authenticated, a write: one row stored, rate-limited at the gateway
# Rate limits stay on: the benchmark's user and address get write limits that fit the run, through the gateway's
# own options (Gateway:RateLimit:*), which the AppHost passes on from its environment.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-5}"          # seconds per measurement
ROUNDS="${ROUNDS:-3}"              # direct/gateway alternations per endpoint
CONNECTIONS="${CONNECTIONS:-8}"
RATE="${RATE:-300}"                # requests/s of the below-saturation pass
USER_NAME="${USER_NAME:-planning.clerk}"

if [ "${SKIP_BUILD:-}" != 1 ]; then
    dotnet build AppHost/AppHost.csproj -c Release --nologo -v quiet
    dotnet build tests/Gateway.Benchmarks/Gateway.Benchmarks.csproj -c Release --nologo -v quiet
fi

log="$(mktemp)"
work="$(mktemp -d /tmp/landplatform-benchgw.XXXXXX)"
data="$work/data"; mkdir -p "$data"; chmod 755 "$data"
# Enough writes for every POST of the run (at most a few thousand per second per measurement), still limited.
export Gateway__RateLimit__WritesPerUser="${WRITES_PER_USER:-1000000}"
export Gateway__RateLimit__WritesPerAddress="${WRITES_PER_ADDRESS:-1000000}"
dotnet AppHost/bin/Release/net10.0/LandPlatform.AppHost.dll --http-port 0 --data "$data" "$@" >"$log" 2>&1 &
apphost=$!
bare_pid=
cleanup() {
    [ -n "$bare_pid" ] && kill -TERM "$bare_pid" 2>/dev/null && wait "$bare_pid" || true
    if kill -0 "$apphost" 2>/dev/null; then
        kill -TERM "$apphost"
        wait "$apphost" || true
    fi
    rm -rf "$work" "$log"
}
trap cleanup EXIT

for _ in $(seq 1 900); do
    grep -q 'LandPlatform: all [0-9]* resources healthy' "$log" && break
    if ! kill -0 "$apphost" 2>/dev/null; then
        echo "AppHost exited before the platform was healthy:" >&2; tail -40 "$log" >&2; exit 1
    fi
    sleep 0.5
done
grep -q 'LandPlatform: all [0-9]* resources healthy' "$log" || { echo "platform not healthy in time" >&2; tail -40 "$log" >&2; exit 1; }
sleep 1
# The AppHost's block under the healthy line: "  <name>  http://localhost:<port>".
address() { grep -oE "^ +$1 +http://[^ ]+" "$log" | head -1 | awk '{print $2}' | sed 's#/$##'; }
gateway="$(address gateway)"; pricing="$(address pricing)"; credit="$(address credit)"; identity="$(address identity)"
bare_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
bare="http://127.0.0.1:$bare_port"
dotnet tests/Gateway.Benchmarks/bin/Release/net10.0/LandPlatform.Gateway.Benchmarks.dll --urls "$bare" \
    --Destinations:pricing="$pricing" --Destinations:credit="$credit" >"$work/bare.log" 2>&1 &
bare_pid=$!
for _ in $(seq 1 120); do
    curl -s -o /dev/null "$bare/" && break
    kill -0 "$bare_pid" 2>/dev/null || { echo "the bare forwarder exited:" >&2; cat "$work/bare.log" >&2; exit 1; }
    sleep 0.5
done
echo "gateway $gateway  bare forwarder $bare  pricing $pricing  credit $credit  identity $identity"
token="$(./scripts/token.sh "$USER_NAME" "$identity")"
[ -n "$token" ] || { echo "no token from $identity" >&2; exit 1; }

quote="$work/quote.json"
cat >"$quote" <<'JSON'
{"policyPack":"tianjin-binhai-m0-2023","valuationDate":"2024-05-01","landUse":"M0","landAreaM2":10000,"floorAreaRatio":2.0,"industrialBenchmarkPricePerM2":560,"landGrade":5,"selfHeldShare":0.7,"beijingRelocation":false,"termYears":40}
JSON
post_lua="$work/post.lua"
cat >"$post_lua" <<LUA
wrk.method = "POST"
local f = io.open("$quote"); wrk.body = f:read("*a"); f:close()
wrk.headers["Content-Type"] = "application/json"
LUA
# wrk counts non-2xx answers; a 401/429/4xx would make the figures meaningless, so the script checks them.
check() { # url method
    local code
    if [ "$2" = POST ]; then
        code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" -H 'content-type: application/json' --data @"$quote" "$1")
    else
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$1")
    fi
    case "$code" in 2*) ;; *) echo "$2 $1 answered $code" >&2; exit 1 ;; esac
}

results="$work/results"; : >"$results"
# One wrk measurement → "<label> <side> <req/s> <p50 ms> <p99 ms> <non-2xx>"
measure() { # label side url method
    local args=(-t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $token")
    [ "$4" = POST ] && args+=(-s "$post_lua")
    wrk "${args[@]}" "$3" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(v):
    match = re.match(r"([\d.]+)(us|ms|s|m)$", v)
    if not match:
        return float("nan")
    n, unit = match.groups()
    return float(n) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
latency = lambda q: re.search(q + r"%\s+(\S+)", text)
if latency("50") is None:
    # No request completed in the run (wrk prints no distribution): say so rather than fail on the parse.
    sys.stderr.write(f"{sys.argv[1]} {sys.argv[2]}: no answers in the run; wrk said:\n{text}\n")
p50 = ms(latency("50").group(1)) if latency("50") else float("nan")
p99 = ms(latency("99").group(1)) if latency("99") else float("nan")
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(sys.argv[1], sys.argv[2], rps, p50, p99, bad.group(1) if bad else 0)
' "$1" "$2" >>"$results"
}

endpoints=(
    "policy-packs GET /api/pricing/policy-packs $pricing/policy-packs"
    "public-listings GET /api/credit/public/listings $credit/public/listings"
    "quote POST /api/pricing/quotes $pricing/quotes"
)
# Services are mapped at their root; the gateway strips /api/<service>.
for entry in "${endpoints[@]}"; do
    read -r label method path direct <<<"$entry"
    check "$direct" "$method"; check "$bare$path" "$method"; check "$gateway$path" "$method"
    # Warm-up of every side (JIT, connection pools, the token's key).
    DURATION=2 measure warmup direct "$direct" "$method"; DURATION=2 measure warmup bare "$bare$path" "$method"
    DURATION=2 measure warmup gateway "$gateway$path" "$method"
done
for round in $(seq 1 "$ROUNDS"); do
    for entry in "${endpoints[@]}"; do
        read -r label method path direct <<<"$entry"
        measure "$label" direct "$direct" "$method"
        measure "$label" bare "$bare$path" "$method"
        measure "$label" gateway "$gateway$path" "$method"
    done
done

# Below saturation: the same GETs at a fixed rate, alternating, for the latency the gateway adds.
paced_log() { # label side url → per-request latencies via h2load --log-file
    local file="$work/h2load-$1-$2.log"
    rm -f "$file"   # h2load appends to an existing log file: each round must read only its own requests
    h2load --h1 -c4 -t1 --rps=$((RATE / 4)) -D "$DURATION" --log-file="$file" -H "Authorization: Bearer $token" "$3" >/dev/null 2>&1 || true
    python3 - "$1-paced" "$2" "$file" "$DURATION" >>"$results" <<'PY'
import sys
label, side, path, duration = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
rows = [line.split('\t') for line in open(path) if line.strip()]
lat = sorted(int(r[2]) / 1000 for r in rows)          # microseconds → ms
bad = sum(1 for r in rows if not r[1].startswith('2'))
pick = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] if lat else float('nan')
print(label, side, len(lat) / duration, pick(0.5), pick(0.99), bad)
PY
}
for round in $(seq 1 "$ROUNDS"); do
    paced_log policy-packs direct "$pricing/policy-packs"
    paced_log policy-packs gateway "$gateway/api/pricing/policy-packs"
    paced_log public-listings direct "$credit/public/listings"
    paced_log public-listings gateway "$gateway/api/credit/public/listings"
done

echo
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)   ($(nproc) cores; wrk -t1 -c$CONNECTIONS, ${DURATION}s x $ROUNDS rounds alternating)"
python3 - "$results" "$RATE" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip() and not l.startswith('warmup')]
by = {}
for label, side, rps, p50, p99, bad in rows:
    by.setdefault(label, {}).setdefault(side, []).append((float(rps), float(p50), float(p99), int(bad)))
print(f"{'ENDPOINT':<22} {'direct req/s':>12} {'gw req/s':>10} {'ratio':>6}   {'p50 d/gw ms':>13} {'p99 d/gw ms':>13} {'+p99 ms':>8} {'non-2xx':>8}"
      f"   {'bare req/s':>10} {'bare/d':>6} {'gw/bare':>7}")
for label, sides in by.items():
    d, g, b = sides['direct'], sides['gateway'], sides.get('bare', [])
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    ratio = lambda num, den: statistics.median([n[0] / m[0] for m, n in zip(den, num) if m[0] > 0] or [float("nan")])
    name = label if not label.endswith('-paced') else label.replace('-paced', ' (paced)')
    floor = f"   {med(b,0):>10.0f} {ratio(b, d):>6.2f} {ratio(g, b):>7.2f}" if b else ""
    print(f"{name:<22} {med(d,0):>12.0f} {med(g,0):>10.0f} {ratio(g, d):>6.2f}   "
          f"{med(d,1):>6.2f}/{med(g,1):<6.2f} {med(d,2):>6.2f}/{med(g,2):<6.2f} {med(g,2)-med(d,2):>8.2f} {sum(x[3] for x in d+g+b):>8}{floor}")
print("ratio: median over rounds of gateway/direct in the same round; the paced rows run at a fixed rate below saturation.")
print("bare: YARP's forwarder alone (tests/Gateway.Benchmarks, no DCP proxy in front); bare/d is the most any gateway on")
print("YARP could reach here, gw/bare what the gateway keeps of it.")
PY

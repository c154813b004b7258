#!/usr/bin/env bash
# Unary gRPC calls per second through Grpc.AspNetCore against a bare Kestrel HTTP/2 handler writing the
# same bytes (not a test). tests/Grpc.Benchmarks serves both in one process: credit's contract
# (landplatform.credit.v1.CreditCheck/Check, no I/O: it validates the code and answers "clear") and a
# bare handler replaying the gRPC server's captured answer (same headers, frame and trailers; the program
# refuses to start if they differ). h2load (Debian nghttp2-client) loads each in turn with the same
# connections and streams, ROUNDS times, alternating; the script prints req/s, p50 and p99 latency per
# run, the medians, and the ratio gRPC/bare (goal >= 0.85).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-5}"          # runs per server, alternating
DURATION="${DURATION:-10}"     # measured seconds per run
WARMUP="${WARMUP:-3}"          # seconds of load before each measurement
CONNECTIONS="${CONNECTIONS:-8}"
STREAMS="${STREAMS:-16}"       # concurrent streams per connection

if ! command -v h2load >/dev/null; then
    echo "h2load not found: apt-get install nghttp2-client" >&2
    exit 1
fi

dotnet build tests/Grpc.Benchmarks/Grpc.Benchmarks.csproj -c Release --nologo -v quiet >/dev/null

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
grpc_port="$(free_port)"
bare_port="$(free_port)"
work="$(mktemp -d /tmp/landplatform-bench-grpc.XXXXXX)"
dotnet tests/Grpc.Benchmarks/bin/Release/net10.0/LandPlatform.Grpc.Benchmarks.dll "$grpc_port" "$bare_port" "$work/request.bin" >"$work/server.log" 2>&1 &
server=$!
cleanup() {
    if kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server"
        wait "$server" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
    grep -q '^ready$' "$work/server.log" && break
    if ! kill -0 "$server" 2>/dev/null; then
        echo "the benchmark server exited:" >&2
        cat "$work/server.log" >&2
        exit 1
    fi
    sleep 0.5
done
grep -q '^ready$' "$work/server.log" || { echo "the benchmark server did not start" >&2; cat "$work/server.log" >&2; exit 1; }
grep '^same answer' "$work/server.log"

# One h2load run; prints "req/s p50_us p99_us".
run() {
    local port="$1" log="$work/requests.tsv" out
    rm -f "$log"
    out="$(h2load -t 1 -c "$CONNECTIONS" -m "$STREAMS" -D "$DURATION" --warm-up-time="$WARMUP" \
        -d "$work/request.bin" -H 'content-type: application/grpc' -H 'te: trailers' \
        --log-file="$log" "http://127.0.0.1:$port/landplatform.credit.v1.CreditCheck/Check")"
    local failed rps
    failed="$(sed -n 's/^requests: .* \([0-9]*\) failed, \([0-9]*\) errored.*/\1 \2/p' <<<"$out")"
    if [ "$failed" != "0 0" ] || ! grep -q '^status codes: [0-9]* 2xx, 0 3xx, 0 4xx, 0 5xx' <<<"$out"; then
        echo "h2load saw failures on port $port:" >&2
        echo "$out" >&2
        exit 1
    fi
    rps="$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' <<<"$out")"
    # Column 3 of h2load's log: microseconds from the request's start to the end of its response.
    cut -f3 "$log" | sort -n | awk -v rps="$rps" '{ v[NR] = $1 } END {
        p50 = v[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
        printf "%s %d %d\n", rps, p50, p99 }'
}

div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", a / b }'; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "h2load -c $CONNECTIONS -m $STREAMS, ${WARMUP} s warm-up + ${DURATION} s measured per run, $ROUNDS rounds alternating ($(nproc) cores)"
printf '%-6s %-14s %12s %10s %10s\n' round server 'req/s' 'p50 ms' 'p99 ms'
: >"$work/grpc.txt"
: >"$work/bare.txt"
: >"$work/ratios.txt"
for round in $(seq 1 "$ROUNDS"); do
    for server_name in grpc bare; do
        port="$grpc_port"
        [ "$server_name" = bare ] && port="$bare_port"
        read -r rps p50 p99 < <(run "$port")
        echo "$rps $p50 $p99" >>"$work/$server_name.txt"
        label="Grpc.AspNetCore"
        [ "$server_name" = bare ] && label="bare Kestrel"
        printf '%-6s %-14s %12.0f %10.2f %10.2f\n' "$round" "$label" "$rps" "$(div "$p50" 1000)" "$(div "$p99" 1000)"
        [ "$server_name" = grpc ] && grpc_round_rps="$rps"
    done
    # The two runs of a round are adjacent in time, so their ratio is the least disturbed by other load.
    div "$grpc_round_rps" "$rps" >>"$work/ratios.txt"
    echo >>"$work/ratios.txt"
done

summary() {
    local file="$1"
    echo "$(cut -d' ' -f1 "$file" | median) $(cut -d' ' -f2 "$file" | median) $(cut -d' ' -f3 "$file" | median)"
}
read -r grpc_rps grpc_p50 grpc_p99 < <(summary "$work/grpc.txt")
read -r bare_rps bare_p50 bare_p99 < <(summary "$work/bare.txt")
echo "median of $ROUNDS:"
printf '       %-14s %12.0f %10.2f %10.2f\n' Grpc.AspNetCore "$grpc_rps" "$(div "$grpc_p50" 1000)" "$(div "$grpc_p99" 1000)"
printf '       %-14s %12.0f %10.2f %10.2f\n' 'bare Kestrel' "$bare_rps" "$(div "$bare_p50" 1000)" "$(div "$bare_p99" 1000)"
printf 'gRPC / bare: %.3f of the bare handler'"'"'s calls per second (medians; goal >= 0.85)\n' "$(div "$grpc_rps" "$bare_rps")"
printf 'gRPC / bare per round: %s; median %.3f\n' "$(paste -sd' ' "$work/ratios.txt")" "$(median <"$work/ratios.txt")"

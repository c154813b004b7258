#!/usr/bin/env bash
# Start-up time and idle memory of the platform (not a test): builds Release once, runs the
# AppHost, reads the start-up time it prints and each process's VmRSS at several moments of idleness
# (IDLE_SECONDS, default 15, 60 and 180 s after healthy), then stops it with SIGTERM. Extra
# arguments go to the AppHost (e.g. --health-path /alive).
set -euo pipefail
cd "$(dirname "$0")/.."
# Seconds after the platform is healthy at which to sample each process (space-separated).
IDLE_SECONDS="${IDLE_SECONDS:-15 60 180}"

dotnet build LandPlatform.sln -c Release --nologo -v quiet

log="$(mktemp)"
data="$(mktemp -d /tmp/landplatform-bench.XXXXXX)"
chmod 755 "$data"
dotnet AppHost/bin/Release/net10.0/LandPlatform.AppHost.dll --http-port 0 --data "$data" "$@" >"$log" 2>&1 &
apphost=$!
cleanup() {
    if kill -0 "$apphost" 2>/dev/null; then
        kill -TERM "$apphost"
        wait "$apphost" || true
    fi
    rm -rf "$data" "$log"
}
trap cleanup EXIT

for _ in $(seq 1 180); do
    grep -q '^Platform healthy in' "$log" && break
    if ! kill -0 "$apphost" 2>/dev/null; then
        echo "AppHost exited before the platform was healthy:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    sleep 0.5
done
if ! grep -q '^Platform healthy in' "$log"; then
    echo "platform not healthy after 90 s" >&2
    tail -40 "$log" >&2
    exit 1
fi

startup="$(grep '^Platform healthy in' "$log" | head -1)"
healthy_at=$SECONDS

# resource name and PID per line; the table sits between the RESOURCE header and the "Platform healthy"
# line, PID its last column.
resources="$(sed -n '/^RESOURCE /,/^Platform healthy/p' "$log" | sed '1d;$d' | awk '{print $1, $NF}')"
pid_of() {
    local name="$1" pid
    pid="$(awk -v n="$name" '$1 == n {print $2}' <<<"$resources")"
    if [ "$name" = bus ]; then
        # The broker's memory is in beam.smp, a few levels below the wrapper script whose PID the
        # table shows (sh → su → sh → beam); it inherited this run's RABBITMQ_MNESIA_BASE.
        for beam in $(pgrep -x beam.smp || true); do
            if tr '\0' '\n' <"/proc/$beam/environ" 2>/dev/null | grep -q "^RABBITMQ_MNESIA_BASE=$data/"; then
                pid="$beam"
            fi
        done
    fi
    echo "$pid"
}
kb() { awk -v k="$1:" '$1 == k {print $2}' "$2" 2>/dev/null || echo 0; }
mb() { printf '%.1f' "$(echo "${1:-0} / 1024" | bc -l)"; }

# Idle memory creeps for a few minutes after start-up (first JIT of paths that run later, GC regions,
# malloc arenas), so RSS is sampled several times and the budget applies to the highest sample.
declare -A rss_at
for at in $IDLE_SECONDS; do
    while [ $((SECONDS - healthy_at)) -lt "$at" ]; do sleep 1; done
    while read -r name _; do
        rss_at[$name,$at]="$(kb VmRSS "/proc/$(pid_of "$name")/status")"
    done <<<"$resources"
done

echo
echo "$startup"
echo
# RSS counts every resident page the process maps, including the framework files every .NET process
# maps (counted again in each process); PSS shares such pages among the processes using them, so it is
# what the process itself costs the machine. Both are printed, with the shared-file part of RSS.
printf '%-12s %8s' RESOURCE PID
for at in $IDLE_SECONDS; do printf ' %12s' "RSS@${at}s"; done
printf ' %10s %10s %12s\n' "PSS (MB)" "files (MB)" "max RSS (MB)"
while read -r name _; do
    pid="$(pid_of "$name")"
    printf '%-12s %8s' "$name" "$pid"
    max=0
    for at in $IDLE_SECONDS; do
        value="${rss_at[$name,$at]:-0}"
        [ "$value" -gt "$max" ] && max="$value"
        printf ' %12s' "$(mb "$value")"
    done
    printf ' %10s %10s %12s\n' "$(mb "$(kb Pss "/proc/$pid/smaps_rollup")")" "$(mb "$(kb RssFile "/proc/$pid/status")")" "$(mb "$max")"
done <<<"$resources"

kill -TERM "$apphost"
code=0
wait "$apphost" || code=$?
echo
echo "stopped (AppHost exit code $code)"

#!/usr/bin/env bash
# Start-up time and idle memory of the platform (not a test): builds Release once, runs the
# AppHost, reads the start-up time it prints and each process's VmRSS after ~10 s idle, then
# stops it with SIGTERM. Extra arguments go to the AppHost (e.g. --health-path /alive).
set -euo pipefail
cd "$(dirname "$0")/.."
IDLE_SECONDS="${IDLE_SECONDS:-10}"

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
sleep "$IDLE_SECONDS"

echo
echo "$startup"
echo
# RSS counts every resident page the process maps, including the framework files every .NET process
# maps (counted again in each process); PSS shares such pages among the processes using them, so it is
# what the process itself costs the machine. Both are printed, with the shared-file part of RSS.
printf '%-12s %8s %10s %10s %14s\n' RESOURCE PID "RSS (MB)" "PSS (MB)" "files (MB)"
# The table sits between the RESOURCE header and the "Platform healthy" line; PID is its last column.
sed -n '/^RESOURCE /,/^Platform healthy/p' "$log" | sed '1d;$d' | while read -r name _ rest; do
    pid="${rest##* }"
    if [ "$name" = bus ]; then
        # The broker's memory is in beam.smp, a few levels below the wrapper script whose PID the
        # table shows (sh → su → sh → beam); it inherited this run's RABBITMQ_MNESIA_BASE.
        for beam in $(pgrep -x beam.smp || true); do
            if tr '\0' '\n' <"/proc/$beam/environ" 2>/dev/null | grep -q "^RABBITMQ_MNESIA_BASE=$data/"; then
                pid="$beam"
            fi
        done
    fi
    rss_kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    pss_kb="$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)"
    file_kb="$(awk '/^RssFile:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    printf '%-12s %8s %10.1f %10.1f %14.1f\n' "$name" "$pid" "$(echo "$rss_kb / 1024" | bc -l)" \
        "$(echo "$pss_kb / 1024" | bc -l)" "$(echo "$file_kb / 1024" | bc -l)"
done

kill -TERM "$apphost"
code=0
wait "$apphost" || code=$?
echo
echo "stopped (AppHost exit code $code)"

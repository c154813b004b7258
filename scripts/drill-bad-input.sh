#!/usr/bin/env bash
# The bad-input drill against a running platform, through the gateway (issue 16): every write endpoint of every
# service (listed from the services' own endpoint data sources) gets the drill's fixed-seed malformed bodies with a
# token of the owning bureau from the platform's issuer; prints the status histogram (per status and per kind of
# body) and fails if any answer is not a 4xx problem, a connection dropped, or an audit chain stopped verifying.
#
#   scripts/drill-bad-input.sh                          start the platform (AppHost, free ports, fresh data), drill, stop it
#   scripts/drill-bad-input.sh --url http://host:8080   drill a platform that is already running (its issuer: port + 1,
#                                                       or --issuer <url>); its own rate limits apply (429 answers are problems too)
# BODIES=<n> bodies per endpoint (default 100). The drill needs a private RabbitMQ node for the services it starts
# in-process to list their endpoints (Debian's rabbitmq-server, as the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
url=""; issuer=""
while [ $# -gt 0 ]; do
    case "$1" in
        --url) url="$2"; shift 2 ;;
        --issuer) issuer="$2"; shift 2 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

work="$(mktemp -d /tmp/landplatform-drill.XXXXXX)"
report="$work/histogram.txt"
apphost=""
cleanup() {
    if [ -n "$apphost" ] && kill -0 "$apphost" 2>/dev/null; then
        kill -TERM "$apphost"
        wait "$apphost" || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

dotnet build tests/BadInput.Tests/BadInput.Tests.csproj -c Release --nologo -v quiet
if [ -z "$url" ]; then
    dotnet build AppHost/AppHost.csproj -c Release --nologo -v quiet
    log="$work/apphost.log"
    data="$work/data"; mkdir -p "$data"; chmod 755 "$data"
    # Rate limits stay on; the drill's users and address get write limits that fit it (the AppHost passes the
    # gateway's options on from its environment).
    export Gateway__RateLimit__WritesPerUser="${WRITES_PER_USER:-1000000}"
    export Gateway__RateLimit__WritesPerAddress="${WRITES_PER_ADDRESS:-1000000}"
    dotnet AppHost/bin/Release/net10.0/LandPlatform.AppHost.dll --http-port 0 --data "$data" >"$log" 2>&1 &
    apphost=$!
    for _ in $(seq 1 900); do
        grep -q 'LandPlatform: all [0-9]* resources healthy' "$log" && break
        if ! kill -0 "$apphost" 2>/dev/null; then
            echo "AppHost exited before the platform was healthy:" >&2; tail -40 "$log" >&2; exit 1
        fi
        sleep 0.5
    done
    grep -q 'LandPlatform: all [0-9]* resources healthy' "$log" || { echo "platform not healthy in time" >&2; tail -40 "$log" >&2; exit 1; }
    # The AppHost's block under the healthy line: "  <name>  http://localhost:<port>".
    address() { grep -oE "^ +$1 +http://[^ ]+" "$log" | head -1 | awk '{print $2}' | sed 's#/$##'; }
    url="$(address gateway)"; issuer="$(address identity)"
fi
echo "Drilling $url (issuer ${issuer:-gateway port + 1})…"

status=0
BADINPUT_GATEWAY="$url" BADINPUT_ISSUER="$issuer" BADINPUT_REPORT="$report" BADINPUT_BODIES="${BODIES:-100}" \
    dotnet test tests/BadInput.Tests/BadInput.Tests.csproj -c Release --no-build --nologo \
    --filter "FullyQualifiedName~MalformedInputThroughTheGatewayGetsOnlyProblems" >"$work/test.log" 2>&1 || status=$?
if [ -s "$report" ]; then
    cat "$report"
else
    tail -40 "$work/test.log"
fi
if [ "$status" -ne 0 ]; then
    echo "The drill found answers that are not 4xx problems (above), or could not run." >&2
    exit "$status"
fi
echo "Every answer was a 4xx problem; no connection dropped; every audit chain verifies."

#!/usr/bin/env bash
# Start the whole platform: private RabbitMQ node, five services, gateway (see AppHost/Program.cs).
# Options pass through to the AppHost: --http-port <port>, --data <dir>, --persistent (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v rabbitmq-server >/dev/null 2>&1 && [ ! -x /usr/sbin/rabbitmq-server ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "rabbitmq-server is missing; installing it (apt-get install -y rabbitmq-server)…"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server
        # The package starts a system-wide node; the AppHost runs its own private node per run.
        systemctl stop rabbitmq-server 2>/dev/null || service rabbitmq-server stop 2>/dev/null || true
    else
        echo "rabbitmq-server is missing. Install it, then run this again:" >&2
        echo "    sudo apt-get install -y rabbitmq-server" >&2
        exit 1
    fi
fi

dotnet build LandPlatform.sln -c Release --nologo -v quiet
# exec: the AppHost becomes this process, so Ctrl+C and SIGTERM reach it and it stops everything in order.
exec dotnet AppHost/bin/Release/net10.0/LandPlatform.AppHost.dll "$@"

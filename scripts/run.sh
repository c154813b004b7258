#!/usr/bin/env bash
# Start the whole platform under the .NET Aspire AppHost (AppHost/Program.cs): DCP, the Aspire dashboard, a private
# RabbitMQ node, the development token issuer, five services and the gateway.
# Options pass through to the AppHost: --http-port <port>, --data <dir>, --persistent, --postgres (see --help).
set -euo pipefail
cd "$(dirname "$0")/.."

install_package() {  # <package> <why>
    if [ "$(id -u)" -eq 0 ]; then
        echo "$1 is missing; installing it (apt-get install -y $1) for $2…"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1"
    else
        echo "$1 is missing ($2). Install it, then run this again:" >&2
        echo "    sudo apt-get install -y $1" >&2
        exit 1
    fi
}

# The AppHost runs the node's own script in the foreground (not /usr/sbin/rabbitmq-server, which wraps it in su).
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
    install_package rabbitmq-server "the message bus"
    # The package starts a system-wide node; the AppHost runs its own private node per run.
    systemctl stop rabbitmq-server 2>/dev/null || service rabbitmq-server stop 2>/dev/null || true
fi
if [[ " $* " == *" --postgres "* ]] && [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
    install_package postgresql "the --postgres switch"
fi

# Qualification opinions, contracts and assessment reports print to PDF in headless Chromium; Chinese text needs
# the Noto CJK fonts beside it.
if ! command -v chromium >/dev/null; then
    install_package chromium "printing documents to PDF"
fi
if [ ! -d /usr/share/fonts/opentype/noto ]; then
    install_package fonts-noto-cjk "Chinese text in printed documents"
fi

# The AppHost references every service, so this one build builds the platform.
dotnet build AppHost/AppHost.csproj -c Release --nologo -v quiet
echo "Starting LandPlatform. Open the dashboard with the 'Login to the dashboard at …' link printed below"
echo "(ASPIRE_DASHBOARD_FRONTEND_BROWSERTOKEN=<token> fixes its token). Ctrl+C stops everything."
# exec: the AppHost becomes this process, so Ctrl+C and SIGTERM reach it and it stops DCP, the dashboard,
# the broker and every service.
exec dotnet AppHost/bin/Release/net10.0/LandPlatform.AppHost.dll "$@"

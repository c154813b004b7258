#!/usr/bin/env bash
# Runs every test: builds the solution once, then runs each test project against real parts
# (private RabbitMQ nodes, real Kestrel HTTP/2, SQLite files, Python grpcio).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build LandPlatform.sln -c Release -warnaserror
dotnet test LandPlatform.sln -c Release --no-build --logger "console;verbosity=normal" "$@"

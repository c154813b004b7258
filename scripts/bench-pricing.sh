#!/usr/bin/env bash
# Quotes per second of the Binhai M0 reserve-price computation on one core, against the bare decimal
# arithmetic of the same price in the same run (a benchmark, not a test: it prints figures).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project tests/Pricing.Benchmarks "$@"

#!/usr/bin/env bash
# What the platform's event path costs against bare MassTransit (not a test; issue 15): on a private RabbitMQ node
# (Debian's rabbitmq-server, started like the tests' RabbitMqNode), the same N messages go
#   bare:   MassTransit publish → consume (the consumer counts in memory), and
#   outbox: state row + outbox row in one SaveChanges → the platform's OutboxDispatcher → broker →
#           IdempotentConsumer (inbox row + effect row in one transaction) on the consumer service's SQLite file,
# alternating bare/outbox ROUNDS times in one run with the same prefetch and producers. Prints messages/s per path,
# the ratio outbox/bare (median over rounds), commit-to-effect p50/p99, and lost/doubled effects counted per round
# (exit 1 if any). Each round starts fresh hosts and auto-deleted queues.
#   MESSAGES (2000)  ROUNDS (3)  PREFETCH (16)  PRODUCERS (4)  ONLY (both|bare|outbox)  SKIP_BUILD=1
#   SYNCHRONOUS (FULL, the platform's; NORMAL only to see what the disk sync per commit costs, not a setting to adopt)
set -euo pipefail
cd "$(dirname "$0")/.."
project=tests/Messaging.Benchmarks
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build "$project" -c Release --nologo -v quiet
export LP_RABBITMQ_STARTUP_SECONDS="${LP_RABBITMQ_STARTUP_SECONDS:-300}"  # a loaded machine boots the broker slowly
exec dotnet "$project/bin/Release/net10.0/LandPlatform.Messaging.Benchmarks.dll" \
    --messages="${MESSAGES:-2000}" --rounds="${ROUNDS:-3}" --prefetch="${PREFETCH:-16}" \
    --producers="${PRODUCERS:-4}" --only="${ONLY:-both}" --synchronous="${SYNCHRONOUS:-FULL}"

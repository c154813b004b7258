#!/usr/bin/env bash
# Adds an EF Core migration to one service for both providers it runs on (migrations are provider-specific):
#   scripts/add-migration.sh <admission|pricing|contracts|monitoring|credit> <MigrationName>
# e.g. after adding a property to AdmissionDbContext's model: scripts/add-migration.sh admission AddParcelArea
# This writes services/<Service>/Infrastructure/Migrations/Sqlite/<timestamp>_<Name>.cs and
# .../PostgreSql/<timestamp>_<Name>.cs (plus each provider's model snapshot); review both and commit them.
# The service applies them at start-up. The migration tests (tests/Persistence.Tests) fail while the model
# has changes no migration captures.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ]; then
    echo "usage: $0 <service> <MigrationName>" >&2
    exit 2
fi
service="$(tr '[:lower:]' '[:upper:]' <<<"${1:0:1}")${1:1}"
name="$2"
project="services/$service/$service.csproj"
[ -f "$project" ] || { echo "no such service: $1 ($project)" >&2; exit 2; }

dotnet tool restore >/dev/null
dotnet build "$project" -c Release -warnaserror
for provider in Sqlite:Sqlite Postgres:PostgreSql; do
    context="${provider%%:*}${service}DbContext"
    folder="Infrastructure/Migrations/${provider##*:}"
    dotnet ef migrations add "$name" --project "$project" --configuration Release --no-build \
        --context "$context" --output-dir "$folder"
done

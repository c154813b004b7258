#!/usr/bin/env bash
# Prints a bearer token for one of the development issuer's seeded users (local runs only).
#   ./scripts/token.sh planning.clerk            # issuer at http://127.0.0.1:8081 (the AppHost's default)
#   ./scripts/token.sh enterprise.a http://127.0.0.1:PORT
# Use it as:  curl -H "Authorization: Bearer $(./scripts/token.sh planning.clerk)" http://127.0.0.1:8080/api/...
set -euo pipefail
user="${1:?usage: token.sh <username> [issuer-url]}"
issuer="${2:-http://127.0.0.1:8081}"
curl -sf -d grant_type=password -d "username=$user" -d password=dev "$issuer/connect/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/'

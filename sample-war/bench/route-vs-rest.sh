#!/usr/bin/env bash
# A route against plain Jakarta REST: the same method, returning {"status":"ok"} through JSON-B.
exec "$(dirname "$0")/compare.sh" "${1:-http://localhost:9080}" /api/ping /rest/ping

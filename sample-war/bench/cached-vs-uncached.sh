#!/usr/bin/env bash
# The same catalogue list, force-static (/api/catalogue, from the cache) against uncached (/api/items).
exec "$(dirname "$0")/compare.sh" "${1:-http://localhost:9080}" /api/catalogue /api/items

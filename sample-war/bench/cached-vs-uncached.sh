#!/usr/bin/env bash
# The same 30-day sales report, cached (/api/sales, revalidate = 60) against computed per request
# (/api/sales/live, force-dynamic).
exec "$(dirname "$0")/compare.sh" "${1:-http://localhost:9080}" /api/sales /api/sales/live

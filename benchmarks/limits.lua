-- Each request from another of 1,000 clients, named by X-Forwarded-For (the servers trust loopback as a proxy),
-- so that a per-client limit counts under many keys, as behind a load balancer. Used by benchmarks/limits.sh.
local counter = 0
request = function()
  counter = counter + 1
  local client = counter % 1000
  return wrk.format(nil, nil, {["X-Forwarded-For"] = "203.0." .. math.floor(client / 250) .. "." .. (client % 250)})
end

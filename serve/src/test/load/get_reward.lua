-- wrk script for the reward server's load test (docs/benchmarks.md, "Reward server").
-- usage: wrk -t1 -c8 -d20s --latency -s get_reward.lua http://127.0.0.1:5000/get_reward -- BODY.json
-- BODY.json is a /get_reward body (single.json: one sample, batch18.json: the 18 eval samples).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function init(args)
   local f = assert(io.open(args[1], "rb"), "give the body file after --")
   wrk.body = f:read("*a")
   f:close()
end

function done(summary, latency, requests)
   -- errors.status counts non-2xx answers (400, 413, 422, 503): a clean run has none.
   io.write(string.format("requests %d, errors: connect %d, read %d, write %d, status %d, timeout %d\n",
      summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
      summary.errors.status, summary.errors.timeout))
   io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
end

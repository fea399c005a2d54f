-- wrk script: latency percentiles and error count for GET endpoints.
function done(summary, latency, requests)
  io.write(string.format("non-200: %d\n", summary.errors.status))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end

-- wrk script for benchmarks/load/mock-load.sh: a valid bearer token on every request, and a machine-readable
-- summary line (exact counts and latency percentiles in microseconds) for the script to parse.
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer bench-token"
wrk.headers["Accept"] = "application/json"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_SUMMARY requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d timeout=%d " ..
    "p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50.0), latency:percentile(90.0), latency:percentile(99.0), latency:percentile(99.9),
    latency.max))
end

#!/usr/bin/env node
// The load generator of the serving benchmark, run as its own process so that it does not share a
// core's event loop with the server: autocannon at one concurrency against one URL, the latency of
// every 2xx response kept (autocannon's own histogram rounds to whole milliseconds).
//   node tools/bench/load-client.mjs '{"url":..., "body":..., "connections":16, "seconds":10}'
// Prints one JSON line: { requests, rps, p50Ms, p99Ms, non2xx, errors, timeouts }.
import autocannon from 'autocannon';

const spec = JSON.parse(process.argv[2]);
const latencies = [];

function percentile(sorted, q) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}

const instance = autocannon({
  url: spec.url,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(spec.body),
  connections: spec.connections,
  duration: spec.seconds,
  timeout: 10,
});
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
});
const result = await instance;
latencies.sort((a, b) => a - b);
const ok = latencies.length;
console.log(
  JSON.stringify({
    connections: spec.connections,
    seconds: result.duration,
    requests: ok,
    rps: ok / result.duration,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  }),
);

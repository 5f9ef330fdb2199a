/**
 * Shared by the load benchmarks (load.ts, openbaar.ts): the floor to compare against, and percentiles.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** The p-th percentile of sorted latencies (NaN when there are none). */
export const pct = (sorted: Float64Array, p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

/** The floor: a minimal Node HTTP server in its own process answering a small JSON body. */
export async function startVloer(): Promise<{ url: string; child: ChildProcess }> {
  const code = `require('http').createServer((q, s) => { s.writeHead(200, { 'content-type': 'application/json' }); s.end('{"status":"ok"}'); })
    .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, child };
}

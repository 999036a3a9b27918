// npm run bench [-- --quick | --scale N | --runs N | --out FILE]: installs what is missing, builds
// (the web interface too), then seeds the demo city into a fresh database (embedded FerretDB, or a
// random database on MONGODB_URI) and measures the list endpoint, the bulk import, the BPMN upload and
// the rollout dashboard against their baselines; then opening a large diagram in the modeler against a
// bare bpmn-js in Debian's Chromium (Playwright, packages/modeler/playwright.bench.config.ts, with a
// server of its own) and the web interface's initial JavaScript against its budget; writes
// docs/benchmarks.md (or --out). Exits 0 even when a figure misses its target.
import { ensure, root } from './ensure.mjs';

try {
  ensure();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
await import(`${root}/packages/server/dist/bench/runBenchmarks.js`);

// npm run bench [-- --quick | --scale N | --runs N | --out FILE]: installs what is missing, builds,
// then seeds the demo city into a fresh database (embedded FerretDB, or a random database on
// MONGODB_URI) and measures the list endpoint, the bulk import and the BPMN upload against their
// baselines; writes docs/benchmarks.md. Exits 0 even when a figure misses its target.
import { ensure, root } from './ensure.mjs';

try {
  ensure();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
await import(`${root}/packages/server/dist/bench/runBenchmarks.js`);

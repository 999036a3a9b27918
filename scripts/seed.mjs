// npm run seed -- [--scale N] [--seed S] [--replace]: installs and builds what is missing, then seeds the
// demo city into the database (the embedded one under EFILE_DATA_DIR, default .data/, unless MONGODB_URI
// is set). Refuses a database that holds data unless --replace is given.
import { ensure, root } from './ensure.mjs';

try {
  ensure();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
process.argv.splice(2, process.argv.length - 2, 'seed', ...process.argv.slice(2));
await import(`${root}/packages/server/dist/cli.js`);

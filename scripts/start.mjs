// npm start: installs what is missing, builds, starts the embedded database (unless MONGODB_URI
// is set), seeds the demo city into an empty database and serves the app on http://localhost:8080.
import { ensure, root } from './ensure.mjs';

try {
  ensure();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
process.argv.splice(2, process.argv.length - 2, 'serve', ...process.argv.slice(2));
await import(`${root}/packages/server/dist/cli.js`);

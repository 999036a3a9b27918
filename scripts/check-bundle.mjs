// The UI's bundle budget: the JavaScript a browser loads before the catalogue shows (the entry chunk
// and everything it imports statically) must stay within 200 kB gzipped, and bpmn-js must stay out of
// it (loaded only by the pages that show or edit diagrams). Reads the Vite manifest of packages/modeler/dist.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './ensure.mjs';

const BUDGET_BYTES = 200_000;
const dist = `${root}/packages/modeler/dist`;
const manifestFile = `${dist}/.vite/manifest.json`;

/** The entry chunk and its static imports, each once, in load order. */
export function initialChunks(manifest) {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`Expected one entry in the Vite manifest, found ${entries.length}.`);
  const seen = new Set();
  const chunks = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The Vite manifest names ${key} but does not describe it.`);
    chunks.push({ key, ...chunk });
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entries[0][0]);
  return chunks;
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function main() {
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: build the UI first (npm start or npm test build it).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const chunks = initialChunks(manifest);
  let total = 0;
  for (const chunk of chunks) {
    const gzipped = gzipSync(readFileSync(`${dist}/${chunk.file}`), { level: 9 }).length;
    total += gzipped;
    console.log(`  ${chunk.file.padEnd(44)} ${kB(gzipped).padStart(10)} gzipped`);
  }
  const eager = chunks.filter((chunk) => /bpmn|diagram-js/i.test(`${chunk.key} ${chunk.name ?? ''}`));
  const problems = [];
  if (eager.length > 0) {
    problems.push(
      `bpmn-js must be loaded lazily, but the initial chunks include ${eager.map((c) => c.file).join(', ')}.`,
    );
  }
  if (total > BUDGET_BYTES) {
    problems.push(
      `The initial JavaScript is ${kB(total)} gzipped, over the budget of ${kB(BUDGET_BYTES)}: ` +
        'move what the catalogue does not need behind a lazy import().',
    );
  }
  console.log(`  initial JavaScript of the catalogue: ${kB(total)} gzipped (budget ${kB(BUDGET_BYTES)})`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}

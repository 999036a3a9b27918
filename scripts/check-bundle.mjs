// The UI's bundle budget: the JavaScript a browser loads before the catalogue shows (the entry chunk
// and everything it imports statically) must stay within 200 kB gzipped, and bpmn-js must stay out of
// it (loaded only by the pages that show or edit diagrams). Reads the Vite manifest of packages/modeler/dist.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './ensure.mjs';

const BUDGET_BYTES = 200_000;
const dist = `${root}/packages/modeler/dist`;

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

function gzipped(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The bundle's figures (also read by `npm run bench`): each initial chunk of the catalogue route with
 * its gzipped size, their total, the total of all the build's JavaScript (every chunk, lazy ones too),
 * the budget, and the initial chunks that hold bpmn-js or diagram-js (which must be none).
 */
export function measureBundle(distDir = dist) {
  const file = `${distDir}/.vite/manifest.json`;
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the UI first (npm start or npm test build it).`);
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const chunks = initialChunks(manifest).map((chunk) => ({
    key: chunk.key,
    file: chunk.file,
    name: chunk.name,
    gzippedBytes: gzipped(`${distDir}/${chunk.file}`),
  }));
  const allFiles = [...new Set(Object.values(manifest).map((chunk) => chunk.file))].filter((f) => f.endsWith('.js'));
  return {
    chunks,
    initialGzippedBytes: chunks.reduce((sum, chunk) => sum + chunk.gzippedBytes, 0),
    allJsFiles: allFiles.length,
    allGzippedBytes: allFiles.reduce((sum, f) => sum + gzipped(`${distDir}/${f}`), 0),
    budgetBytes: BUDGET_BYTES,
    eager: chunks.filter((chunk) => /bpmn|diagram-js/i.test(`${chunk.key} ${chunk.name ?? ''}`)).map((c) => c.file),
  };
}

function main() {
  const bundle = measureBundle();
  for (const chunk of bundle.chunks) {
    console.log(`  ${chunk.file.padEnd(44)} ${kB(chunk.gzippedBytes).padStart(10)} gzipped`);
  }
  const problems = [];
  if (bundle.eager.length > 0) {
    problems.push(`bpmn-js must be loaded lazily, but the initial chunks include ${bundle.eager.join(', ')}.`);
  }
  if (bundle.initialGzippedBytes > BUDGET_BYTES) {
    problems.push(
      `The initial JavaScript is ${kB(bundle.initialGzippedBytes)} gzipped, over the budget of ${kB(BUDGET_BYTES)}: ` +
        'move what the catalogue does not need behind a lazy import().',
    );
  }
  console.log(
    `  initial JavaScript of the catalogue: ${kB(bundle.initialGzippedBytes)} gzipped (budget ${kB(BUDGET_BYTES)})`,
  );
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

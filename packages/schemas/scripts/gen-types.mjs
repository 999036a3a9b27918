// Generates TypeScript types from the JSON Schemas (the source of truth) into src/generated/.
// `--check` fails when a generated file is stale instead of writing it.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';

const check = process.argv.includes('--check');
const schemaDir = new URL('../schemas/', import.meta.url);
const outDir = new URL('../src/generated/', import.meta.url);
mkdirSync(outDir, { recursive: true });

const banner =
  '/* Generated from the JSON Schemas in packages/schemas/schemas by scripts/gen-types.mjs. Do not edit. */';
const files = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const stale = [];
const index = [];
for (const file of files) {
  const schema = JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8'));
  const name = schema.title;
  const ts = await compile(schema, name, {
    cwd: schemaDir.pathname,
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const target = new URL(`${name}.ts`, outDir);
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== ts) stale.push(`src/generated/${name}.ts`);
  } else {
    writeFileSync(target, ts);
  }
  index.push(name);
}
const indexTs = `${banner}\n${index.map((n) => `export type { ${n} } from './${n}.js';`).join('\n')}\n`;
const indexTarget = new URL('index.ts', outDir);
if (check) {
  if (!existsSync(indexTarget) || readFileSync(indexTarget, 'utf8') !== indexTs) stale.push('src/generated/index.ts');
} else {
  writeFileSync(indexTarget, indexTs);
}
if (check) {
  if (stale.length) {
    console.error(`Generated types are stale; run "npm run gen": ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`generated types up to date (${files.length} schemas)`);
} else {
  console.log(`generated ${files.length} type files`);
}

/**
 * A Vite plugin that compiles JSON Schemas of @efile/schemas into validation code at build time
 * (Ajv standalone), served as the module `virtual:efile-validators`. The browser thus validates
 * with the very schemas the API validates with, without compiling them at run time: Ajv's run-time
 * compiler needs `eval`, which the app's Content Security Policy (script-src 'self') forbids.
 */
import { createRequire } from 'node:module';
import { schemas, SCHEMA_BASE } from '@efile/schemas';
import type { Plugin } from 'vite';

export const VALIDATORS_MODULE = 'virtual:efile-validators';
const RESOLVED = `\0${VALIDATORS_MODULE}`;

interface AjvInstance {
  addSchema(schema: object): unknown;
}
type AjvConstructor = new (options: object) => AjvInstance;

/** Ajv and its helpers as @efile/schemas has them installed (the same version the API runs). */
function ajvOfSchemasPackage() {
  const fromSchemas = createRequire(createRequire(import.meta.url).resolve('@efile/schemas'));
  const Ajv2020 = (fromSchemas('ajv/dist/2020.js') as { default: AjvConstructor }).default;
  const standalone = (
    fromSchemas('ajv/dist/standalone/index.js') as {
      default: (ajv: AjvInstance, refs: Record<string, string>) => string;
    }
  ).default;
  const addFormats = fromSchemas('ajv-formats') as { default: (ajv: AjvInstance) => AjvInstance };
  return { Ajv2020, standalone, addFormats: addFormats.default, resolve: (id: string) => fromSchemas.resolve(id) };
}

/**
 * Generates an ES module exporting one validate function per entry of `exports`
 * (export name → schema file, e.g. `{ validateProcessUpdate: 'process-update.schema.json' }`).
 */
export function generateValidators(exports: Record<string, string>): string {
  const { Ajv2020, standalone, addFormats, resolve } = ajvOfSchemasPackage();
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true } });
  addFormats(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  for (const file of Object.values(exports)) {
    if (!schemas[file]) throw new Error(`@efile/schemas has no schema ${file}.`);
  }
  const code = standalone(
    ajv,
    Object.fromEntries(Object.entries(exports).map(([name, file]) => [name, SCHEMA_BASE + file])),
  );
  // Ajv's ESM output still require()s its small run-time helpers: turn those into imports.
  const imports: string[] = [];
  const body = code.replace(/require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)\.default/g, (_match, id: string) => {
    const name = `ajvRuntime${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(resolve(id))};`);
    return name;
  });
  if (/\brequire\(/.test(body)) throw new Error('The generated validators still contain require() calls.');
  return `${imports.join('\n')}\n${body}`;
}

/** The plugin: `import { validateProcessUpdate } from 'virtual:efile-validators'`. */
export function schemaValidators(exports: Record<string, string>): Plugin {
  return {
    name: 'efile-schema-validators',
    resolveId(id) {
      return id === VALIDATORS_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      return id === RESOLVED ? generateValidators(exports) : undefined;
    },
  };
}

/**
 * A bare page with a bpmn-js Modeler and only the extension modules a spec asks for (the module
 * specs bootstrap just what they test). The page and its bundle are served by the test through
 * page.route; `bundleForBrowser` builds any entry with Vite into memory.
 */
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Rollup } from 'vite';
import type { Page } from '@playwright/test';
import type { ModuleName } from '../specs/modeler/harness/bpmnHarness';
import type { LintIssue } from '../../src/features/modeler/bpmn/lint/LintIssues';

export interface BrowserFile {
  body: string | Uint8Array;
  contentType: string;
}

const MODELER_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function contentTypeOf(name: string): string {
  if (name.endsWith('.js')) return 'text/javascript';
  if (name.endsWith('.css')) return 'text/css';
  if (name.endsWith('.html')) return 'text/html';
  return 'application/octet-stream';
}

/**
 * Bundles an entry (a file, or a virtual module given by `plugins`) for the browser, in memory:
 * `bundle.js`, the styles, and an `index.html` with `body` that loads them.
 */
export async function bundleForBrowser(
  input: string,
  body: string,
  plugins: InlineConfig['plugins'] = [],
): Promise<Map<string, BrowserFile>> {
  const output = (await build({
    root: MODELER_ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins,
    build: {
      write: false,
      target: 'es2022',
      cssCodeSplit: false,
      rollupOptions: { input, output: { entryFileNames: 'bundle.js', assetFileNames: '[name][extname]' } },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const files = new Map<string, BrowserFile>();
  for (const out of Array.isArray(output) ? output : [output]) {
    for (const item of out.output) {
      files.set(item.fileName, {
        body: item.type === 'chunk' ? item.code : item.source,
        contentType: contentTypeOf(item.fileName),
      });
    }
  }
  const styles = [...files.keys()].filter((name) => name.endsWith('.css'));
  files.set('index.html', {
    contentType: 'text/html',
    body: `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bpmn-js</title>${styles
      .map((name) => `<link rel="stylesheet" href="${name}">`)
      .join('')}</head><body>${body}<script type="module" src="bundle.js"></script></body></html>`,
  });
  return files;
}

/** Serves the files under `origin` for the page (no server involved). */
export async function serveFiles(page: Page, origin: string, files: Map<string, BrowserFile>): Promise<void> {
  await page.route(`${origin}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1) || 'index.html';
    const file = files.get(name);
    return file
      ? route.fulfill({ contentType: file.contentType, body: Buffer.from(file.body) })
      : route.fulfill({ status: 404 });
  });
}

const ORIGIN = 'http://bpmn-harness.test';
let bundle: Promise<Map<string, BrowserFile>> | undefined;

export class BpmnHarnessPage {
  constructor(readonly page: Page) {}

  /** Loads the harness page (bundled once per worker). */
  async load(): Promise<void> {
    bundle ??= bundleForBrowser(
      fileURLToPath(new URL('../specs/modeler/harness/bpmnHarness.ts', import.meta.url)),
      '<div id="canvas" style="width:1200px;height:700px"></div><div id="properties"></div>',
    );
    await serveFiles(this.page, ORIGIN, await bundle);
    await this.page.goto(`${ORIGIN}/index.html`);
    await this.page.locator('body[data-ready="true"]').waitFor();
  }

  /** Bootstraps a modeler with only these modules and imports the XML; answers the import warnings. */
  open(modules: ModuleName[], xml: string): Promise<string[]> {
    return this.page.evaluate(({ modules, xml }) => window.harness.open(modules, xml), { modules, xml });
  }

  saveXML(): Promise<string> {
    return this.page.evaluate(() => window.harness.saveXML());
  }

  lintIssues(): Promise<LintIssue[]> {
    return this.page.evaluate(() => window.harness.lintIssues());
  }

  update(elementId: string, properties: Record<string, unknown>): Promise<void> {
    return this.page.evaluate(({ elementId, properties }) => window.harness.update(elementId, properties), {
      elementId,
      properties,
    });
  }

  flows(elementId: string): Promise<{ incoming: number; outgoing: number }> {
    return this.page.evaluate((id) => window.harness.flows(id), elementId);
  }

  viewbox(): Promise<{ x: number; y: number; width: number; height: number; scale: number }> {
    return this.page.evaluate(() => window.harness.viewbox());
  }

  fitDrawn(): Promise<{ x: number; y: number; width: number; height: number; scale: number }> {
    return this.page.evaluate(() => window.harness.fitDrawn());
  }

  fittedOnImport(): Promise<boolean> {
    return this.page.evaluate(() => window.harness.fittedOnImport());
  }

  translate(template: string, replacements?: Record<string, string>): Promise<string> {
    return this.page.evaluate(({ template, replacements }) => window.harness.translate(template, replacements), {
      template,
      replacements,
    });
  }
}

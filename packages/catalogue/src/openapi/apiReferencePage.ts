/**
 * A readable, self-contained API reference page rendered from the OpenAPI document
 * (no scripts, no external assets: it works offline and under a strict CSP).
 */

type Json = Record<string, unknown>;

function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function schemaLabel(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return '';
  const s = schema as Json;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '').replace('/$defs/', '.');
    const anchor = `schema-${slug(s.$ref.replace('#/components/schemas/', '').split('/')[0] ?? '')}`;
    return `<a href="#${anchor}">${esc(name)}</a>`;
  }
  if (Array.isArray(s.oneOf)) return s.oneOf.map(schemaLabel).join(' | ');
  if (s.type === 'array') return `${schemaLabel(s.items)}[]`;
  const type = Array.isArray(s.type) ? s.type.join(' | ') : String(s.type ?? 'object');
  const details = [
    s.enum ? `one of ${(s.enum as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : '',
    s.pattern ? `pattern ${String(s.pattern)}` : '',
    s.format ? `format ${String(s.format)}` : '',
    s.maximum !== undefined ? `max ${String(s.maximum)}` : '',
  ].filter(Boolean);
  return esc(details.length ? `${type} (${details.join('; ')})` : type);
}

function propertiesTable(schema: Json): string {
  const props = (schema.properties as Json | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  if (Object.keys(props).length === 0) return '';
  const rows = Object.entries(props)
    .map(([name, p]) => {
      const prop = p as Json;
      return `<tr><th scope="row"><code>${esc(name)}</code></th><td>${schemaLabel(prop)}</td><td>${required.has(name) ? 'yes' : ''}</td><td>${esc(prop.description ?? '')}</td></tr>`;
    })
    .join('');
  return `<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The reference page for an OpenAPI document. */
export function apiReferencePage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      const tag = ((op.tags as string[] | undefined) ?? ['Other'])[0]!;
      const params = ((op.parameters as Json[] | undefined) ?? [])
        .map(
          (p) =>
            `<tr><th scope="row"><code>${esc(p.name)}</code></th><td>${esc(p.in)}</td><td>${schemaLabel(p.schema)}</td><td>${p.required ? 'yes' : ''}</td><td>${esc(p.description ?? '')}</td></tr>`,
        )
        .join('');
      const body = op.requestBody as Json | undefined;
      const bodyHtml = body
        ? `<p><strong>Body:</strong> ${Object.entries(body.content as Json)
            .map(([type, c]) => `<code>${esc(type)}</code> ${schemaLabel((c as Json).schema)}`)
            .join('; ')}</p>`
        : '';
      const responses = Object.entries(op.responses as Json)
        .map(([status, r]) => {
          const resp = r as Json;
          const content = resp.content
            ? Object.entries(resp.content as Json)
                .map(([type, c]) => `<code>${esc(type)}</code> ${schemaLabel((c as Json).schema)}`)
                .join('; ')
            : '';
          return `<tr><th scope="row">${esc(status)}</th><td>${esc(resp.description)}</td><td>${content}</td></tr>`;
        })
        .join('');
      const html = `<section class="op" id="${esc(op.operationId)}" aria-labelledby="${esc(op.operationId)}-h">
<h3 id="${esc(op.operationId)}-h"><span class="method">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}
${params ? `<table><caption>Parameters</caption><thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead><tbody>${params}</tbody></table>` : ''}
${bodyHtml}
<table><caption>Responses</caption><thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Body</th></tr></thead><tbody>${responses}</tbody></table>
</section>`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const schemasHtml = Object.entries(((doc.components as Json).schemas as Json) ?? {})
    .map(([name, s]) => {
      const schema = s as Json;
      const defs = Object.entries((schema.$defs as Json | undefined) ?? {})
        .map(
          ([def, d]) =>
            `<h4>${esc(name)}.${esc(def)}</h4><p>${esc((d as Json).description ?? '')}</p><p>${schemaLabel(d)}</p>${propertiesTable(d as Json)}`,
        )
        .join('');
      return `<section id="schema-${slug(name)}" aria-labelledby="schema-${slug(name)}-h"><h3 id="schema-${slug(name)}-h">${esc(name)}</h3><p>${esc(schema.description ?? '')}</p>${propertiesTable(schema)}${defs}</section>`;
    })
    .join('');
  const nav = [...byTag.keys()].map((t) => `<li><a href="#tag-${slug(t)}">${esc(t)}</a></li>`).join('');
  const sections = [...byTag.entries()]
    .map(
      ([tag, ops]) =>
        `<section id="tag-${slug(tag)}" aria-labelledby="tag-${slug(tag)}-h"><h2 id="tag-${slug(tag)}-h">${esc(tag)}</h2>${ops.join('')}</section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(info.title)} ${esc(info.version)} – API reference</title>
<style>
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;line-height:1.5;color:#1a1a1a}
code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2em}
table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}
.op{border-top:1px solid #ccc;padding-top:.5rem}
.method{display:inline-block;min-width:4.5rem;font-family:ui-monospace,monospace;color:#fff;background:#1f4e79;padding:0 .4rem;border-radius:3px}
a{color:#0b4f8a}
</style>
</head>
<body>
<header><h1>${esc(info.title)} <small>${esc(info.version)}</small></h1><p>${esc(info.description)}</p>
<p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p></header>
<nav aria-label="Contents"><ul>${nav}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>${sections}<section id="schemas" aria-labelledby="schemas-h"><h2 id="schemas-h">Schemas</h2>${schemasHtml}</section></main>
</body>
</html>`;
}

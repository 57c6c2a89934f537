// Checks openapi.yaml (repository root) against the server:
//   1. the document is valid OpenAPI 3.1 (@seriousme/openapi-schema-validator);
//   2. its operations are exactly the routes `<icity> routes` prints (method + path,
//      path parameter names ignored);
//   3. every {param} in a path is declared as a path parameter.
// Usage: node tests/openapi/check.mjs <path-to-icity>   (any working directory)
// OPENAPI_FILE=<file> checks another document instead (used to test this check).
// Prints a one-line summary; exits 0 when all holds, 1 otherwise.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Validator } from '@seriousme/openapi-schema-validator';
import YAML from 'yaml';

const here = path.dirname(fileURLToPath(import.meta.url));
const documentPath = path.resolve(process.env.OPENAPI_FILE || path.join(here, '..', '..', 'openapi.yaml'));
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function fail(lines, summary) {
  for (const line of lines) console.error(line);
  console.error(`openapi check FAILED: ${summary}`);
  process.exit(1);
}

// "/api/organisations/{org_id}" and "/api/organisations/:id" → "/api/organisations/{}".
function normalisePath(p) {
  return p
    .split('/')
    .map((s) => (/^\{[^{}]+\}$/.test(s) || /^:[^/]+$/.test(s) ? '{}' : s))
    .join('/');
}

const key = (method, p) => `${method.toUpperCase()} ${normalisePath(p)}`;

const icity = process.argv[2];
if (!icity) fail(['usage: node check.mjs <path-to-icity-binary>'], 'no icity binary given');

// 1. Parse and validate the document.
let text;
try {
  text = readFileSync(documentPath, 'utf8');
} catch (e) {
  fail([e.message], `cannot read ${documentPath}`);
}
const parsed = YAML.parseDocument(text, { prettyErrors: true });
if (parsed.errors.length > 0) {
  fail(parsed.errors.map((e) => e.message), `${documentPath} is not valid YAML`);
}
const doc = parsed.toJS();
if (doc?.openapi?.startsWith?.('3.1') !== true) {
  fail([`openapi: ${doc?.openapi}`], `${documentPath} does not declare OpenAPI 3.1`);
}
const validator = new Validator();
const result = await validator.validate(structuredClone(doc));
if (!result.valid) {
  const errors = Array.isArray(result.errors) ? result.errors : [result.errors];
  fail(
    errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))),
    `${documentPath} is not a valid OpenAPI ${validator.version ?? '3.1'} document (${errors.length} error(s))`,
  );
}

// 2. Operations in the document.
const documented = new Map(); // normalised key → "METHOD /path" as written
const problems = [];
const resolveParameter = (p) => {
  const ref = p?.$ref;
  if (typeof ref !== 'string') return p;
  const m = /^#\/components\/parameters\/(.+)$/.exec(ref);
  return m ? doc.components?.parameters?.[m[1]] : undefined;
};
for (const [p, item] of Object.entries(doc.paths ?? {})) {
  const names = [...p.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
  for (const method of Object.keys(item ?? {})) {
    if (!METHODS.includes(method)) continue; // parameters, summary, description, servers, ...
    const k = key(method, p);
    if (documented.has(k)) problems.push(`operation documented twice: ${documented.get(k)} and ${method.toUpperCase()} ${p}`);
    documented.set(k, `${method.toUpperCase()} ${p}`);
    // 3. Each path template variable is declared (path item or operation level).
    const declared = [...(item.parameters ?? []), ...(item[method].parameters ?? [])]
      .map(resolveParameter)
      .filter((x) => x?.in === 'path')
      .map((x) => x.name);
    for (const name of names) {
      if (!declared.includes(name)) problems.push(`${method.toUpperCase()} ${p}: path parameter {${name}} is not declared`);
    }
  }
}

// The routes the server registers.
let output;
try {
  output = execFileSync(path.resolve(icity), ['routes'], { encoding: 'utf8', timeout: 60_000 });
} catch (e) {
  fail([e.message], `\`${icity} routes\` failed`);
}
const routed = new Map();
for (const line of output.split('\n').map((l) => l.trim()).filter(Boolean)) {
  const m = /^([A-Za-z]+)\s+(\/\S*)$/.exec(line);
  if (!m) {
    problems.push(`cannot read route line: ${JSON.stringify(line)}`);
    continue;
  }
  routed.set(key(m[1], m[2]), `${m[1].toUpperCase()} ${m[2]}`);
}
if (routed.size === 0) problems.push(`\`${icity} routes\` printed no routes`);

const undocumented = [...routed.keys()].filter((k) => !documented.has(k)).sort();
const unrouted = [...documented.keys()].filter((k) => !routed.has(k)).sort();
for (const k of undocumented) problems.push(`in the router but not in the document: ${routed.get(k)}`);
for (const k of unrouted) problems.push(`in the document but not in the router: ${documented.get(k)}`);

const relative = path.relative(process.cwd(), documentPath);
const where = relative && !relative.startsWith('..') ? relative : documentPath;
if (problems.length > 0) {
  fail(
    problems,
    `${where}: ${undocumented.length} route(s) undocumented, ${unrouted.length} operation(s) not routed, ` +
      `${problems.length} problem(s) in all (${routed.size} routes, ${documented.size} operations)`,
  );
}
console.log(`openapi check OK: ${where} is valid OpenAPI ${doc.openapi}; its ${documented.size} operations match the ${routed.size} routes of ${icity}`);

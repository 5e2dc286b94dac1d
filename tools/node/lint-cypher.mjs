// Lints Cypher statements with Neo4j's own linter (@neo4j-cypher/language-support, lintCypherQuery).
//
// stdin: JSON {"statements": [{"name": "...", "query": "...", "parameters": {"rows": []}}],
//              "schema": {"labels": [...], "relationshipTypes": [...]}}
//   (a bare list of strings is accepted too). "parameters" names the $parameters a statement may use:
//   the linter reports any other $name as an error. "schema" (optional) lets it warn on unknown
//   labels and relationship types.
// stdout: JSON [{"name": "...", "errors": n, "diagnostics": [{"severity": "error"|"warning"|...,
//   "message": "...", "line": 1-based, "column": 1-based, "text": "..."}]}]
// Exit code 0 when every statement lints without errors, 1 otherwise, 2 on bad input.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function lintOne(statement, schema) {
  const dbSchema = { ...schema, parameters: statement.parameters ?? {} };
  const { diagnostics } = lintCypherQuery(statement.query, dbSchema, { consoleCommandsEnabled: false });
  const out = diagnostics.map((d) => ({
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    text: statement.query.slice(d.offsets?.start ?? 0, d.offsets?.end ?? 0),
  }));
  return { name: statement.name, errors: out.filter((d) => d.severity === 'error').length, diagnostics: out };
}

let input;
try {
  input = JSON.parse(await readStdin());
} catch (err) {
  process.stderr.write(`lint-cypher: stdin is not JSON: ${err.message}\n`);
  process.exit(2);
}
const raw = Array.isArray(input) ? input : input.statements ?? [];
const statements = raw.map((s, i) => (typeof s === 'string' ? { name: `statement ${i + 1}`, query: s } : s));
const schema = Array.isArray(input) ? {} : input.schema ?? {};
const results = statements.map((s) => lintOne(s, schema));
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
process.exit(results.some((r) => r.errors > 0) ? 1 : 0);

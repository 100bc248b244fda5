// Expands a JSON-LD file with the `jsonld` processor and prints {"expanded": …, "nquads": "…"} on stdout.
// Used by ExportJsonLdTests. Offline by design: the document loader refuses every load, so the export must
// carry its whole context inline (a remote context would make expansion fail here, and for offline users).
import { readFile } from 'node:fs/promises';
import jsonld from 'jsonld';

const path = process.argv[2];
if (!path) {
  console.error('usage: node expand.mjs FILE.jsonld');
  process.exit(2);
}

const documentLoader = async (url) => {
  throw new Error(`refusing to load ${url}: the export must not need a remote document`);
};

try {
  const input = JSON.parse(await readFile(path, 'utf8'));
  const options = { documentLoader, safe: true };
  const expanded = await jsonld.expand(input, options);
  const nquads = await jsonld.toRDF(input, { ...options, format: 'application/n-quads' });
  process.stdout.write(JSON.stringify({ expanded, nquads }));
} catch (error) {
  console.error(`jsonld: ${error.message}${error.details ? ' ' + JSON.stringify(error.details) : ''}`);
  process.exit(1);
}

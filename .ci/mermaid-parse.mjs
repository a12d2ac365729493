// Parses Mermaid files with Mermaid's own parser, headless: exit 0 when every file parses,
// 1 with the parser's message otherwise. Used by the test suite: node .ci/mermaid-parse.mjs FILE...
import { readFileSync } from 'node:fs';
import DOMPurify from 'dompurify';

// Without a browser DOM, DOMPurify has no methods; parsing never renders HTML, so stand-ins do.
DOMPurify.addHook ??= () => {};
DOMPurify.sanitize ??= (s) => s;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const result = await mermaid.parse(readFileSync(file, 'utf8'));
    console.log(`${file}: ok (${result.diagramType})`);
  } catch (e) {
    console.error(`${file}: ${String(e.message ?? e).split('\n').join(' | ')}`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);

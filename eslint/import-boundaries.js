// Import rules that need the imported file's real place, not the text of its specifier: a console
// named like a domain (src/consoles/starwind, src/domain/starwind) cannot be told apart by a
// pattern on '../starwind/x'. Each rule resolves relative specifiers against the importing file.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The importing file and the imported module, both relative to the repository, with '/' separators. */
function resolved(context, specifier) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return null;
  const file = path.resolve(context.cwd ?? ROOT, context.filename);
  const target = path.resolve(path.dirname(file), specifier);
  const rel = (absolute) => path.relative(ROOT, absolute).split(path.sep).join('/');
  return { from: rel(file), to: rel(target) };
}

/** Calls `check(node, specifier)` for every import, re-export, dynamic import and require. */
function onEachImport(check) {
  const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node.value : null);
  return {
    ImportDeclaration: (node) => check(node, literal(node.source)),
    ExportNamedDeclaration: (node) => node.source && check(node, literal(node.source)),
    ExportAllDeclaration: (node) => check(node, literal(node.source)),
    ImportExpression: (node) => check(node, literal(node.source)),
    'CallExpression[callee.name="require"]': (node) => check(node, literal(node.arguments[0])),
  };
}

const ENGINE = 'src/engine';
const ENGINE_ENTRY = /^src\/engine(\/index(\.ts)?)?$/;

/** Outside src/engine, the engine is reached only through src/engine/index.ts, `import type` too. */
const engineEntry = {
  meta: {
    type: 'problem',
    docs: { description: 'Only src/engine/index.ts is imported from outside the engine.' },
    schema: [],
    messages: { internal: 'Import the engine through src/engine/index.ts, not {{target}}: its internals may move.' },
  },
  create(context) {
    return onEachImport((node, specifier) => {
      const paths = resolved(context, specifier);
      if (!paths || paths.from.startsWith(`${ENGINE}/`)) return;
      if (paths.to.startsWith(`${ENGINE}/`) && !ENGINE_ENTRY.test(paths.to)) {
        context.report({ node, messageId: 'internal', data: { target: paths.to } });
      }
    });
  },
};

const CONSOLE = /^src\/consoles\/([^/]+)\//;

/** src/consoles/<a> never imports src/consoles/<b>: consoles meet only through the shell's registry. */
const consoleIsolation = {
  meta: {
    type: 'problem',
    docs: { description: 'A console never imports another console.' },
    schema: [],
    messages: { other: 'The {{from}} console imports the {{to}} console: share it through src/shell, src/ui or src/domain instead.' },
  },
  create(context) {
    return onEachImport((node, specifier) => {
      const paths = resolved(context, specifier);
      const from = paths && CONSOLE.exec(`${paths.from}`)?.[1];
      const to = paths && CONSOLE.exec(`${paths.to}/`)?.[1];
      if (from && to && from !== to) context.report({ node, messageId: 'other', data: { from, to } });
    });
  },
};

export default {
  meta: { name: 'ha-lab-import-boundaries' },
  rules: { 'engine-entry': engineEntry, 'console-isolation': consoleIsolation },
};

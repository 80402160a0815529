// What component tests under jsdom need and jsdom lacks: CSS.escape (react-aria reads a CSP
// nonce through a selector built with it). Imported first by each `*.test.tsx`.
if (typeof globalThis.CSS === 'undefined') (globalThis as { CSS?: unknown }).CSS = {};
const css = globalThis.CSS as { escape?: (value: string) => string };
// Enough of CSSOM's identifier escaping for attribute selectors: every character that is not a
// letter, digit, '-' or '_' is escaped with a backslash.
css.escape ??= (value: string) => value.replace(/[^\w-]/g, (match) => `\\${match}`);

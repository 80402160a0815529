// The engine's entry: the only module the host imports.
export { createLab, restoreLab } from './lab';
export { validateSnapshot } from './snapshot-check';
export type * from './types';

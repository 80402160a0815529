// The engine's entry: the only module the host imports.
export { createLab, restoreLab } from './lab';
export { validateSnapshot, type SnapshotProblem } from './snapshot-check';
export { migrateSnapshot } from './migrations';
export type * from './types';

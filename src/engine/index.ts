// The engine's entry: the only module the host imports.
export { createLab, restoreLab, DomainSet, snapshotWithoutEvents, heldEventsAfter } from './lab';
export { validateSnapshot, type SnapshotProblem } from './snapshot-check';
export { migrateSnapshot } from './migrations';
export { paramsOfEarlierBuild } from './params';
export type * from './types';
// For a domain that exists only in a test (tests/integration): the registry, how a domain is
// declared, and the context a test inspects. The app never registers domains at run time.
export { DOMAINS } from './domains';
export { accept, defineEngineDomain, reject, type CommandTable, type DomainModule } from './decision';
export { labContextOf } from './lab';
export type { LabContext } from './context';

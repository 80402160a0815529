// Saved validation parts from older builds.
//   0 → 1: a lab saved before this domain has no validation run.
import type { Migration } from '../../decision';

export const validationMigrations: readonly Migration[] = [{ from: 0, migrate: (snapshot) => void (snapshot.entities.clusterValidations = []) }];

// Live migration settings as the dialog edits them: the cluster networks in the order live
// migration tries them (a cleared box leaves a network out), and the lab's settings (downtime
// target, TCP timeout, switch-over time, simultaneous live migrations from 2012). The ranges are
// the domain's facts; the lab checks again (`?validate=only`) before the change.
import type { Cluster } from '../../domain/cluster';
import {
  DOWNTIME_TARGET_MAX_MS,
  DOWNTIME_TARGET_MIN_MS,
  SIMULTANEOUS_LIVE_MIGRATIONS_MAX,
  SWITCH_OVER_MAX_MS,
  TCP_TIMEOUT_MAX_MS,
  TCP_TIMEOUT_MIN_MS,
  type MigrationSettingsRequest,
  type MigrationSettingsView,
} from '../../domain/migration';
import type { CheckedEntry } from '../../ui/ordered-check-list';
import { MIGRATION_SETTINGS } from './labels';

export interface MigrationSettingsValues {
  networks: CheckedEntry[];
  downtimeTargetMs: number;
  tcpTimeoutMs: number;
  switchOverMs: number;
  simultaneousLiveMigrations: number;
}
export type MigrationSettingsField = keyof MigrationSettingsValues;

/** The networks of the order first (checked, in order), then the cluster's others (cleared). */
export function initialMigrationSettings(cluster: Cluster, view: MigrationSettingsView): MigrationSettingsValues {
  const ordered = view.networkOrder.filter((name) => cluster.networks.some((network) => network.name === name));
  const others = cluster.networks.map((network) => network.name).filter((name) => !ordered.includes(name));
  return {
    networks: [...ordered.map((name) => ({ name, checked: true })), ...others.map((name) => ({ name, checked: false }))],
    downtimeTargetMs: view.downtimeTargetMs,
    tcpTimeoutMs: view.tcpTimeoutMs,
    switchOverMs: view.switchOverMs,
    simultaneousLiveMigrations: view.simultaneousLiveMigrations,
  };
}

export function migrationSettingsBody(view: MigrationSettingsView, values: MigrationSettingsValues): MigrationSettingsRequest {
  return {
    networkOrder: values.networks.filter((entry) => entry.checked).map((entry) => entry.name),
    downtimeTargetMs: values.downtimeTargetMs,
    tcpTimeoutMs: values.tcpTimeoutMs,
    switchOverMs: values.switchOverMs,
    ...(view.simultaneousConfigurable ? { simultaneousLiveMigrations: values.simultaneousLiveMigrations } : {}),
  };
}

const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** Each field that breaks a rule, with the message naming the field and the rule. */
export function migrationSettingsProblems(values: MigrationSettingsValues): Partial<Record<MigrationSettingsField, string>> {
  const problems: Partial<Record<MigrationSettingsField, string>> = {};
  if (!values.networks.some((entry) => entry.checked)) problems.networks = MIGRATION_SETTINGS.noNetwork;
  if (!whole(values.downtimeTargetMs, DOWNTIME_TARGET_MIN_MS, DOWNTIME_TARGET_MAX_MS)) problems.downtimeTargetMs = MIGRATION_SETTINGS.range(MIGRATION_SETTINGS.downtimeTarget, DOWNTIME_TARGET_MIN_MS, DOWNTIME_TARGET_MAX_MS);
  if (!whole(values.tcpTimeoutMs, TCP_TIMEOUT_MIN_MS, TCP_TIMEOUT_MAX_MS)) problems.tcpTimeoutMs = MIGRATION_SETTINGS.range(MIGRATION_SETTINGS.tcpTimeout, TCP_TIMEOUT_MIN_MS, TCP_TIMEOUT_MAX_MS);
  if (!whole(values.switchOverMs, 0, SWITCH_OVER_MAX_MS)) problems.switchOverMs = MIGRATION_SETTINGS.range(MIGRATION_SETTINGS.switchOver, 0, SWITCH_OVER_MAX_MS);
  if (!whole(values.simultaneousLiveMigrations, 1, SIMULTANEOUS_LIVE_MIGRATIONS_MAX)) problems.simultaneousLiveMigrations = MIGRATION_SETTINGS.range(MIGRATION_SETTINGS.simultaneous, 1, SIMULTANEOUS_LIVE_MIGRATIONS_MAX);
  return problems;
}

/** The field a lab error's path lands on ("networkOrder.1" → networks). */
export function settingsFieldOfPath(path: string): MigrationSettingsField | undefined {
  const head = path.split('.')[0];
  if (head === 'networkOrder') return 'networks';
  return head === 'downtimeTargetMs' || head === 'tcpTimeoutMs' || head === 'switchOverMs' || head === 'simultaneousLiveMigrations' ? head : undefined;
}

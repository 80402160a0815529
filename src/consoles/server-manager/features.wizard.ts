// The four Server Manager wizards of Windows Server 2008 R2 (Add Roles, Add Features, Remove
// Roles, Remove Features) as one definition per kind: [Before You Begin (roles only)], the check
// list, Confirmation, Progress, Results. Install and remove are instant in the lab (no job), so
// Progress reports completion; Results says which entries wait for the restart.
import { catalogueEntry, FEATURE_CATALOGUE, featureStateOf, type ServerFeatures } from '../../domain/features';
import { createWizardKit, type WizardDef } from '../../wizard/model';
import { BEFORE_YOU_BEGIN, COLUMNS, STATE_LABELS, WIZARD_WORDS, type WizardWords } from './labels';

export type FeaturesWizardValues = { features: readonly string[] };

export interface FeaturesWizardContext {
  /** The server the wizard runs on. */
  host: string;
  /** Its roles and features as the mirror holds them when the wizard opens. */
  server: ServerFeatures | undefined;
}

import { isInstallWizard, kindOfWizard, type FeaturesWizardId } from './wizard-kinds';

export { isInstallWizard, kindOfWizard, type FeaturesWizardId };

const k = createWizardKit<FeaturesWizardValues, FeaturesWizardContext>();


const namesOf = (ids: readonly string[]) => ids.map((id) => catalogueEntry(id)?.name ?? id);

/** Results: each chosen entry with its outcome (the restart message for those that wait for it). */
export function resultsText(words: WizardWords, ids: readonly string[], host: string): string {
  const lines = [`${words.title}: ${host}`, words.resultsDescription, ''];
  for (const id of ids) {
    const entry = catalogueEntry(id);
    lines.push(entry?.name ?? id, `    ${entry?.restartRequired ? words.restartPending : words.succeeded}`);
  }
  return lines.join('\n');
}

export function needsRestart(ids: readonly string[]): boolean {
  return ids.some((id) => catalogueEntry(id)?.restartRequired === true);
}

function beforeYouBegin(install: boolean) {
  const paragraphs = install ? BEFORE_YOU_BEGIN.install : BEFORE_YOU_BEGIN.remove;
  return k.form(
    'before',
    BEFORE_YOU_BEGIN.title,
    paragraphs.map((text, index) => k.staticText(`intro${index}`, { label: '', text })),
  );
}

const wizards = new Map<FeaturesWizardId, WizardDef<FeaturesWizardValues, FeaturesWizardContext>>();

export function featuresWizard(id: FeaturesWizardId): WizardDef<FeaturesWizardValues, FeaturesWizardContext> {
  const built = wizards.get(id);
  if (built) return built;
  const words = WIZARD_WORDS[id];
  const kind = kindOfWizard(id);
  const install = isInstallWizard(id);
  const entries = FEATURE_CATALOGUE.filter((entry) => entry.kind === kind);
  const wizard = k.wizard(`server-manager-${id}`, words.title, [
    ...(kind === 'role' ? [beforeYouBegin(install)] : []),
    k.form(
      'select',
      words.selectTitle,
      [
        k.table('features', {
          label: words.selectLabel,
          selection: 'multiple',
          minSelected: 1,
          columns: [
            { id: 'name', label: COLUMNS.name },
            { id: 'status', label: COLUMNS.status },
            { id: 'restart', label: COLUMNS.restart },
          ],
          // Installing lists every entry of the kind (those already there greyed, as the check
          // list shows them); removing lists what is installed.
          rows: (_v, ctx) =>
            entries
              .map((entry) => ({ entry, state: ctx.server ? featureStateOf(ctx.server, entry.id) : 'available' }))
              .filter(({ state }) => install || state !== 'available')
              .map(({ entry, state }) => ({
                id: entry.id,
                cells: { name: entry.name, status: STATE_LABELS[state], restart: entry.restartRequired ? 'Yes' : 'No' },
                unavailable: (install ? state !== 'available' : state !== 'installed') ? STATE_LABELS[state] : undefined,
              })),
          explanation: (v) => (v.features.length === 1 ? (catalogueEntry(v.features[0]!)?.description ?? '') : ''),
          summary: (ids) => namesOf(ids).join(', '),
        }),
      ],
      { description: words.selectDescription },
    ),
    k.summary('confirm', words.confirmTitle, {
      description: (v) => (needsRestart(v.features) ? `${words.confirmDescription} This server might need to be restarted after the ${install ? 'installation' : 'removal'} completes.` : words.confirmDescription),
      submitLabel: words.submit,
    }),
    k.progress('progress', words.progressTitle, { description: (v) => `${words.progressDescription} ${namesOf(v.features).join(', ')}` }),
    k.report('results', words.resultsTitle, {
      description: (v) => (needsRestart(v.features) ? words.restartPending : words.resultsDescription),
      report: { fileName: words.reportFile, text: (v, ctx) => resultsText(words, v.features, ctx.host) },
    }),
  ]);
  wizards.set(id, wizard);
  return wizard;
}

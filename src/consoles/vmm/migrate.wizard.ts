// The Migrate Virtual Machine Wizard (VMM 2008 R2): Select Virtual Machine (the selected machine,
// prefilled), Select Host (every other node of its cluster with its rating and the Rating
// Explanation from the lab, GET …/host-ratings, and the transfer type: Live or Quick), Summary →
// Move. Next asks the lab (POST …/roles/{role}/move?validate=only); Move starts the migration, which
// the Jobs view follows.
import { RATING_STARS_MAX, type HostRating, type HostRatingsAnswer, type MigrationType } from '../../domain/migration';
import { createWizardKit, type TableRow } from '../../wizard/model';
import { TRANSFER_TYPE_LABELS, WIZARD } from './labels';

export type MigrateValues = {
  transferType: string;
  destination: string[];
};

export interface MigrateContext {
  /** The lab's ratings for the role's machine: every other node, for each transfer type. */
  ratings: HostRatingsAnswer;
}

const k = createWizardKit<MigrateValues, MigrateContext>();

/** "★★★★½" style, as VMM draws its stars: full, a half, then empty to five. */
export function starText(stars: number): string {
  const full = Math.floor(stars);
  const half = stars - full >= 0.5;
  return '★'.repeat(full) + (half ? '½' : '') + '☆'.repeat(RATING_STARS_MAX - full - (half ? 1 : 0));
}

const transferOf = (values: MigrateValues): MigrationType => (values.transferType === 'quick' ? 'quick' : 'live');

/** Select Host's rows: best rating first (ties in node order), a 0-star node listed greyed with its reasons. */
export function hostRows(ratings: readonly HostRating[], transfer: MigrationType): TableRow[] {
  return [...ratings]
    .map((rating, order) => ({ rating, order }))
    .sort((a, b) => b.rating.stars - a.rating.stars || a.order - b.order)
    .map(({ rating }) => ({
      id: rating.node,
      cells: { rating: `${starText(rating.stars)} (${rating.stars})`, host: rating.node, transfer: TRANSFER_TYPE_LABELS[transfer], explanation: rating.reasons.join(' ') },
      ...(rating.stars === 0 && { unavailable: rating.reasons.join(' ') }),
    }));
}

/** The body of POST /clusters/{name}/roles/{role}/move. */
export function toMoveRequest(values: MigrateValues): { node?: string; migrationType: MigrationType } {
  const node = values.destination[0];
  return { ...(node !== undefined && { node }), migrationType: transferOf(values) };
}

export const migrateWizard = k.wizard('vmm-migrate', WIZARD.title, [
  k.form(
    'vm',
    WIZARD.selectVmTitle,
    [
      k.staticText('vmName', { label: WIZARD.vm, text: (_v, ctx) => ctx.ratings.vm, summary: true }),
      k.staticText('currentHost', { label: WIZARD.currentHost, text: (_v, ctx) => ctx.ratings.source ?? '', summary: true }),
      k.staticText('cluster', { label: WIZARD.cluster, text: (_v, ctx) => ctx.ratings.cluster, summary: true }),
    ],
    { description: WIZARD.selectVmDescription },
  ),
  k.form(
    'host',
    WIZARD.selectHostTitle,
    [
      k.radio('transferType', {
        label: WIZARD.transferType,
        default: 'live',
        options: (['live', 'quick'] as const).map((id) => ({ id, label: TRANSFER_TYPE_LABELS[id] })),
        explanation: WIZARD.transferHint,
        owns: ['migrationType'],
      }),
      k.table('destination', {
        label: WIZARD.host,
        selection: 'single',
        default: [],
        labelColumn: 'host',
        columns: [
          { id: 'rating', label: WIZARD.columns.rating },
          { id: 'host', label: WIZARD.columns.host },
          { id: 'transfer', label: WIZARD.columns.transfer },
          { id: 'explanation', label: WIZARD.columns.explanation },
        ],
        rows: (values, ctx) => hostRows(ctx.ratings.ratings[transferOf(values)], transferOf(values)),
        explanation: (_v, ctx) => (ctx.ratings.ratings.live.length === 0 ? WIZARD.noOtherNode(ctx.ratings.cluster) : ''),
        owns: ['node'],
      }),
    ],
    { description: WIZARD.selectHostDescription },
  ),
  k.summary('summary', WIZARD.summaryTitle, { description: WIZARD.summaryDescription, submitLabel: WIZARD.move }),
]);

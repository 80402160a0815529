// A tiny domain that exists only in tests: widgets that get polished one simulated second after
// they are added. It is what the engine README's "Adding a domain" shows: a descriptor (types,
// collection, schemas) and a behaviour module (slice, command, timer, query, check, migration),
// registered beside the real domains without touching the core.
import { z } from 'zod';
import { defineDomain } from '../../src/domain/descriptor';
import { accept, defineEngineDomain, reject, type CommandTable, type LabContext } from '../../src/engine';

export interface Widget {
  id: string;
  name: string;
  polished: boolean;
}

export type WidgetCommand = { type: 'widgetAdd'; name: string };

// --- src/domain/widgets/: the descriptor -------------------------------------------------------

export const widgetsDescriptor = defineDomain<{
  entities: { widgets: Widget };
  command: WidgetCommand;
  query: { type: 'widgets' };
  answers: { widgets: { widgets: Widget[] } };
}>()({
  name: 'widgets',
  collections: ['widgets'],
  schemaVersion: 1,
  entitySchemas: { widgets: z.looseObject({ id: z.string(), name: z.string(), polished: z.boolean() }) },
  commandSchemas: [z.strictObject({ type: z.literal('widgetAdd'), name: z.string() })],
  internalSchema: z.looseObject({ added: z.number().int().min(0) }),
});

// --- src/engine/domains/widgets/: the behaviour ------------------------------------------------

interface WidgetsState {
  widgets: Map<string, Widget>;
  /** Internal (not an entity): how many widgets were ever added. */
  added: number;
}

const POLISH_TIMER_KIND = 'widgets.polish';
const POLISH_AFTER_MS = 1000;

function slice(ctx: LabContext): WidgetsState {
  return (ctx.state as unknown as { widgets: WidgetsState }).widgets;
}

export const widgetsDomain = defineEngineDomain<WidgetsState>({
  descriptor: widgetsDescriptor,
  load: (entities, internal) => ({
    widgets: new Map(((entities.widgets ?? []) as Widget[]).map((widget) => [widget.id, widget])),
    added: (internal as { added?: number } | undefined)?.added ?? 0,
  }),
  internal: (state) => ({ added: state.added }),
  collection: (state) => state.widgets,
  // Its command is not in the app's Command type (the app never registers this domain).
  commands: {
    widgetAdd: (_state: unknown, command: WidgetCommand) => {
      if (typeof command.name !== 'string' || command.name === '') return reject('widgets.name_required', 'invalid', 'A widget needs a name.', { name: 'A widget needs a name.' });
      return accept((ctx) => {
        const widget: Widget = { id: ctx.kernel.nextId('widget'), name: command.name, polished: false };
        slice(ctx).widgets.set(widget.id, widget);
        slice(ctx).added += 1;
        ctx.kernel.markDirty('widgets', widget.id);
        ctx.kernel.schedule(POLISH_TIMER_KIND, POLISH_AFTER_MS, { widget: widget.id });
      });
    },
  } as unknown as CommandTable,
  queries: {
    widgets: (state) => ({ ok: true, value: { widgets: [...(state as unknown as { widgets: WidgetsState }).widgets.widgets.values()].map((widget) => ({ ...widget })) } }),
  },
  timers: {
    [POLISH_TIMER_KIND]: (ctx, timer) => {
      const widget = slice(ctx).widgets.get((timer.data as { widget: string }).widget);
      if (!widget) return;
      widget.polished = true;
      ctx.kernel.markDirty('widgets', widget.id);
    },
  },
  check: ({ snapshot, timers, problems }) => {
    const ids = new Set((snapshot.entities.widgets ?? []).map((widget) => (widget as { id?: unknown }).id));
    for (const { timer, path } of timers) {
      if (!ids.has((timer.data as { widget?: unknown } | null)?.widget)) problems.add(path, `${path}: the polish timer refers to a widget the lab does not have.`);
    }
  },
  // A lab saved before widgets existed starts with none.
  migrations: [{ from: 0, migrate: (snapshot) => ((snapshot.entities.widgets = []), (snapshot.domains.widgets = { added: 0 })) }],
});

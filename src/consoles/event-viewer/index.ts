// The Event Viewer console: its tree (logs grouped as Windows groups them), routes and actions.
import { createElement, lazy } from 'react';
import { BookOpen, Copy, Filter, FilterX, Folder, ScrollText } from 'lucide-react';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { formatWindowsDateTime } from '../../ui/lab-time';
import type { ActionContext, ConsoleDefinition, ShellAction } from '../../shell/registry';
import { filterToSearch, isFiltered, NO_FILTER, parseFilter } from './filter';
import { eventComputer, EVENTS_HREF, formatEventId, isEventLog, LOG_FOLDERS, logHref, TASK_CATEGORY_NONE } from './labels';

const OverviewView = lazy(() => import('./overview.view'));
const LogView = lazy(() => import('./log.view'));

const currentLog = (ctx: ActionContext) => (ctx.node?.kind === 'event-log' && ctx.node.key && isEventLog(ctx.node.key) ? ctx.node.key : null);

const filterAction: ShellAction = {
  id: 'events.filter',
  label: 'Filter Current Log…',
  icon: Filter,
  section: 'node',
  needsLab: false,
  predicate: (ctx) => currentLog(ctx) !== null,
  async perform(ctx) {
    const log = currentLog(ctx);
    if (!log) return;
    const { FilterDialog } = await import('./filter.dialog');
    const sources = [...new Set(ctx.lab.events.filter((event) => event.log === log).map((event) => event.source))].sort();
    const href = logHref(log);
    ctx.openDialog((close) =>
      createElement(FilterDialog, {
        log,
        filter: parseFilter(ctx.search),
        hosts: Object.keys(ctx.lab.hosts),
        sources,
        onApply: (filter) => ctx.navigate(`${href}${filterToSearch(filter)}`),
        onClose: close,
      }),
    );
  },
};

const clearFilterAction: ShellAction = {
  id: 'events.clear-filter',
  label: 'Clear Filter',
  icon: FilterX,
  section: 'node',
  needsLab: false,
  predicate: (ctx) => currentLog(ctx) !== null,
  isEnabled: (ctx) => isFiltered(parseFilter(ctx.search)),
  perform(ctx) {
    const log = currentLog(ctx);
    if (log) ctx.navigate(`${logHref(log)}${filterToSearch(NO_FILTER)}`);
  },
};

/** Event Viewer's "Copy Details as Text": the event as the clipboard gets it from Windows. */
const copyAction: ShellAction = {
  id: 'events.copy',
  label: 'Copy Details as Text',
  icon: Copy,
  section: 'item',
  needsLab: false,
  predicate: (ctx) => ctx.item?.kind === 'event',
  async perform(ctx) {
    const event = ctx.lab.events.find((candidate) => String(candidate.seq) === ctx.item?.key);
    if (!event) return;
    const startEpochMs = ctx.lab.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS;
    const domain = ctx.lab.hosts[event.host]?.domain ?? 'SWS.com';
    const lines = [
      `Log Name:      ${event.log}`,
      `Source:        ${event.source}`,
      `Date:          ${formatWindowsDateTime(startEpochMs + event.timeMs)}`,
      `Event ID:      ${formatEventId(event)}`,
      `Task Category: ${TASK_CATEGORY_NONE}`,
      `Level:         ${event.level}`,
      `Computer:      ${eventComputer(event, domain)}`,
      'Description:',
      event.message,
    ];
    await navigator.clipboard.writeText(lines.join('\r\n'));
  },
};

export const eventViewerConsole: ConsoleDefinition = {
  id: 'event-viewer',
  tree: () => [
    {
      href: EVENTS_HREF,
      label: 'Event Viewer',
      kind: 'event-viewer',
      icon: BookOpen,
      children: LOG_FOLDERS.map((folder) => ({
        href: logHref(folder.slug),
        label: folder.label,
        kind: 'event-folder',
        key: folder.slug,
        icon: Folder,
        children: folder.logs.map((log) => ({ href: logHref(log), label: log, kind: 'event-log', key: log, icon: ScrollText })),
      })),
    },
  ],
  routes: [
    { path: 'events', element: createElement(OverviewView) },
    { path: 'events/:log', element: createElement(LogView) },
  ],
  actions: [filterAction, clearFilterAction, copyAction],
  expandedByDefault: LOG_FOLDERS.map((folder) => logHref(folder.slug)),
};

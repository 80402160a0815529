// The File and Help menus: New Lab…, Import Lab…, Export Lab, About HA Lab. They are actions of the
// same registry as the consoles' (section "file" / "help").
import { createElement } from 'react';
import { BookOpen, Download, FilePlus, Info, ListChecks, Upload } from 'lucide-react';
import { ApiError } from '../api/client';
import type { LabFile } from '../api/types';
import { OS_DISPLAY_NAMES } from '../domain/lab';
import type { ActionContext, ShellAction } from '../shell/registry';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { PropertyList } from '../ui/property-list';
import { useUiStore } from '../stores/ui';
import { downloadJson } from './download';
import { GETTING_STARTED_HREF } from './getting-started-paths';
import { NewLabDialog } from './new-lab.dialog';
import { useSession } from './session';

export const APP_VERSION = '0.1.0';
/** Insufficient Storage: the lab could not be saved in the browser, and nothing was changed. */
const STORAGE_FULL_STATUS = 507;

/** Lets the user pick one file; resolves null when the picker is dismissed. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

async function importLab(ctx: ActionContext) {
  if (!ctx.api) return;
  const file = await pickFile('application/json,.json');
  if (!file) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (error) {
    await ctx.showMessage({
      title: 'Import Lab',
      message: `${file.name} is not a lab file: it is not valid JSON (${error instanceof Error ? error.message : String(error)}). The current lab is unchanged.`,
    });
    return;
  }
  try {
    await ctx.api.call('importLab', { body: parsed as LabFile });
    await ctx.showMessage({ title: 'Import Lab', message: `${file.name} was imported. The lab's clock is paused.`, tone: 'info' });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // 507: the file was fine but the browser's storage refused it; the detail says what to do.
    const message =
      error.status === STORAGE_FULL_STATUS
        ? `${file.name} could not be imported: ${error.problem.detail}`
        : `${file.name} was refused: ${error.problem.detail} The current lab is unchanged.`;
    await ctx.showMessage({ title: 'Import Lab', message, details: error.problem.errors });
  }
}

async function exportLab(ctx: ActionContext) {
  if (!ctx.api) return;
  const file = await ctx.api.call('exportLab');
  downloadJson(file, `ha-lab-seed-${file.seed}-v${file.snapshot.version}.json`);
}

function AboutDialog({ ctx, onClose }: { ctx: ActionContext; onClose(): void }) {
  const lab = ctx.lab.lab;
  const transport = useSession((state) => state.transport);
  return (
    <Dialog
      title="About HA Lab"
      isOpen
      onOpenChange={(open) => !open && onClose()}
      footer={
        <Button variant="primary" onPress={onClose} autoFocus>
          OK
        </Button>
      }
    >
      <div className="flex flex-col gap-3">
        <p>
          <strong>HA Lab</strong> {APP_VERSION}: Windows administration consoles on a simulated datacenter.
        </p>
        <PropertyList
          items={[
            { label: 'Seed', value: lab ? lab.seed : '—' },
            { label: 'Scenario', value: lab ? lab.scenario : '—' },
            { label: 'Operating system', value: lab ? OS_DISPLAY_NAMES[lab.options.osVersion] : '—' },
            { label: 'Cluster nodes', value: lab ? lab.options.clusterNodes : '—' },
            { label: 'Lab version', value: ctx.lab.version },
            { label: 'Lab hash', value: lab ? <span className="font-mono text-xs">{lab.hash}</span> : '—' },
            { label: 'API transport', value: transport === 'service-worker' ? 'Service worker' : transport === 'fallback' ? 'In-page (no service worker)' : '—' },
          ]}
        />
      </div>
    </Dialog>
  );
}

export const labActions: ShellAction[] = [
  {
    id: 'lab.new',
    label: 'New Lab…',
    icon: FilePlus,
    section: 'file',
    predicate: () => true,
    perform: (ctx) => ctx.openDialog((close) => createElement(NewLabDialog, { api: ctx.api, onClose: close })),
  },
  { id: 'lab.import', label: 'Import Lab…', icon: Upload, section: 'file', predicate: () => true, perform: importLab },
  { id: 'lab.export', label: 'Export Lab', icon: Download, section: 'file', predicate: () => true, perform: exportLab },
  {
    id: 'help.getting-started',
    label: 'Getting Started',
    icon: BookOpen,
    section: 'help',
    needsLab: false,
    predicate: () => true,
    perform: (ctx) => ctx.navigate(GETTING_STARTED_HREF),
  },
  {
    id: 'help.seed-steps',
    // One label for both ways: the menu is not redrawn when the pane opens or closes.
    label: 'Seed Document Steps',
    icon: ListChecks,
    section: 'help',
    needsLab: false,
    predicate: () => true,
    perform: () => useUiStore.getState().setSeedStepsVisible(!useUiStore.getState().seedStepsVisible),
  },
  {
    id: 'help.about',
    label: 'About HA Lab',
    icon: Info,
    section: 'help',
    needsLab: false,
    predicate: () => true,
    perform: (ctx) => ctx.openDialog((close) => createElement(AboutDialog, { ctx, onClose: close })),
  },
];

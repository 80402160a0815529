// Page objects for the specs: the lab (through window.haLab), the MMC shell (tree, actions pane,
// menus, results) and one form helper that fills any dialog by its fields' data-field attributes.
// Each test gets a fresh browser context: its own IndexedDB, localStorage and lock.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
// Importing the types also brings their declaration of window.haLab (src/api/types.ts).
import type { RouteBodies } from '../src/api/routes';
import type { LabInfo, LabParamsInput, Problem } from '../src/api/types';

export type ApiResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

export class Lab {
  constructor(private readonly page: Page) {}

  /** Opens a console URL and waits until the lab runs and the console mirrors it. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => window.haLab !== undefined);
    await this.page.evaluate(() => window.haLab!.ready);
  }

  /** A new lab (POST /api/v1/lab); resolves when the console shows it. */
  async reset(params: LabParamsInput = {}): Promise<LabInfo> {
    return this.page.evaluate((p) => window.haLab!.reset(p), params);
  }

  /** Any route; a 4xx comes back as its problem instead of throwing. */
  async api(method: string, path: string, body?: unknown): Promise<ApiResult> {
    return this.page.evaluate(
      async ([m, p, b]) => {
        try {
          return { ok: true as const, value: await window.haLab!.api(m, p, b) };
        } catch (error) {
          const problem = (error as { problem?: Problem }).problem;
          if (!problem) throw error;
          return { ok: false as const, problem };
        }
      },
      [method, path, body] as const,
    );
  }

  async info(): Promise<LabInfo> {
    const result = await this.api('GET', '/api/v1/lab');
    if (!result.ok) throw new Error(result.problem.detail);
    return result.value as LabInfo;
  }

  readonly clock = {
    pause: () => this.page.evaluate(() => window.haLab!.clock.pause()),
    resume: () => this.page.evaluate(() => window.haLab!.clock.resume()),
    advance: (ms: number) => this.page.evaluate((value) => window.haLab!.clock.advance(value), ms),
    step: () => this.page.evaluate(() => window.haLab!.clock.step()),
  };

  version(): Promise<number> {
    return this.page.evaluate(() => window.haLab!.version());
  }
}

export class Shell {
  constructor(private readonly page: Page) {}

  get treeView(): Locator {
    return this.page.getByRole('tree', { name: 'Console tree' });
  }

  /** A node's row in the console tree; `under` (a URL prefix such as "/starwind") tells apart nodes with one label. */
  treeRow(label: string, under?: string): Locator {
    const row = this.treeView.getByRole('treeitem', { name: label, exact: true });
    return under ? row.and(this.treeView.locator(`[role="treeitem"][data-key^="${under}/"], [role="treeitem"][data-key="${under}"]`)) : row;
  }

  get resultsTitle(): Locator {
    return this.page.getByTestId('results-title');
  }

  get actionsPane(): Locator {
    return this.page.getByRole('complementary', { name: 'Actions' });
  }

  get statusBar(): Locator {
    return this.page.locator('footer');
  }

  readonly tree = {
    /** Selects a node by its label, as a click in the console tree does. */
    select: async (label: string, under?: string) => {
      await this.treeRow(label, under).click();
      await expect(this.resultsTitle).toHaveText(label);
    },
  };

  readonly actions = {
    /** Runs an action of the actions pane by its label (optionally in the section with this heading). */
    run: async (label: string, options: { section?: string } = {}) => {
      const scope = options.section ? this.actionsPane.getByRole('region', { name: options.section }) : this.actionsPane;
      await scope.getByRole('button', { name: label, exact: true }).first().click();
    },
    button: (label: string, options: { section?: string } = {}) => {
      const scope = options.section ? this.actionsPane.getByRole('region', { name: options.section }) : this.actionsPane;
      return scope.getByRole('button', { name: label, exact: true }).first();
    },
  };

  /** Opens a menu of the menu bar and picks an item. */
  async menu(menu: string, item: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu bar' }).getByRole('button', { name: menu, exact: true }).click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  grid(name: string): Locator {
    return this.page.getByRole('grid', { name, exact: true });
  }

  /** The grid row whose key (e.g. a server's name) is given. */
  row(gridName: string, key: string): Locator {
    return this.grid(gridName).locator(`[role="row"][data-row-key="${key}"]`);
  }

  /** The cells of a grid row as text. */
  async rowTexts(gridName: string, key: string): Promise<string[]> {
    return this.row(gridName, key).getByRole('gridcell').allInnerTexts();
  }
}

/** A value inside a CSS attribute selector's quotes ("My Computer\\D" keeps its backslash). */
function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

export type FieldValue = string | number | boolean;

/**
 * How e2e reads and sets one kind of field (its data-field-type). `matches` says whether the field
 * already shows the value (a select or radio value is its option's id, or its label).
 */
interface FieldDriver {
  enabled(field: Locator, value: FieldValue): Promise<boolean>;
  matches(field: Locator, value: FieldValue): Promise<boolean>;
  set(field: Locator, value: FieldValue): Promise<void>;
}

/** The driver for a data-field-type: a new kind of field is one new case here. */
function driverFor(type: string | null, page: Page): FieldDriver | undefined {
  switch (type) {
    // A file field's path box takes the full path (folder and file name); Browse… is wizard.browse.
    case 'text':
    case 'password':
    case 'number':
    case 'file': {
      const input = (field: Locator) => field.locator('input').first();
      return {
        enabled: (field) => input(field).isEnabled(),
        matches: async (field, value) => (await input(field).inputValue()) === String(value),
        set: async (field, value) => {
          await input(field).fill(String(value));
          // Number fields commit on blur.
          await input(field).press('Tab');
        },
      };
    }
    case 'select': {
      const trigger = (field: Locator) => field.getByRole('button').first();
      return {
        enabled: (field) => trigger(field).isEnabled(),
        matches: async (field, value) => {
          // react-aria keeps a hidden native select with the chosen option's id.
          const hidden = field.locator('select').first();
          if ((await hidden.count()) > 0 && (await hidden.inputValue()) === String(value)) return true;
          return (await trigger(field).innerText()).trim() === String(value);
        },
        set: async (field, value) => {
          await trigger(field).click();
          const listbox = page.getByRole('listbox');
          const byKey = listbox.locator(`[role="option"][data-key="${cssString(String(value))}"]`);
          await ((await byKey.count()) > 0 ? byKey : listbox.getByRole('option', { name: String(value), exact: true })).click();
          await expect(listbox).toBeHidden();
        },
      };
    }
    case 'checkbox': {
      const input = (field: Locator) => field.locator('input[type="checkbox"]');
      return {
        enabled: (field) => input(field).isEnabled(),
        matches: async (field, value) => (await input(field).isChecked()) === Boolean(value),
        set: (field) => field.click(),
      };
    }
    case 'radio': {
      // By the choice's id (its input's value), else by its label.
      const choice = (field: Locator, value: FieldValue) =>
        field.locator(`input[type="radio"][value="${cssString(String(value))}"]`).or(field.getByRole('radio', { name: String(value), exact: true })).first();
      return {
        enabled: (field, value) => choice(field, value).isEnabled(),
        matches: (field, value) => choice(field, value).isChecked(),
        set: async (field, value) => {
          // `has` is matched inside each label, so the choice is found from the page, not from the field.
          const inside = page.locator(`input[type="radio"][value="${cssString(String(value))}"]`).or(page.getByRole('radio', { name: String(value), exact: true }));
          await field.locator('label').filter({ has: inside }).first().click();
        },
      };
    }
    default:
      return undefined;
  }
}

/** A bound on fill passes: each pass sets at least one field, so more passes than fields is a loop. */
const FILL_PASSES_EXTRA = 3;

export class Form {
  constructor(private readonly page: Page) {}

  /** A field's root by name (it carries data-field and data-field-type). */
  field(name: string, scope: Locator = this.page.locator('body')): Locator {
    return scope.locator(`[data-field="${name}"]`).first();
  }

  /** A text, password or number field's input. */
  input(name: string, scope: Locator = this.page.locator('body')): Locator {
    return this.field(name, scope).locator('input').first();
  }

  /**
   * Fills fields by name, whatever their type and order, as cockpit's test helpers do: each pass
   * sets every named field that is visible, enabled and not yet showing its value; passes repeat
   * until one changes nothing (a field shown, enabled or reset by another is filled on a later
   * pass). Then every named field must show its value, else the fill is retried until the
   * expect timeout, for fields that appear after an answer from the lab.
   */
  async fill(values: Record<string, FieldValue>, scope: Locator = this.page.locator('body')): Promise<void> {
    const entries = Object.entries(values);
    await expect(async () => {
      for (let pass = 0; pass < entries.length + FILL_PASSES_EXTRA; pass++) {
        let changed = false;
        for (const [name, value] of entries) {
          const field = this.field(name, scope);
          if (!(await field.isVisible())) continue;
          const driver = this.driver(name, await field.getAttribute('data-field-type'));
          if (!(await driver.enabled(field, value)) || (await driver.matches(field, value))) continue;
          await driver.set(field, value);
          changed = true;
        }
        if (!changed) break;
      }
      const unfilled: string[] = [];
      for (const [name, value] of entries) {
        const field = this.field(name, scope);
        const shown = (await field.isVisible()) && (await this.driver(name, await field.getAttribute('data-field-type')).matches(field, value));
        if (!shown) unfilled.push(`${name} = ${String(value)}`);
      }
      expect(unfilled, 'fields not visible, not enabled, or not taking their value').toEqual([]);
    }).toPass({ timeout: 10_000 });
  }

  private driver(name: string, type: string | null): FieldDriver {
    const driver = driverFor(type, this.page);
    if (!driver) throw new Error(`The field ${name} has data-field-type ${String(type)}, which wizard.fill cannot fill yet`);
    return driver;
  }
}

/**
 * A wizard (src/wizard): its page title, fields by name, Back / Next / Cancel / Finish. `fill`
 * reads each field's data-field-type, so the specs name values, not widgets.
 */
export class Wizard {
  private readonly form: Form;
  constructor(private readonly page: Page) {
    this.form = new Form(page);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.locator('[data-wizard]') });
  }

  get title(): Locator {
    return this.dialog.getByTestId('wizard-page-title');
  }

  field(name: string): Locator {
    return this.form.field(name, this.dialog);
  }

  input(name: string): Locator {
    return this.form.input(name, this.dialog);
  }

  /** The choice of a radio field with this id. */
  choice(name: string, id: string): Locator {
    return this.field(name).locator('label').filter({ has: this.page.locator(`input[type="radio"][value="${id}"]`) });
  }

  async fill(values: Record<string, FieldValue>): Promise<void> {
    await this.form.fill(values, this.dialog);
  }

  /**
   * A file field's Browse… dialog (data-field-type="file"): picks the folder by its path in the
   * Folders tree, types the file name and presses OK.
   */
  async browse(name: string, folder: string, fileName: string): Promise<void> {
    const field = this.field(name);
    await field.getByRole('button', { name: /^Browse…/ }).click();
    const dialog = this.page.getByRole('dialog').filter({ has: this.page.locator('[data-file-browse]') });
    await dialog.getByRole('tree', { name: 'Folders' }).locator(`[role="treeitem"][data-key="${cssString(folder)}"]`).click();
    await dialog.getByRole('textbox', { name: 'File name' }).fill(fileName);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Presses Next and waits until the page is `expected` (or stays, when the page is refused). */
  async next(expected?: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Next >' }).click();
    if (expected) await expect(this.title).toHaveText(expected);
  }

  async back(): Promise<void> {
    await this.dialog.getByRole('button', { name: '< Back' }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async finish(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Finish' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** "label: value" lines of the summary page. */
  async summary(): Promise<string[]> {
    const rows = this.dialog.locator('[data-summary-row]');
    const count = await rows.count();
    const lines: string[] = [];
    for (let index = 0; index < count; index++) {
      const [label, value] = await rows.nth(index).locator('dt, dd').allInnerTexts();
      lines.push(`${label ?? ''} ${value ?? ''}`.trim());
    }
    return lines;
  }
}

export const test = base.extend<{ lab: Lab; shell: Shell; form: Form; wizard: Wizard }>({
  lab: async ({ page }, use) => {
    await use(new Lab(page));
  },
  shell: async ({ page }, use) => {
    await use(new Shell(page));
  },
  form: async ({ page }, use) => {
    await use(new Form(page));
  },
  wizard: async ({ page }, use) => {
    await use(new Wizard(page));
  },
});

export { expect };

/** The servers of the seed lab with their addresses. */
export const SEED_SERVERS = [
  { name: 'SWS-DC', addresses: ['192.168.100.10'] },
  { name: 'SWS-Store1', addresses: ['192.168.100.21', '172.30.100.21'] },
  { name: 'SWS-Store2', addresses: ['192.168.100.22', '172.30.100.22'] },
  { name: 'Demo1', addresses: ['192.168.100.31', '10.10.10.31', '172.30.100.31'] },
  { name: 'Demo2', addresses: ['192.168.100.32', '10.10.10.32', '172.30.100.32'] },
] as const;

/** Puts the console in a theme before the page loads (the UI store reads localStorage). */
export async function setThemeBeforeLoad(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => {
    localStorage.setItem('ha-lab-ui', JSON.stringify({ state: { theme: value }, version: 1 }));
  }, theme);
}

/** HA1's targets as createHa1 makes them: on SWS-Store1 and its partner on SWS-Store2. */
export const HA1_TARGETS = ['iqn.2008-08.com.starwindsoftware:sws-store1-ha1', 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner'] as const;

/** A request the spec's starting state needs: a refusal fails the test with the lab's detail. */
export async function apiOk(lab: Lab, method: string, path: string, body?: unknown): Promise<void> {
  const result = await lab.api(method, path, body);
  expect(result.ok, result.ok ? path : `${method} ${path}: ${result.problem.detail}`).toBe(true);
}

/**
 * With E2E_SCREENS=1, a picture of the page at 1440 × 900 and at 1024 × 700 goes to
 * test-results/screens/<spec>-<name>-<width>.png; the page is left at 1440 × 900.
 */
export async function shotAtBothSizes(page: Page, spec: string, name: string): Promise<void> {
  if (process.env.E2E_SCREENS !== '1') return;
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screens/${spec}-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Adds the two storage servers to the StarWind console and logs in as root / starwind (steps 2–3 through the API). */
export async function addStarWindServers(lab: Lab, names: readonly string[] = ['SWS-Store1', 'SWS-Store2']): Promise<void> {
  for (const name of names) {
    const added = await lab.api('POST', '/api/v1/starwind/servers', { address: name, login: 'root', password: 'starwind' });
    if (!added.ok) throw new Error(added.problem.detail);
  }
}

/**
 * HA1 on SWS-Store1 with HA1Partner on SWS-Store2, created through the API with the body the Add
 * Target wizard sends for the document's choices (image files My Computer\D\HA1.img on both
 * servers, sync over iSCSI, heartbeat over Public, SWS-Store1 primary, Heartbeat strategy).
 * Both servers must be in the console (addStarWindServers).
 */
export async function createHa1(lab: Lab, sizeBytes: number, ha: Partial<NonNullable<RouteBodies['createStarWindDevice']['ha']>> = {}): Promise<void> {
  await createHaDevice(lab, 'HA1', sizeBytes, ha);
}

/**
 * Walks the Add Target wizard of StarWind 5 (a new lab's version) for an HA device with the
 * document's choices, calling `onPage` on every page (before it is left), up to the completion
 * page (Finish not pressed). The image paths keep their defaults (My Computer\D\<alias>.img on
 * both servers); Create new is checked and the iSCSI interfaces chosen by hand, as the seed does.
 */
export async function walkAddTargetHa(wizard: Wizard, alias: string, onPage: (title: string) => Promise<void>): Promise<void> {
  const steps: Array<[string, Record<string, string | number | boolean>]> = [
    ['Target Alias', { targetAlias: alias }],
    ['Target Type', {}],
    ['Device Type', {}],
    ['Advanced Virtual Device', {}],
    ['Partner Server', { partnerAddress: 'SWS-Store2', partnerPassword: 'starwind' }],
    ['Partner Target', {}],
    ['Image File', { imageCreateNew: true, partnerImageCreateNew: true, sizeUnit: 'GB', sizeAmount: 20 }],
    ['Synchronization and Priority', { syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22' }],
    ['Initialization', {}],
    ['Summary', {}],
  ];
  for (const [title, values] of steps) {
    await expect(wizard.title).toHaveText(title);
    await wizard.fill(values);
    await onPage(title);
    await wizard.next();
  }
  await expect(wizard.title).toHaveText('Completing the Add Target Wizard');
  await onPage('Completing the Add Target Wizard');
}

/** An HA device like HA1 under another alias (its partner `<alias>Partner`, image files `<alias>.img` on both servers). */
export async function createHaDevice(lab: Lab, alias: string, sizeBytes: number, ha: Partial<NonNullable<RouteBodies['createStarWindDevice']['ha']>> = {}): Promise<void> {
  const lower = alias.toLowerCase();
  const body: RouteBodies['createStarWindDevice'] = {
    targetAlias: alias,
    targetName: `iqn.2008-08.com.starwindsoftware:sws-store1-${lower}`,
    targetType: 'hard-disk',
    deviceType: 'ha',
    sizeBytes,
    sectorSizeBytes: 512,
    cacheMode: 'write-back',
    cacheSizeMb: 128,
    image: { folder: 'My Computer\\D', fileName: `${alias}.img`, createNew: true },
    ha: {
      partnerAddress: 'SWS-Store2',
      partnerPort: 3261,
      partnerLogin: 'root',
      partnerPassword: 'starwind',
      partnerTargetAlias: `${alias}Partner`,
      partnerTargetName: `iqn.2008-08.com.starwindsoftware:sws-store2-${lower}partner`,
      partnerImage: { folder: 'My Computer\\D', fileName: `${alias}.img`, createNew: true },
      syncLocalIp: '172.30.100.21',
      syncPartnerIp: '172.30.100.22',
      heartbeatLocalIp: '192.168.100.21',
      heartbeatPartnerIp: '192.168.100.22',
      localPriority: 'primary',
      failoverStrategy: 'heartbeat',
      initMethod: 'clear',
      ...ha,
    },
  };
  const created = await lab.api('POST', '/api/v1/starwind/servers/SWS-Store1/devices', body);
  if (!created.ok) throw new Error(created.problem.detail);
}

/** The targets of an HA device made by createHaDevice (or createHa1 for "HA1"). */
export const haTargets = (alias: string) => [`iqn.2008-08.com.starwindsoftware:sws-store1-${alias.toLowerCase()}`, `iqn.2008-08.com.starwindsoftware:sws-store2-${alias.toLowerCase()}partner`];

/** Shutdown (~30 s) and boot (~90 s), each ±20 %: 200 s of lab time covers a restart. */
export const RESTART_MS = 200_000;

/**
 * Cluster node candidates made ready through the routes the consoles call, as the seed's "Setup
 * The Failover Cluster Nodes" to "Initialize The Disk" leave them: the features (each node's own
 * list, so a spec can leave one out), a restart, MPIO claiming iSCSI devices, a restart, then the
 * iSCSI service, both storage servers' portals, every device's two targets with multi-path and
 * the disks (one per LUN) Online. The devices must exist (createHa1 / createHaDevice); the clock
 * should be paused (the restarts are advanced here).
 */
export async function prepareClusterNodes(lab: Lab, nodes: Record<string, readonly string[]>, devices: readonly string[]): Promise<void> {
  const names = Object.keys(nodes);
  for (const name of names) await apiOk(lab, 'POST', `/api/v1/hosts/${name}/features`, { features: nodes[name] });
  for (const name of names) await apiOk(lab, 'POST', `/api/v1/hosts/${name}/power`, { action: 'restart' });
  await lab.clock.advance(RESTART_MS);
  for (const name of names) {
    await apiOk(lab, 'PUT', `/api/v1/hosts/${name}/mpio`, { iscsiClaimed: true });
    await apiOk(lab, 'POST', `/api/v1/hosts/${name}/power`, { action: 'restart' });
  }
  await lab.clock.advance(RESTART_MS);
  for (const name of names) {
    const host = `/api/v1/hosts/${name}`;
    await apiOk(lab, 'PUT', `${host}/iscsi`, { startService: true });
    for (const address of ['172.30.100.21', '172.30.100.22']) await apiOk(lab, 'POST', `${host}/iscsi/portals`, { address });
    for (const alias of devices) for (const iqn of haTargets(alias)) await apiOk(lab, 'POST', `${host}/iscsi/targets/${encodeURIComponent(iqn)}/connect`, { multipath: true, favorite: true });
    for (let number = 1; number <= devices.length; number++) await apiOk(lab, 'PUT', `${host}/disks/${number}`, { online: true });
  }
}

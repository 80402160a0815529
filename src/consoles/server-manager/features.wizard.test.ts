import { describe, expect, test } from 'vitest';
import type { ServerFeatures } from '../../domain/features';
import { emptyInput, erase, resolveValues, setValue, tableRows, validatePage, visiblePages, type WizardValues } from '../../wizard/model';
import { featuresWizard, needsRestart, resultsText, type FeaturesWizardContext } from './features.wizard';
import { WIZARD_WORDS } from './labels';

const demo1: ServerFeatures = { id: 'Demo1', host: 'Demo1', hyperVSuitable: true, installed: ['Failover-Clustering'], pendingInstall: ['Multipath-IO'], pendingRemove: [] };
const ctx: FeaturesWizardContext = { host: 'Demo1', server: demo1 };

function rowsOf(id: Parameters<typeof featuresWizard>[0]) {
  const def = erase(featuresWizard(id));
  const select = def.pages.find((page) => page.id === 'select')!;
  const field = (select as unknown as { fields: unknown[] }).fields[0] as Parameters<typeof tableRows>[0];
  return tableRows(field, resolveValues(def, emptyInput(), ctx), ctx).map((row) => [row.id, row.cells.status, row.unavailable ?? null]);
}

describe('Server Manager wizards', () => {
  test("pages as 2008 R2 shows them: Before You Begin only in the roles wizards", () => {
    const pages = (id: Parameters<typeof featuresWizard>[0]) => visiblePages(erase(featuresWizard(id)), {}, ctx).map((page) => page.title);
    expect(pages('addRoles')).toEqual(['Before You Begin', 'Select Server Roles', 'Confirm Installation Selections', 'Installation Progress', 'Installation Results']);
    expect(pages('addFeatures')).toEqual(['Select Features', 'Confirm Installation Selections', 'Installation Progress', 'Installation Results']);
    expect(pages('removeFeatures')).toEqual(['Remove Features', 'Confirm Removal Selections', 'Removal Progress', 'Removal Results']);
  });

  test('the check list greys what is installed or pending; Remove lists only what is there', () => {
    expect(rowsOf('addFeatures')).toEqual([
      ['NET-Framework', 'Not installed', null],
      ['Failover-Clustering', 'Installed', 'Installed'],
      ['Multipath-IO', 'Restart pending', 'Restart pending'],
      ['Backup-Features', 'Not installed', null],
    ]);
    expect(rowsOf('removeFeatures')).toEqual([
      ['Failover-Clustering', 'Installed', null],
      ['Multipath-IO', 'Restart pending', 'Restart pending'],
    ]);
  });

  test('Next needs at least one entry; Results say which wait for the restart', () => {
    const def = erase(featuresWizard('addFeatures'));
    expect(validatePage(def, 'select', resolveValues(def, emptyInput(), ctx), ctx)).toHaveProperty('features');
    const chosen = resolveValues(def, setValue(emptyInput(), 'features', ['NET-Framework']), ctx) as WizardValues;
    expect(validatePage(def, 'select', chosen, ctx)).toEqual({});
    expect(needsRestart(['Failover-Clustering'])).toBe(false);
    expect(needsRestart(['Failover-Clustering', 'Multipath-IO'])).toBe(true);
    expect(resultsText(WIZARD_WORDS.addFeatures, ['Failover-Clustering', 'Multipath-IO'], 'Demo1').split('\n')).toEqual([
      'Add Features Wizard: Demo1',
      'The following features were installed:',
      '',
      'Failover Clustering',
      '    Installation succeeded',
      'Multipath I/O',
      '    Restart Pending: You must restart this server to finish the installation process.',
    ]);
  });
});

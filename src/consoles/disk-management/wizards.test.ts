import { describe, expect, test } from 'vitest';
import { emptyInput, erase, mapAnswer, resolveValues, setValue, summaryRows, tableRows, validatePage, visiblePages, type TableFieldDef, type WizardValues } from '../../wizard/model';
import { initializeDialog, mbrProblem, type InitializeContext } from './initialize.wizard';
import { newVolumeBody, newVolumeWizard, type NewVolumeContext, type NewVolumeValues } from './new-volume.wizard';
import { iscsiDisk, systemDisk } from './disks.fixtures';

const GIB = 1024 ** 3;
const TIB = 1024 ** 4;

describe('Initialize Disk', () => {
  const ctx: InitializeContext = {
    host: 'Demo1',
    number: 2,
    disks: [systemDisk(), iscsiDisk(1), iscsiDisk(2, { state: 'Online' }), iscsiDisk(3, { state: 'Online', sizeBytes: 3 * TIB }), iscsiDisk(4, { state: 'Online', partitionStyle: 'MBR' })],
  };
  const def = erase(initializeDialog);
  const field = def.pages[0]!.kind === 'form' ? (def.pages[0]!.fields[0] as TableFieldDef<WizardValues, unknown>) : undefined;

  test('lists the Online disks that are Not Initialized, the right-clicked one checked, MBR by default', () => {
    const values = resolveValues(def, emptyInput(), ctx);
    expect(tableRows(field!, values, ctx).map((row) => row.cells.disk)).toEqual(['Disk 2', 'Disk 3']);
    expect(values).toEqual({ disks: ['2'], partitionStyle: 'MBR' });
    expect(validatePage(def, 'initialize-disk', values, ctx)).toEqual({});
  });

  test('GPT is required above 2 TB: MBR on such a disk is refused on the partition style field', () => {
    const values = resolveValues(def, setValue(emptyInput(), 'disks', ['2', '3']), ctx);
    expect(validatePage(def, 'initialize-disk', values, ctx)).toEqual({ partitionStyle: 'Disk 3 is larger than 2 TB; use GPT.' });
    const gpt = resolveValues(def, setValue(setValue(emptyInput(), 'disks', ['2', '3']), 'partitionStyle', 'GPT'), ctx);
    expect(validatePage(def, 'initialize-disk', gpt, ctx)).toEqual({});
    expect(mbrProblem('MBR', ['2'], ctx.disks)).toBeUndefined();
  });

  test('no disk chosen: OK is refused on the list', () => {
    const values = resolveValues(def, setValue(emptyInput(), 'disks', []), ctx);
    expect(validatePage(def, 'initialize-disk', values, ctx)).toHaveProperty('disks');
  });
});

describe('New Simple Volume Wizard', () => {
  const disk = iscsiDisk(1, { state: 'Online', partitionStyle: 'MBR' });
  const ctx: NewVolumeContext = { host: 'Demo1', disk, freeLetters: ['E', 'F', 'G'] };
  const def = erase(newVolumeWizard);
  const input = (edits: Partial<NewVolumeValues>) => Object.entries(edits).reduce((acc, [name, value]) => setValue(acc, name, value), emptyInput());

  test('pages and defaults as 2008 R2: the maximum size, the next free letter, NTFS, "New Volume", quick format', () => {
    expect(visiblePages(def, {}, ctx).map((page) => page.title)).toEqual([
      'Welcome to the New Simple Volume Wizard',
      'Specify Volume Size',
      'Assign Drive Letter or Path',
      'Format Partition',
      'Completing the New Simple Volume Wizard',
    ]);
    const values = resolveValues(def, emptyInput(), ctx) as NewVolumeValues;
    expect(values).toEqual({ sizeMb: 10240, letterChoice: 'assign', driveLetter: 'E', fileSystem: 'NTFS', allocation: 'default', label: 'New Volume', quickFormat: true });
    expect(newVolumeBody(values)).toEqual({ volume: { sizeBytes: 10 * GIB, driveLetter: 'E', fileSystem: 'NTFS', label: 'New Volume', quickFormat: true } });
  });

  test('the size is between the minimum (8 MB) and the unallocated space', () => {
    expect(validatePage(def, 'size', resolveValues(def, input({ sizeMb: 7 }), ctx), ctx)).toHaveProperty('sizeMb');
    expect(validatePage(def, 'size', resolveValues(def, input({ sizeMb: 10241 }), ctx), ctx)).toEqual({ sizeMb: 'The size is at most 10240 MB, the unallocated space on Disk 1.' });
    expect(validatePage(def, 'size', resolveValues(def, input({ sizeMb: 8 }), ctx), ctx)).toEqual({});
  });

  test('no drive letter sends null and leaves the letter out of the summary; a label is at most 32 characters', () => {
    const values = resolveValues(def, input({ letterChoice: 'none', label: 'Quorum' }), ctx) as NewVolumeValues;
    expect(newVolumeBody(values).volume).toMatchObject({ driveLetter: null, label: 'Quorum' });
    expect(summaryRows(def, values, ctx).map((row) => row.name)).not.toContain('driveLetter');
    expect(validatePage(def, 'format', resolveValues(def, input({ label: 'x'.repeat(33) }), ctx), ctx)).toEqual({ label: 'An NTFS volume label has at most 32 characters.' });
  });

  test('with every letter in use, Assign is greyed with the reason and None is chosen', () => {
    const full: NewVolumeContext = { ...ctx, freeLetters: [] };
    expect(resolveValues(def, emptyInput(), full)).toMatchObject({ letterChoice: 'none' });
  });

  test("the lab's refusals land on the fields that own them (size, letter, label); a disk's own refusal on the page", () => {
    const values = resolveValues(def, emptyInput(), ctx);
    const taken = 'Drive letter E: is already in use on Demo1.';
    const size = 'The volume size must be between 1 byte and the 1024 bytes free on Disk 1.';
    const offline = 'Disk 1 is Offline; bring it Online before creating a volume.';
    const mapped = mapAnswer(def, values, ctx, { 'volume.driveLetter': taken, 'volume.sizeBytes': size, 'volume.label': 'x', volume: offline }, 4);
    expect(mapped.fields).toEqual({ driveLetter: taken, sizeMb: size, label: 'x' });
    expect(mapped.page.join(' ')).toContain(offline);
  });
});

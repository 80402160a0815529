// @vitest-environment jsdom
// The StarWind 5 image page in the Add Target wizard: the file field (data-field-type="file") with
// its Browse… dialog over the server's volumes and folders, by keyboard and pointer; and the sync
// interface that Next refuses until one is chosen.
import '../../ui/testing/jsdom';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { StarWindDevice } from '../../api/types';
import { click } from '../../ui/testing/click';
import { WizardFrame } from '../../wizard/wizard-frame';
import { storesContext } from './add-target.fixtures';
import { addTargetWizard, type AddTargetContext, type AddTargetValues } from './add-target.wizard';

afterEach(() => cleanup());

const quorum = { id: 'd1', host: 'SWS-Store1', name: 'HAImage1', imageFolder: 'My Computer\\D\\HA', imageFileName: 'Quorum.img' } as StarWindDevice;
const title = () => screen.getByTestId('wizard-page-title').textContent;

function openAt(page: 'image' | 'interfaces', context: AddTargetContext = storesContext) {
  const submit = vi.fn(async () => ({}));
  render(
    <WizardFrame<AddTargetValues, AddTargetContext>
      definition={addTargetWizard}
      context={context}
      initial={{ targetAlias: 'HA1', partnerAddress: 'SWS-Store2', partnerPassword: 'starwind' }}
      submit={submit}
      onClose={() => {}}
    />,
  );
  const wanted = page === 'image' ? 'Image File' : 'Synchronization and Priority';
  return (async () => {
    for (let step = 0; step < 12 && title() !== wanted; step++) {
      const before = title();
      fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
      await waitFor(() => expect(title()).not.toBe(before));
    }
    expect(title()).toBe(wanted);
  })();
}

/** A pointer click as react-aria's press handlers see it. */
async function key(element: Element, name: string) {
  await act(async () => {
    fireEvent.keyDown(element, { key: name });
    fireEvent.keyUp(element, { key: name });
  });
}

const typeInto = (input: HTMLElement, text: string) => fireEvent.change(input, { target: { value: text } });
const okButton = (dialog: HTMLElement) => within(dialog).getByRole<HTMLButtonElement>('button', { name: 'OK' });

const fileField = (name: string) => document.querySelector<HTMLElement>(`[data-field="${name}"][data-field-type="file"]`)!;

describe('the image file Browse… dialog (StarWind 5)', () => {
  test('both servers get the same path and Create new starts unchecked', async () => {
    await openAt('image');
    expect(fileField('imagePath').querySelector('input')!.value).toBe('My Computer\\D\\HA1.img');
    expect(fileField('partnerImagePath').querySelector('input')!.value).toBe('My Computer\\D\\HA1.img');
    for (const name of ['imageCreateNew', 'partnerImageCreateNew']) {
      expect(document.querySelector<HTMLInputElement>(`[name="${name}"]`)!.checked).toBe(false);
    }
    expect(document.querySelector('[data-field="imageFolder"]')).toBeNull();
    expect(document.querySelector('[data-field="sectorSize"]')).toBeNull();
  });

  test('lists volumes and image folders, with names, and OK writes folder and file name into the field', async () => {
    await openAt('image', { ...storesContext, devices: [quorum] });
    await click(within(fileField('imagePath')).getByRole('button', { name: /Browse…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Select Image File' });
    const folders = within(dialog).getByRole('tree', { name: 'Folders' });
    const rows = within(folders).getAllByRole('treeitem').map((row) => row.textContent);
    expect(rows).toEqual([expect.stringContaining('C:'), expect.stringContaining('D: Storage'), 'HA']);
    // The path's folder is selected on opening, its file name in the box.
    expect(within(folders).getByRole('treeitem', { name: /D: Storage/ }).getAttribute('aria-selected')).toBe('true');
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'File name' }).value).toBe('HA1.img');
    await click(within(folders).getByRole('treeitem', { name: 'HA' }));
    const files = within(dialog).getByRole('grid', { name: 'Files' });
    await click(within(files).getByRole('row', { name: 'Quorum.img' }));
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'File name' }).value).toBe('Quorum.img');
    await click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Select Image File' })).toBeNull());
    expect(fileField('imagePath').querySelector('input')!.value).toBe('My Computer\\D\\HA\\Quorum.img');
    // The partner follows the first server's path until edited: same name, same place.
    expect(fileField('partnerImagePath').querySelector('input')!.value).toBe('My Computer\\D\\HA\\Quorum.img');
  });

  test('by keyboard: arrows choose the volume, a name typed, Enter is OK; Cancel changes nothing', async () => {
    await openAt('image');
    await click(within(fileField('partnerImagePath')).getByRole('button', { name: /Browse…/ }));
    let dialog = await screen.findByRole('dialog', { name: 'Select Image File' });
    const folders = within(dialog).getByRole('tree', { name: 'Folders' });
    const volumeD = within(folders).getByRole('treeitem', { name: /D: Storage/ });
    act(() => volumeD.focus());
    await key(volumeD, 'ArrowUp');
    expect(within(folders).getByRole('treeitem', { name: /C:/ }).getAttribute('aria-selected')).toBe('true');
    const name = within(dialog).getByRole('textbox', { name: 'File name' });
    typeInto(name, 'HA1-partner.img');
    await key(name, 'Enter');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Select Image File' })).toBeNull());
    expect(fileField('partnerImagePath').querySelector('input')!.value).toBe('My Computer\\C\\HA1-partner.img');

    await click(within(fileField('imagePath')).getByRole('button', { name: /Browse…/ }));
    dialog = await screen.findByRole('dialog', { name: 'Select Image File' });
    typeInto(within(dialog).getByRole('textbox', { name: 'File name' }), '');
    expect(okButton(dialog).disabled).toBe(true);
    await click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Select Image File' })).toBeNull());
    expect(fileField('imagePath').querySelector('input')!.value).toBe('My Computer\\D\\HA1.img');
  });
});

describe('the sync interface (StarWind 5)', () => {
  test('nothing is chosen, no heartbeat field; Next refuses on the fields until both are set', async () => {
    await openAt('image');
    fireEvent.click(document.querySelector<HTMLInputElement>('[name="imageCreateNew"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
    await waitFor(() => expect(title()).toBe('Synchronization and Priority'));
    expect(document.querySelector('[data-field^="heartbeat"]')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next >' }));
    await screen.findByText('Set the interface SWS-Store1 uses to synchronize with its partner.');
    expect(screen.getByText('Set the interface SWS-Store2 uses to synchronize with its partner.')).toBeTruthy();
    expect(title()).toBe('Synchronization and Priority');
  });
});

// sessionStorage for zustand's persist where the page has it (a reload keeps the state, closing
// the tab ends it); a storage that keeps nothing where it is missing or refused (Node tests, a
// sandboxed frame).
import type { StateStorage } from 'zustand/middleware';

const noStorage: StateStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

export function sessionStorageOrNone(): StateStorage {
  try {
    return typeof sessionStorage === 'undefined' ? noStorage : sessionStorage;
  } catch {
    return noStorage;
  }
}

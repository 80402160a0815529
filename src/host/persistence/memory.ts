// Persistence in memory: Node tests and benchmarks. Values are cloned on the way in and out, as
// IndexedDB's structured clone would, so a caller cannot change what was "stored".
import type { CommandLogEntry } from '../../api/types';
import type { KeptAsideLab, LabMeta, Persistence, SavedLab, StoredSnapshot } from './types';

export class MemoryPersistence implements Persistence {
  private saved: SavedLab | null = null;
  private readonly aside: KeptAsideLab[] = [];

  async load(): Promise<SavedLab | null> {
    return this.saved ? structuredClone(this.saved) : null;
  }

  async reset(lab: SavedLab): Promise<void> {
    this.saved = structuredClone(lab);
  }

  async appendCommand(index: number, entry: CommandLogEntry): Promise<void> {
    const saved = this.require();
    if (index !== saved.commandLog.length) throw new Error(`command log index ${index} is not next (${saved.commandLog.length})`);
    saved.commandLog.push(structuredClone(entry));
  }

  async saveSnapshot(stored: StoredSnapshot): Promise<void> {
    this.require().snapshot = structuredClone(stored);
  }

  async saveMeta(meta: LabMeta): Promise<void> {
    Object.assign(this.require(), { nowMs: meta.nowMs, speed: meta.speed });
  }

  async keepAside(lab: SavedLab, reason: string): Promise<void> {
    this.aside.push(structuredClone({ reason, lab }));
  }

  async keptAside(): Promise<KeptAsideLab[]> {
    return structuredClone(this.aside);
  }

  close(): void {}

  private require(): SavedLab {
    if (!this.saved) throw new Error('no lab saved yet: reset() comes first');
    return this.saved;
  }
}

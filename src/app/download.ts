// Saves a value as a JSON file through the browser's download (Export Lab, a kept-aside lab).
import { saveBlob } from '../ui/save-text';

export function downloadJson(value: unknown, fileName: string): void {
  saveBlob(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }), fileName);
}

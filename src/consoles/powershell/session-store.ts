// Each server's console session, kept in sessionStorage so a reload finds it as the user left it:
// the transcript, the command history (Up/Down) and the modules imported, which every request
// sends along (the lab's PowerShell keeps no session of its own). Closing the tab ends them all,
// as closing the console window does.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { sessionStorageOrNone } from '../../stores/session-storage';

/** One block of the transcript: a typed line, the success output, or an error record. */
export interface TranscriptEntry {
  kind: 'command' | 'output' | 'error';
  text: string;
}

export interface ConsoleSession {
  transcript: TranscriptEntry[];
  history: string[];
  modules: string[];
}

/** The console's Command History buffer (its default size, 50 commands). */
export const HISTORY_MAX = 50;
/** Blocks kept in the transcript (older ones scroll away, as the screen buffer drops them). */
export const TRANSCRIPT_ENTRIES_MAX = 600;

export const EMPTY_SESSION: ConsoleSession = { transcript: [], history: [], modules: [] };

/** The session after a line ran: the line, its output and errors appended; the history without a repeat of the last line. */
export function afterRun(session: ConsoleSession, command: string, answer: { output: string; errors: readonly string[]; modules: readonly string[] }): ConsoleSession {
  const added: TranscriptEntry[] = [{ kind: 'command', text: command }];
  if (answer.output !== '') added.push({ kind: 'output', text: answer.output.replace(/\n$/, '') });
  for (const error of answer.errors) added.push({ kind: 'error', text: error });
  const history = command.trim() === '' || session.history[session.history.length - 1] === command ? session.history : [...session.history, command];
  return {
    transcript: [...session.transcript, ...added].slice(-TRANSCRIPT_ENTRIES_MAX),
    history: history.slice(-HISTORY_MAX),
    modules: [...answer.modules],
  };
}

/** Up (-1) or Down (+1) through the history from `index` (history.length: the new line); the line to show and its index. */
export function historyStep(history: readonly string[], index: number, direction: -1 | 1): { index: number; line: string } {
  const next = Math.min(history.length, Math.max(0, index + direction));
  return { index: next, line: history[next] ?? '' };
}

interface SessionsState {
  byHost: Record<string, ConsoleSession>;
  set(host: string, session: ConsoleSession): void;
}

export const usePowerShellSessions = create<SessionsState>()(
  persist(
    (set) => ({
      byHost: {},
      set: (host, session) => set((state) => ({ byHost: { ...state.byHost, [host]: session } })),
    }),
    { name: 'ha-lab-powershell', version: 1, storage: createJSONStorage(sessionStorageOrNone), partialize: (state) => ({ byHost: state.byHost }) },
  ),
);

// A server's Windows PowerShell console: the window title, the banner of its version, the
// transcript (role="log") and the prompt with its labelled input. Enter runs the line through
// POST /api/v1/powershell with the session's modules; Up and Down walk the command history.
// Output is printed as the lab's PowerShell formatted it, in a monospace font, so Format-Table's
// columns line up; error records read in the console's red on black.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useParams } from 'react-router';
import type { OsVersion } from '../../domain/lab';
import { useApi } from '../../shell/shell-context';
import { useLabMirror } from '../../stores/lab-mirror';
import { ErrorLine } from '../../ui/error-line';
import { banner, BUSY, INPUT_LABEL, LOG_LABEL, NOT_RUNNING, PROMPT, WINDOW_TITLE } from './labels';
import { afterRun, EMPTY_SESSION, historyStep, usePowerShellSessions, type TranscriptEntry } from './session-store';

function Entry({ entry }: { entry: TranscriptEntry }) {
  if (entry.kind === 'command') return <div>{`${PROMPT} ${entry.text}`}</div>;
  if (entry.kind === 'error') return <div className="w-fit bg-black text-[#ff5050]">{entry.text}</div>;
  return <div>{entry.text}</div>;
}

export default function PowerShellView() {
  const { name = '' } = useParams();
  const api = useApi();
  const host = useLabMirror((state) => Object.values(state.hosts).find((each) => each.name.toLowerCase() === name.toLowerCase()));
  const session = usePowerShellSessions((state) => state.byHost[name] ?? EMPTY_SESSION);
  const save = usePowerShellSessions((state) => state.set);
  const [line, setLine] = useState('');
  const [historyIndex, setHistoryIndex] = useState(session.history.length);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const osVersion: OsVersion | undefined = host?.osVersion;

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [session.transcript.length, busy]);

  const run = async () => {
    if (!api || busy) return;
    const command = line;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await api.call('runPowerShell', { body: { command, host: name, session: { modules: session.modules } } });
      const next = afterRun(usePowerShellSessions.getState().byHost[name] ?? EMPTY_SESSION, command, { output: answer.output, errors: answer.errors, modules: answer.session.modules });
      save(name, next);
      setHistoryIndex(next.history.length);
      setLine('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void run();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const step = historyStep(session.history, historyIndex, event.key === 'ArrowUp' ? -1 : 1);
      setHistoryIndex(step.index);
      setLine(step.line);
    }
  };

  const running = host?.powerState === 'on';
  return (
    <section aria-label={`${WINDOW_TITLE} on ${name}`} className="flex h-full min-h-0 flex-col">
      <h2 className="bg-[#dfe7f3] px-2 py-1 text-sm font-semibold text-black">{WINDOW_TITLE}</h2>
      <ErrorLine message={problem ?? (host && !running ? NOT_RUNNING(name) : null)} className="px-2 py-1 text-sm" />
      <div
        ref={logRef}
        onClick={() => inputRef.current?.focus()}
        className="min-h-0 flex-1 overflow-auto bg-[#012456] p-2 font-mono text-[13px] leading-[1.35] whitespace-pre-wrap [overflow-wrap:anywhere] text-[#eeedf0]"
        data-testid="powershell-console"
      >
        <div role="log" aria-label={LOG_LABEL} aria-live="polite">
          {osVersion && <div>{`${banner(osVersion)}\n\n`}</div>}
          {session.transcript.map((entry, index) => (
            <Entry key={index} entry={entry} />
          ))}
        </div>
        <div className="flex">
          <label htmlFor="powershell-input" className="shrink-0">
            {`${PROMPT} `}
            <span className="sr-only">{INPUT_LABEL}</span>
          </label>
          <input
            id="powershell-input"
            ref={inputRef}
            value={line}
            onChange={(event) => setLine(event.target.value)}
            onKeyDown={onKeyDown}
            readOnly={busy}
            disabled={!running}
            autoComplete="off"
            spellCheck={false}
            aria-busy={busy}
            className="min-w-0 flex-1 bg-transparent font-mono text-[#eeedf0] outline-none"
          />
        </div>
        {busy && <div className="sr-only" role="status">{BUSY}</div>}
      </div>
    </section>
  );
}

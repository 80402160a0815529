// The console session's bookkeeping: what a run appends, the history without repeats and within
// its size, Up and Down stopping at both ends.
import { expect, test } from 'vitest';
import { afterRun, EMPTY_SESSION, HISTORY_MAX, historyStep } from './session-store';

test('a run appends the line, its output and each error; the session takes the answer\'s modules', () => {
  const after = afterRun(EMPTY_SESSION, 'Get-ClusterNode', { output: '\nName State\n\n', errors: ['oops'], modules: ['FailoverClusters'] });
  expect(after).toEqual({
    transcript: [
      { kind: 'command', text: 'Get-ClusterNode' },
      { kind: 'output', text: '\nName State\n' },
      { kind: 'error', text: 'oops' },
    ],
    history: ['Get-ClusterNode'],
    modules: ['FailoverClusters'],
  });
  const again = afterRun(after, 'Get-ClusterNode', { output: '', errors: [], modules: [] });
  expect(again.history).toEqual(['Get-ClusterNode']);
  expect(afterRun(again, '  ', { output: '', errors: [], modules: [] }).history).toEqual(['Get-ClusterNode']);
});

test('the history keeps its last HISTORY_MAX lines; Up and Down stop at the oldest line and the new one', () => {
  let session = EMPTY_SESSION;
  for (let n = 0; n < HISTORY_MAX + 5; n++) session = afterRun(session, `line ${n}`, { output: '', errors: [], modules: [] });
  expect(session.history).toHaveLength(HISTORY_MAX);
  expect(session.history[0]).toBe('line 5');
  const history = ['a', 'b'];
  expect(historyStep(history, 2, -1)).toEqual({ index: 1, line: 'b' });
  expect(historyStep(history, 0, -1)).toEqual({ index: 0, line: 'a' });
  expect(historyStep(history, 1, 1)).toEqual({ index: 2, line: '' });
  expect(historyStep(history, 2, 1)).toEqual({ index: 2, line: '' });
});

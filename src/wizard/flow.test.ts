import { describe, expect, test } from 'vitest';
import { initialFlow, nextOutcome, reduceFlow, submitOutcome, viewOf, type FlowAction, type FlowEnv, type FlowState } from './flow';
import { childWizard, createWizardKit, erase } from './model';

type Values = { alias: string; size: number; runTests: string; validated: string };
const k = createWizardKit<Values, null>();
const definition = k.wizard('demo', 'Demo', [
  k.form('alias', 'Alias', [k.text('alias', { label: 'Alias', validate: (value) => (value ? undefined : 'Enter an alias.'), owns: ['alias', 'targetAlias'] })]),
  k.form('size', 'Size', [k.number('size', { label: 'Size', default: 1, minValue: 1 })]),
  k.summary('summary', 'Summary'),
  k.progress('done', 'Completing', {}),
]);

const env = (hasCheck = false): FlowEnv => ({ definition: erase(definition), ctx: null, hasCheck });
const run = (actions: FlowAction[], e = env(), from?: FlowState) => actions.reduce((state, action) => reduceFlow(state, action, e), from ?? initialFlow(erase(definition)));

describe('the wizard flow reducer', () => {
  test('Next is refused while the page has errors, and marks the page attempted', () => {
    const state = run([{ type: 'next' }]);
    expect(state.pageId).toBe('alias');
    expect(state.attempted.has('alias')).toBe(true);
    expect(viewOf(state, env()).localErrors).toEqual({ alias: 'Enter an alias.' });
  });

  test('Next moves on once the page is valid; Back returns; Back on the first page stays', () => {
    const onSize = run([{ type: 'edit', name: 'alias', value: 'HA1' }, { type: 'next' }]);
    expect(onSize.pageId).toBe('size');
    expect(run([{ type: 'back' }], env(), onSize).pageId).toBe('alias');
    expect(run([{ type: 'back' }, { type: 'back' }], env(), onSize).pageId).toBe('alias');
  });

  test('with a check, Next waits for the lab; its errors land on the owning field and block', () => {
    const e = env(true);
    const typed = run([{ type: 'edit', name: 'alias', value: 'HA1' }], e);
    expect(nextOutcome(typed, e)).toBe('check');
    const asking = run([{ type: 'next' }], e, typed);
    expect(asking.busy).toBe('check');
    expect(asking.pageId).toBe('alias');
    const refused = run([{ type: 'checked', answer: { errors: { targetAlias: 'The alias is taken.' } } }], e, asking);
    expect(refused.busy).toBeNull();
    expect(refused.serverErrors).toEqual({ alias: 'The alias is taken.' });
    expect(refused.pageId).toBe('alias');
    // Typing again makes the lab's word stale.
    expect(run([{ type: 'edit', name: 'alias', value: 'HA2' }], e, refused).serverErrors).toEqual({});
    const accepted = run([{ type: 'checked', answer: { warnings: { alias: 'Unusual.' } } }], e, asking);
    expect(accepted.pageId).toBe('size');
  });

  test('a message no field owns blocks with a line on the page', () => {
    const e = env(true);
    const state = run([{ type: 'edit', name: 'alias', value: 'HA1' }, { type: 'next' }, { type: 'checked', answer: { message: 'The server is not connected.' } }], e);
    expect(state.pageId).toBe('alias');
    expect(state.pageMessages).toEqual(['The server is not connected.']);
  });

  test('the submit goes back to a page that became invalid; an accepted submit shows the page after it with its job', () => {
    const onSummary = run([{ type: 'edit', name: 'alias', value: 'HA1' }, { type: 'next' }, { type: 'next' }]);
    expect(onSummary.pageId).toBe('summary');
    const emptied = { ...onSummary, input: { ...onSummary.input, stored: { ...onSummary.input.stored, alias: '' } } };
    expect(submitOutcome(emptied, env())).toEqual({ kind: 'blocked', pageId: 'alias' });
    expect(run([{ type: 'submit' }], env(), emptied).pageId).toBe('alias');

    const sending = run([{ type: 'submit' }], env(), onSummary);
    expect(sending.busy).toBe('submit');
    const refused = run([{ type: 'submitted', answer: { errors: { alias: 'Taken.' } } }], env(), sending);
    expect(refused.submitted).toBe(false);
    expect(refused.serverErrors.alias).toBe('Taken.');
    const done = run([{ type: 'submitted', answer: { jobId: 'job-0001' } }], env(), sending);
    expect(done).toMatchObject({ submitted: true, pageId: 'done', jobId: 'job-0001', busy: null });
    // No way back after the submit.
    expect(run([{ type: 'back' }], env(), done).pageId).toBe('done');
    expect(run([{ type: 'finish' }], env(), done).finished).toBe(true);
  });

  test('a page with a child wizard opens it after its checks, and takes its result on return', () => {
    const parent = k.wizard('parent', 'Parent', [
      k.form(
        'validate',
        'Validation Warning',
        [
          k.radio('runTests', { label: 'Run the tests?', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] }),
          // Holds what the child wizard returned; shown on the summary only.
          k.text('validated', { label: 'Validation', visible: () => false }),
        ],
        { child: { when: (v) => v.runTests === 'yes', open: () => childWizard({ definition, context: null, submit: async () => undefined }), resultField: 'validated', result: () => 'passed' } },
      ),
      k.form('size', 'Size', [k.number('size', { label: 'Size', default: 1 })]),
      k.summary('summary', 'Summary'),
    ]);
    const e: FlowEnv = { definition: erase(parent), ctx: null, hasCheck: false };
    const opened = run([{ type: 'next' }], e, initialFlow(erase(parent)));
    expect(opened).toMatchObject({ childOf: 'validate', pageId: 'validate' });
    expect(run([{ type: 'child-cancelled' }], e, opened)).toMatchObject({ childOf: null, pageId: 'validate' });
    const back = run([{ type: 'child-returned', value: 'passed' }], e, opened);
    expect(back).toMatchObject({ childOf: null, pageId: 'size' });
    expect(viewOf(back, e).values.validated).toBe('passed');
  });
});

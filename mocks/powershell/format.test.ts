// Format-Table sizes columns to their widest cell (numbers right-aligned, dashes as long as the
// header), Format-List pads names; error records in PowerShell 2.0's and 3.0's layouts.
import { expect, test } from 'vitest';
import { commandNotFound, formatError } from './errors';
import { formatTimeSpan } from '../../src/domain/units';
import { formatDefault, formatList, formatTable, type PsObject } from './format';

const vm = (name: string, memoryMb: number): PsObject => ({ typeName: 'VM', properties: { Name: name, MemoryMb: memoryMb }, table: [['Name', name], ['MemoryAssigned(M)', memoryMb]] });

test('a table: each column as wide as its widest cell, numbers right-aligned, framed by blank lines', () => {
  expect(formatTable([vm('VM1', 512), vm('Exchange', 16384)])).toBe(['', 'Name     MemoryAssigned(M)', '----     -----------------', 'VM1                    512', 'Exchange             16384', '', ''].join('\n'));
  expect(formatTable([vm('VM1', 512)], ['MemoryMb'])).toBe(['', 'MemoryMb', '--------', '     512', '', ''].join('\n'));
  expect(formatTable([])).toBe('');
});

test('a list: names padded to the longest; objects apart by a blank line', () => {
  expect(formatList([vm('VM1', 512), vm('VM2', 1024)])).toBe(['', 'Name     : VM1', 'MemoryMb : 512', '', 'Name     : VM2', 'MemoryMb : 1024', '', ''].join('\n'));
});

test('the default output: one table per run of objects of one type, formatted text as it is', () => {
  const node: PsObject = { typeName: 'Node', properties: { Name: 'Demo1' }, table: [['Name', 'Demo1']] };
  expect(formatDefault([vm('VM1', 1), node, { formatted: 'x\n' }])).toBe(`${formatTable([vm('VM1', 1)])}${formatTable([node])}x\n`);
});

test('a TimeSpan as [d.]hh:mm:ss', () => {
  expect(formatTimeSpan(0)).toBe('00:00:00');
  expect(formatTimeSpan(3_723_999)).toBe('01:02:03');
  expect(formatTimeSpan(90_061_000)).toBe('1.01:01:01');
});

test('an error record: 2.0 marks the end of the token with <<<<, 3.0 underlines it and names the command', () => {
  const record = commandNotFound('Get-Foo', { start: 4, end: 11 });
  const line = 'ls; Get-Foo -x';
  expect(formatError(record, line, 'v2').split('\n').slice(1, 3)).toEqual(['At line:1 char:12', '+ ls; Get-Foo <<<<  -x']);
  expect(formatError(record, line, 'v3').split('\n').slice(0, 4)).toEqual([
    "Get-Foo : The term 'Get-Foo' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
    'At line:1 char:5',
    '+ ls; Get-Foo -x',
    '+     ~~~~~~~',
  ]);
});

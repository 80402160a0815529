// The command line reader and parameter binding: tokens keep their place; names bind by unique
// prefix; positions fill what is left; switches, enums, lists and PowerShell's binding errors.
import { describe, expect, test } from 'vitest';
import { bind, type Signature } from './bind';
import { parseLine, type CommandAst } from './parse';

const one = (line: string): CommandAst => {
  const parsed = parseLine(line);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.statements[0]![0]!;
};

describe('parseLine', () => {
  test('statements, pipelines, quoted strings, -Name:value, lists and numbers, each with its extent', () => {
    const parsed = parseLine(`Get-ClusterGroup 'Cluster Group' | fl; Move-X -Name:"VM ""1""" -Node a,b -Wait 0 -Cancel:$false`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.statements.map((pipeline) => pipeline.map((command) => command.name))).toEqual([['Get-ClusterGroup', 'fl'], ['Move-X']]);
    expect(parsed.statements[0]![0]!.elements).toEqual([{ kind: 'arg', value: 'Cluster Group', extent: { start: 17, end: 32 } }]);
    const move = parsed.statements[1]![0]!;
    expect(move.elements.map((element) => (element.kind === 'param' ? [element.name, element.value?.value] : ['arg', element.value]))).toEqual([
      ['Name', 'VM "1"'],
      ['Node', undefined],
      ['arg', ['a', 'b']],
      ['Wait', undefined],
      ['arg', 0],
      ['Cancel', false],
    ]);
  });

  test('an unterminated string and an empty pipe element are parse errors', () => {
    expect(parseLine("Get-VM 'VM1")).toMatchObject({ ok: false, error: { fqid: 'TerminatorExpectedAtEndOfString', message: "The string is missing the terminator: '." } });
    expect(parseLine('Get-VM |')).toMatchObject({ ok: false, error: { fqid: 'EmptyPipeElement' } });
    expect(parseLine('| Get-VM')).toMatchObject({ ok: false, error: { fqid: 'EmptyPipeElement' } });
  });
});

const move: Signature = {
  name: 'Move-ClusterVirtualMachineRole',
  className: 'Move',
  params: [
    { name: 'Name', type: 'string', position: 0, mandatory: true },
    { name: 'Node', type: 'string', position: 1 },
    { name: 'MigrationType', type: { enum: ['Live', 'Quick'], typeName: 'VmMigrationType' } },
    { name: 'Wait', type: 'int' },
    { name: 'Cancel', type: 'switch' },
  ],
};

describe('bind', () => {
  test('unique prefixes in any case, positions for the rest, enum values in their own case, switches', () => {
    expect(bind(move, one('Move-ClusterVirtualMachineRole vm1 -mig quick -no Demo2 -C -W 5'))).toEqual({ ok: true, bound: { Name: 'vm1', MigrationType: 'Quick', Node: 'Demo2', Cancel: true, Wait: 5 } });
    expect(bind(move, one('Move-ClusterVirtualMachineRole VM1 Demo2'))).toEqual({ ok: true, bound: { Name: 'VM1', Node: 'Demo2' } });
  });

  test("PowerShell's binding errors, each with its id", () => {
    const fqid = (line: string) => {
      const result = bind(move, one(line));
      return result.ok ? 'bound' : result.error.fqid.split(',')[0];
    };
    expect(fqid('Move-ClusterVirtualMachineRole VM1 -Foo')).toBe('NamedParameterNotFound');
    expect(fqid('Move-ClusterVirtualMachineRole VM1 -N Demo2')).toBe('AmbiguousParameter');
    expect(fqid('Move-ClusterVirtualMachineRole -Node Demo2')).toBe('MissingMandatoryParameter');
    expect(fqid('Move-ClusterVirtualMachineRole VM1 -Node')).toBe('MissingArgument');
    expect(fqid('Move-ClusterVirtualMachineRole VM1 Demo2 extra')).toBe('PositionalParameterNotFound');
    expect(fqid('Move-ClusterVirtualMachineRole VM1 -Wait soon')).toBe('CannotConvertArgumentNoMessage');
    expect(fqid('Move-ClusterVirtualMachineRole VM1 -MigrationType Fast')).toBe('CannotConvertArgumentNoMessage');
    expect(fqid('Move-ClusterVirtualMachineRole VM1 -Node a -Node b')).toBe('ParameterAlreadyBound');
    // A piped object fills Name: not missing then.
    expect(bind(move, one('Move-ClusterVirtualMachineRole -Node Demo2'), ['Name'])).toEqual({ ok: true, bound: { Node: 'Demo2' } });
  });
});

// Contract of POST /api/v1/powershell on the ready lab (Cluster1 on Demo1 and Demo2, VM1 highly
// available and running on Demo1): the cmdlets follow the OS version (2008 R2: import
// FailoverClusters first, no Get-VM; 2016: modules load by themselves, Get-VM exists), a move is
// the migration engine's and shows in the role, and PowerShell's errors read as the console prints them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RouteAnswers } from '../../src/api/routes';
import type { OsVersion } from '../../src/domain/lab';
import { labHost, server } from '../node';
import { api } from '../starwind-test-support';
import { expectRefusedUnchanged, send } from '../test-support';

type Answer = RouteAnswers['runPowerShell'];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const readyLab = (osVersion: OsVersion) => send('POST', '/api/v1/lab', { scenario: 'seed-lab-ready', options: { osVersion } });

async function ps(command: string, modules: string[] = [], host = 'Demo1'): Promise<Answer> {
  const response = await send('POST', '/api/v1/powershell', { command, host, session: { modules } });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
}

describe('Windows Server 2008 R2 (PowerShell 2.0)', () => {
  beforeAll(() => readyLab('2008R2'));

  test('Get-ClusterNode is not recognized until Import-Module FailoverClusters; then Name and State', async () => {
    const before = await ps('Get-ClusterNode');
    expect(before.output).toBe('');
    expect(before.errors).toEqual([
      [
        "The term 'Get-ClusterNode' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
        'At line:1 char:16',
        '+ Get-ClusterNode <<<<',
        '    + CategoryInfo          : ObjectNotFound: (Get-ClusterNode:String) [], CommandNotFoundException',
        '    + FullyQualifiedErrorId : CommandNotFoundException',
      ].join('\n'),
    ]);
    const imported = await ps('Import-Module FailoverClusters');
    expect(imported).toMatchObject({ output: '', errors: [], session: { modules: ['FailoverClusters'] } });
    const nodes = await ps('get-clusternode', imported.session.modules);
    expect(nodes.errors).toEqual([]);
    expect(nodes.output).toBe(['', 'Name  State', '----  -----', 'Demo1 Up', 'Demo2 Up', '', ''].join('\n'));
  });

  test('Get-VM is not built in, even with FailoverClusters imported; Import-Module Hyper-V finds no module', async () => {
    const vm = await ps('Get-VM', ['FailoverClusters']);
    expect(vm.errors[0]).toMatch(/^The term 'Get-VM' is not recognized as the name of a cmdlet/);
    const hyperV = await ps('Import-Module Hyper-V');
    expect(hyperV.errors[0]).toContain("Import-Module : The specified module 'Hyper-V' was not loaded because no valid module file was found in any module directory.");
    expect(hyperV.session.modules).toEqual([]);
  });

  test('an unknown parameter, an ambiguous prefix and a missing mandatory parameter are binding errors; nothing changes', async () => {
    const unknown = await ps('Get-ClusterNode -Foo x', ['FailoverClusters']);
    expect(unknown.errors).toEqual([
      [
        "Get-ClusterNode : A parameter cannot be found that matches parameter name 'Foo'.",
        'At line:1 char:21',
        '+ Get-ClusterNode -Foo <<<<  x',
        '    + CategoryInfo          : InvalidArgument: (:) [Get-ClusterNode], ParameterBindingException',
        '    + FullyQualifiedErrorId : NamedParameterNotFound,Microsoft.FailoverClusters.PowerShell.GetNodeCommand',
      ].join('\n'),
    ]);
    await expectRefusedUnchanged(async () => {
      const ambiguous = await ps('Move-ClusterVirtualMachineRole VM1 -N Demo2', ['FailoverClusters']);
      expect(ambiguous.errors[0]).toContain("Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Node.");
      const missing = await ps('Move-ClusterVirtualMachineRole -Node Demo2', ['FailoverClusters']);
      expect(missing.errors[0]).toContain('Cannot process command because of one or more missing mandatory parameters: Name.');
      expect(missing.errors[0]).toContain('MissingMandatoryParameter,Microsoft.FailoverClusters.PowerShell.MoveClusterVirtualMachineRoleCommand');
      // A refusal of the lab as the answer's problem, so the "nothing changed" check can read it.
      return send('POST', '/api/v1/powershell', { command: 'Get-ClusterNode', host: 'Nowhere' });
    }, 404, 'host.not_found');
  });

  test('Get-ClusterGroup: the cluster group, and VM1 Online on Demo1; fl lists every property', async () => {
    const groups = await ps('Get-ClusterGroup', ['FailoverClusters']);
    expect(groups.output).toContain('VM1           Demo1     Online');
    expect(groups.output.split('\n')[1]).toMatch(/^Name +OwnerNode +State$/);
    const list = await ps('Get-ClusterGroup VM1 | fl', ['FailoverClusters']);
    expect(list.output).toBe(['', 'Name      : VM1', 'OwnerNode : Demo1', 'State     : Online', 'Cluster   : Cluster1', '', ''].join('\n'));
  });
});

describe('Windows Server 2016 (PowerShell 5.1)', () => {
  beforeAll(() => readyLab('2016'));

  test('cluster cmdlets load FailoverClusters by themselves; Get-ClusterNode shows the ID; Get-VM lists VM1', async () => {
    const nodes = await ps('Get-ClusterNode');
    expect(nodes.errors).toEqual([]);
    expect(nodes.session.modules).toEqual(['FailoverClusters']);
    expect(nodes.output).toBe(['', 'Name  ID State', '----  -- -----', 'Demo1 1  Up', 'Demo2 2  Up', '', ''].join('\n'));
    const vms = await ps('Get-VM');
    expect(vms.session.modules).toEqual(['Hyper-V']);
    const lines = vms.output.split('\n');
    expect(lines[1]).toBe('Name State   CPUUsage(%) MemoryAssigned(M) Uptime   Status');
    expect(lines[3]).toMatch(/^VM1 {2}Running +0 +\d+ \d\d:\d\d:\d\d Operating normally$/);
  });

  test('an unknown cmdlet and parameter, as PowerShell 5.1 underlines them', async () => {
    const unknown = await ps('Get-Foo');
    expect(unknown.errors[0]).toBe(
      [
        "Get-Foo : The term 'Get-Foo' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
        'At line:1 char:1',
        '+ Get-Foo',
        '+ ~~~~~~~',
        '    + CategoryInfo          : ObjectNotFound: (Get-Foo:String) [], CommandNotFoundException',
        '    + FullyQualifiedErrorId : CommandNotFoundException',
      ].join('\n'),
    );
    const parameter = await ps('Get-VM -Bogus');
    expect(parameter.errors[0]).toContain("Get-VM : A parameter cannot be found that matches parameter name 'Bogus'.\nAt line:1 char:8\n+ Get-VM -Bogus\n+        ~~~~~~");
  });

  test('Move-ClusterVirtualMachineRole -Name VM1 -Node Demo2 live migrates VM1: the role is owned by Demo2 once it completes', async () => {
    const moved = await ps('Move-ClusterVirtualMachineRole -Name VM1 -Node Demo2');
    expect(moved.errors).toEqual([]);
    // The command returns at once: the row is the group as it stands then (still on Demo1).
    expect(moved.output).toMatch(/VM1 +Demo1 +Online/);
    const { migrations } = await api.call('listMigrations', {});
    expect(migrations[0]).toMatchObject({ role: 'VM1', source: 'Demo1', destination: 'Demo2', type: 'live' });
    await labHost.advance(60_000);
    expect(await api.call('getClusterRole', { params: { name: 'Cluster1', role: 'VM1' } })).toMatchObject({ ownerNode: 'Demo2', state: 'Online' });
    expect((await ps('Get-ClusterGroup VM1')).output).toMatch(/VM1 +Demo2 +Online/);
  });

  test('a piped group moves by quick migration; a type the lab does not simulate and a server that is off are refused', async () => {
    const quick = await ps('Get-ClusterGroup VM1 | Move-ClusterVirtualMachineRole -Node Demo1 -MigrationType quick');
    expect(quick.errors).toEqual([]);
    const { migrations } = await api.call('listMigrations', {});
    expect(migrations[0]).toMatchObject({ role: 'VM1', source: 'Demo2', destination: 'Demo1', type: 'quick' });
    const turnOff = await ps('Move-ClusterVirtualMachineRole VM1 Demo2 -MigrationType TurnOff');
    expect(turnOff.errors[0]).toContain('-MigrationType TurnOff is not simulated');
    await api.call('powerHost', { params: { name: 'SWS-DC' }, body: { action: 'off' } });
    await expectRefusedUnchanged(() => send('POST', '/api/v1/powershell', { command: 'Get-VM', host: 'SWS-DC' }), 409, 'powershell.host_not_running');
  });
});


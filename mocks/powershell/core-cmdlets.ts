// Cmdlets built into PowerShell that the lab needs: Import-Module and Get-Module (the session's
// modules), Format-Table and Format-List (ft, fl) at the end of a pipeline.
import type { Signature } from './bind';
import { CLASS_NAMES, TYPE_NAMES, type ModuleName } from './facts';
import { formatList, formatTable, type PsObject } from './format';
import { names, type Cmdlet } from './session';

const importSig: Signature = {
  name: 'Import-Module',
  className: CLASS_NAMES.importModule,
  params: [{ name: 'Name', type: 'strings', position: 0, mandatory: true }],
};

const importModule: Cmdlet = {
  signature: importSig,
  aliases: ['ipmo'],
  module: null,
  async run({ session, bound, extent }) {
    for (const name of names(bound.Name) ?? []) {
      const module = session.available.find((each) => each.toLowerCase() === name.toLowerCase());
      if (!module) {
        return {
          ok: false,
          error: {
            message: `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`,
            command: importSig.name,
            category: 'ResourceUnavailable',
            target: `${name}:String`,
            activity: importSig.name,
            reason: 'FileNotFoundException',
            fqid: `Modules_ModuleNotFound,${importSig.className}`,
            extent,
          },
        };
      }
      if (!session.modules.includes(module)) session.modules.push(module);
    }
    return { ok: true, items: [] };
  },
};

const getModuleSig: Signature = {
  name: 'Get-Module',
  className: CLASS_NAMES.getModule,
  params: [
    { name: 'Name', type: 'strings', position: 0 },
    { name: 'ListAvailable', type: 'switch' },
  ],
};

const moduleObject = (name: ModuleName): PsObject => ({
  typeName: TYPE_NAMES.module,
  properties: { ModuleType: 'Manifest', Name: name },
  table: [['ModuleType', 'Manifest'], ['Name', name]],
});

const getModule: Cmdlet = {
  signature: getModuleSig,
  aliases: ['gmo'],
  module: null,
  async run({ session, bound }) {
    const listed = bound.ListAvailable === true ? session.available : session.modules;
    const wanted = names(bound.Name)?.map((each) => each.toLowerCase());
    return { ok: true, items: listed.filter((name) => !wanted || wanted.includes(name.toLowerCase())).map(moduleObject) };
  },
};

/** Properties named for a formatter, `*` for all of them. */
function chosen(bound: Record<string, unknown>): string[] | undefined {
  const properties = names(bound.Property as string[] | undefined);
  return properties && !properties.includes('*') ? properties : undefined;
}

const objectsOf = (input: readonly unknown[]) => input.filter((item): item is PsObject => typeof item === 'object' && item !== null && 'typeName' in item);

const formatTableSig: Signature = {
  name: 'Format-Table',
  className: CLASS_NAMES.formatTable,
  params: [
    { name: 'Property', type: 'strings', position: 0 },
    // Every lab table is sized as -AutoSize sizes it, so the switch changes nothing.
    { name: 'AutoSize', type: 'switch' },
  ],
};

const formatTableCmdlet: Cmdlet = {
  signature: formatTableSig,
  aliases: ['ft'],
  module: null,
  async run({ bound, input }) {
    const properties = chosen(bound);
    return { ok: true, items: [{ formatted: formatTable(objectsOf(input), properties) }] };
  },
};

const formatListSig: Signature = {
  name: 'Format-List',
  className: CLASS_NAMES.formatList,
  params: [{ name: 'Property', type: 'strings', position: 0 }],
};

const formatListCmdlet: Cmdlet = {
  signature: formatListSig,
  aliases: ['fl'],
  module: null,
  async run({ bound, input }) {
    return { ok: true, items: [{ formatted: formatList(objectsOf(input), chosen(bound)) }] };
  },
};

export const CORE_CMDLETS: readonly Cmdlet[] = [importModule, getModule, formatTableCmdlet, formatListCmdlet];

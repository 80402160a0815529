// DSM Install: the Microsoft DSM comes with Multipath I/O and is listed as installed. A vendor DSM
// needs its INF file: an empty path or one that is not an .inf is refused with the reason, and so
// is any other, because the lab's storage ships no vendor DSM (StarWind uses the Microsoft DSM).
import { useState } from 'react';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { TextField } from '../../ui/fields';
import { DSM_TAB } from './labels';

type Row = { name: string; status: string };
const COLUMNS: GridColumn<Row>[] = [
  { id: 'name', header: DSM_TAB.name, width: 'minmax(180px, 1fr)', cell: (row) => row.name },
  { id: 'status', header: DSM_TAB.status, width: 'minmax(180px, 1fr)', cell: (row) => row.status },
];
const ROWS: Row[] = [{ name: DSM_TAB.microsoftDsm, status: DSM_TAB.isInstalled }];

/** Why Install cannot go on with this INF path. */
export function infProblem(path: string): string {
  const text = path.trim();
  if (!text) return 'Enter the path of the DSM INF file.';
  if (!/\.inf$/i.test(text)) return `${text} is not an INF file: a DSM is installed from its .inf file.`;
  return `The file ${text} was not found on this server: a vendor DSM comes with its storage's software, and the lab's storage (StarWind) uses the Microsoft DSM.`;
}

export function DsmTab() {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-3 pt-3">
      <p>{DSM_TAB.intro}</p>
      <TextField name="dsmInfFile" label={DSM_TAB.infFile} value={path} onChange={setPath} errorMessage={error} />
      <DataGrid aria-label={DSM_TAB.installed} rows={ROWS} columns={COLUMNS} getRowId={(row) => row.name} selectedId={selected} onSelectionChange={setSelected} className="h-24" />
      <ErrorLine message={message} />
      <div className="flex justify-end gap-2">
        <Button
          onPress={() => {
            setMessage(null);
            setError(infProblem(path));
          }}
        >
          {DSM_TAB.install}
        </Button>
        <Button
          onPress={() => {
            setError(undefined);
            setMessage(selected ? 'The Microsoft DSM is part of Multipath I/O: it is removed with the Multipath I/O feature (Server Manager → Remove Features).' : 'Select the DSM to uninstall.');
          }}
        >
          {DSM_TAB.uninstall}
        </Button>
      </div>
    </div>
  );
}

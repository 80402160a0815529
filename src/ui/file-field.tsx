// A file path with Browse…: the box holds the full path (it can be typed), and Browse… opens a
// dialog over the server's volumes and folders, the files of the chosen folder and a file name box,
// as StarWind 5's image-file page has it ("Using the browse button, select the drive and folder").
// The root carries data-field / data-field-type="file"; the path box is its first input. With
// `folderOnly` the value is a folder (Hyper-V's Location: "Select Folder"): no files, no name box.
import { useId, useMemo, useState, type ReactNode } from 'react';
import { GridList, GridListItem, Input, Label, TextField as AriaTextField, type Selection } from 'react-aria-components';
import { FileText, Folder, HardDrive } from 'lucide-react';
import { Button } from './button';
import { cx } from './cx';
import { Dialog } from './dialog';
import { describedBy, FieldFooter } from './field-parts';
import { TreeView, type TreeNode } from './tree';

export const FILE_LABELS = { browse: 'Browse…', ok: 'OK', cancel: 'Cancel', folders: 'Folders', files: 'Files', fileName: 'File name', noFiles: 'No files in this folder.', chooseFolder: 'Choose a folder.', enterName: 'Enter a file name.' } as const;

/** A volume (top level) or a folder, with the files it holds. `id` is its path. */
export interface BrowseFolder {
  id: string;
  label: string;
  /** Shown after the label (a volume's free space). */
  detail?: string;
  files?: readonly string[];
  children?: readonly BrowseFolder[];
}

export interface FileFieldProps {
  name: string;
  label: string;
  /** The full path: folder, a backslash, the file name. */
  value: string;
  onChange(path: string): void;
  folders: readonly BrowseFolder[];
  browseTitle: string;
  description?: ReactNode;
  errorMessage?: string;
  warningMessage?: string;
  isDisabled?: boolean;
  autoFocus?: boolean;
  /** The value is a folder: Browse… picks one and offers no file name. */
  folderOnly?: boolean;
}

const INPUT = 'h-6 w-full rounded-[3px] border border-line-strong/70 bg-surface px-1.5 text-sm text-fg outline-none focus:border-accent data-[invalid]:border-error disabled:opacity-60';
const PANE = 'h-56 overflow-auto rounded-[3px] border border-line-strong/70 bg-surface py-0.5 text-sm outline-none data-[focus-visible]:border-accent';
const ITEM = 'flex h-6 cursor-default items-center gap-1 px-2 text-fg outline-none data-[focused]:bg-hover data-[selected]:bg-selected data-[selected]:text-selected-fg';

function splitPath(path: string): { folder: string; fileName: string } {
  const at = path.lastIndexOf('\\');
  return at < 0 ? { folder: '', fileName: path } : { folder: path.slice(0, at), fileName: path.slice(at + 1) };
}

function flatten(folders: readonly BrowseFolder[]): BrowseFolder[] {
  return folders.flatMap((folder) => [folder, ...flatten(folder.children ?? [])]);
}

export function FileField({ name, label, value, onChange, folders, browseTitle, description, errorMessage, warningMessage, isDisabled, autoFocus, folderOnly }: FileFieldProps) {
  const id = useId();
  const [browsing, setBrowsing] = useState(false);
  return (
    <div data-field={name} data-field-type="file" className="flex flex-col gap-1">
      <div className="flex items-end gap-2">
        <AriaTextField value={value} onChange={onChange} isDisabled={isDisabled} isInvalid={Boolean(errorMessage)} autoFocus={autoFocus} className="flex min-w-0 flex-1 flex-col gap-1">
          <Label className="text-sm text-fg">{label}</Label>
          <Input className={INPUT} spellCheck={false} aria-describedby={describedBy(id, description, errorMessage)} />
        </AriaTextField>
        <Button onPress={() => setBrowsing(true)} isDisabled={isDisabled} aria-label={`${FILE_LABELS.browse} (${label})`}>
          {FILE_LABELS.browse}
        </Button>
      </div>
      <FieldFooter id={id} description={description} errorMessage={errorMessage} warningMessage={warningMessage} />
      {browsing && (
        <FileBrowseDialog
          title={browseTitle}
          folders={folders}
          initialPath={value}
          folderOnly={folderOnly}
          onClose={() => setBrowsing(false)}
          onChoose={(path) => {
            onChange(path);
            setBrowsing(false);
          }}
        />
      )}
    </div>
  );
}

export interface FileBrowseDialogProps {
  title: string;
  folders: readonly BrowseFolder[];
  /** Where the dialog opens: the path's folder selected (when listed) and its file name in the box. */
  initialPath: string;
  /** Only a folder is chosen (the dialog has no Files pane and no File name box). */
  folderOnly?: boolean;
  onClose(): void;
  onChoose(path: string): void;
}

/** Volumes and folders on the left, the chosen folder's files on the right, a file name box; OK and Cancel. */
export function FileBrowseDialog({ title, folders, initialPath, folderOnly = false, onClose, onChoose }: FileBrowseDialogProps) {
  const all = useMemo(() => flatten(folders), [folders]);
  const initial = folderOnly ? { folder: initialPath, fileName: '' } : splitPath(initialPath);
  const [folderId, setFolderId] = useState<string | null>(() => all.find((folder) => folder.id.toLowerCase() === initial.folder.toLowerCase())?.id ?? all[0]?.id ?? null);
  const [fileName, setFileName] = useState(initial.fileName);
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(all.filter((folder) => (folder.children?.length ?? 0) > 0).map((folder) => folder.id)));
  const folder = all.find((candidate) => candidate.id === folderId);
  const files = folder?.files ?? [];
  const name = fileName.trim();
  const problem = !folder ? FILE_LABELS.chooseFolder : !name && !folderOnly ? FILE_LABELS.enterName : undefined;
  const choose = () => {
    if (folder && folderOnly) onChoose(folder.id);
    else if (folder && name) onChoose(`${folder.id.replace(/\\+$/, '')}\\${name}`);
  };
  const toNode = (entry: BrowseFolder, top: boolean): TreeNode => ({
    id: entry.id,
    label: entry.detail ? `${entry.label} (${entry.detail})` : entry.label,
    icon: top ? <HardDrive /> : <Folder />,
    children: (entry.children ?? []).map((child) => toNode(child, false)),
  });
  const fileSelection: Selection = new Set(files.filter((file) => file.toLowerCase() === name.toLowerCase()));
  return (
    <Dialog
      title={title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[560px]"
      footer={
        <>
          <Button variant="primary" onPress={choose} isDisabled={problem !== undefined}>
            {FILE_LABELS.ok}
          </Button>
          <Button onPress={onClose}>{FILE_LABELS.cancel}</Button>
        </>
      }
    >
      <div className="flex flex-col gap-2" data-file-browse>
        <div className={cx('grid gap-2', folderOnly ? 'grid-cols-1' : 'grid-cols-2')}>
          <div className="flex min-w-0 flex-col gap-1">
            <span className="text-xs text-muted">{FILE_LABELS.folders}</span>
            <div className={PANE}>
              <TreeView
                aria-label={FILE_LABELS.folders}
                nodes={folders.map((entry) => toNode(entry, true))}
                selectedId={folderId}
                onSelect={setFolderId}
                expandedIds={expanded}
                onExpandedChange={setExpanded}
              />
            </div>
          </div>
          {!folderOnly && (
          <div className="flex min-w-0 flex-col gap-1">
            <span className="text-xs text-muted">{FILE_LABELS.files}</span>
            <GridList
              aria-label={FILE_LABELS.files}
              items={files.map((file) => ({ id: file }))}
              selectionMode="single"
              selectedKeys={fileSelection}
              onSelectionChange={(keys) => {
                const [key] = keys === 'all' ? [] : [...keys];
                if (key !== undefined) setFileName(String(key));
              }}
              className={cx(PANE)}
              renderEmptyState={() => <span className="px-2 text-muted">{FILE_LABELS.noFiles}</span>}
            >
              {(item) => (
                <GridListItem id={item.id} textValue={item.id} className={ITEM}>
                  <FileText aria-hidden className="size-3.5 shrink-0" />
                  {item.id}
                </GridListItem>
              )}
            </GridList>
          </div>
          )}
        </div>
        {!folderOnly && (
        <AriaTextField value={fileName} onChange={setFileName} className="flex flex-col gap-1">
          <Label className="text-sm text-fg">{FILE_LABELS.fileName}</Label>
          <Input
            className={INPUT}
            spellCheck={false}
            onKeyDown={(event) => {
              // Enter in the name box is OK, as in Windows' file dialogs.
              if (event.key === 'Enter') {
                event.preventDefault();
                choose();
              }
            }}
          />
        </AriaTextField>
        )}
        <span className="text-xs text-muted" data-browse-path>
          {folder ? (folderOnly ? folder.id : `${folder.id.replace(/\\+$/, '')}\\${name}`) : problem}
        </span>
      </div>
    </Dialog>
  );
}

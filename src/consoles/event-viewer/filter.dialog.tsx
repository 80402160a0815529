// "Filter Current Log…": levels, computer, source and event id, as the Windows dialog offers them.
import { useState } from 'react';
import { EVENT_LEVELS } from '../../domain/event-log';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { Checkbox, SelectField, TextField } from '../../ui/fields';
import { NO_FILTER, type EventViewFilter } from './filter';

const ALL = '*';

export interface FilterDialogProps {
  log: string;
  filter: EventViewFilter;
  hosts: readonly string[];
  sources: readonly string[];
  onApply(filter: EventViewFilter): void;
  onClose(): void;
}

export function FilterDialog({ log, filter, hosts, sources, onApply, onClose }: FilterDialogProps) {
  const [draft, setDraft] = useState(filter);
  const [eventIdText, setEventIdText] = useState(filter.eventId === null ? '' : String(filter.eventId));
  const eventIdError = eventIdText.trim() !== '' && !/^\d+$/.test(eventIdText.trim()) ? 'Event ID: enter a number, e.g. 6006, or leave it empty.' : undefined;
  const apply = () => {
    if (eventIdError) return;
    onApply({ ...draft, eventId: eventIdText.trim() === '' ? null : Number(eventIdText.trim()) });
    onClose();
  };
  return (
    <Dialog
      title={`Filter Current Log — ${log}`}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[460px]"
      footer={
        <>
          <Button
            onPress={() => {
              setDraft(NO_FILTER);
              setEventIdText('');
            }}
          >
            Clear
          </Button>
          <Button variant="primary" onPress={apply} isDisabled={Boolean(eventIdError)}>
            OK
          </Button>
          <Button onPress={onClose}>Cancel</Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm">Event level:</legend>
          <div className="flex gap-4">
            {EVENT_LEVELS.map((level) => (
              <Checkbox
                key={level}
                name={`level${level}`}
                isSelected={draft.levels.includes(level)}
                onChange={(checked) => setDraft((current) => ({ ...current, levels: checked ? [...current.levels, level] : current.levels.filter((l) => l !== level) }))}
              >
                {level}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <SelectField
          name="host"
          label="Computer:"
          value={draft.host ?? ALL}
          options={[{ id: ALL, label: '<All Computers>' }, ...hosts.map((host) => ({ id: host, label: host }))]}
          onChange={(value) => setDraft((current) => ({ ...current, host: value === ALL ? null : value }))}
        />
        <SelectField
          name="source"
          label="Event sources:"
          value={draft.source ?? ALL}
          options={[{ id: ALL, label: '<All Event Sources>' }, ...sources.map((source) => ({ id: source, label: source }))]}
          onChange={(value) => setDraft((current) => ({ ...current, source: value === ALL ? null : value }))}
        />
        <TextField name="eventId" label="Event ID:" value={eventIdText} onChange={setEventIdText} errorMessage={eventIdError} description="One event ID, e.g. 6006; empty for all." />
      </div>
    </Dialog>
  );
}

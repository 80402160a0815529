// A report on a wizard page: the text as it will be saved, with Save as text and Copy.
import { useState } from 'react';
import { Button } from '../ui/button';
import { copyText, saveText } from '../ui/save-text';

export const REPORT_LABELS = {
  save: 'Save as text…',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  noClipboard: 'The clipboard is not available here: select the text and copy it.',
} as const;

export function ReportView({ title, text, fileName }: { title: string; text: string; fileName: string }) {
  return (
    <section aria-label={title} className="flex min-h-0 flex-1 flex-col gap-2" data-report>
      {/* Fills the page: the report is what the page is for (the seed keeps it "for documentation"). */}
      <pre tabIndex={0} className="min-h-24 flex-1 overflow-auto rounded-[3px] border border-line bg-panel p-2 font-mono text-xs whitespace-pre-wrap" data-report-text>
        {text}
      </pre>
      <ReportButtons text={text} fileName={fileName} />
    </section>
  );
}

/** Save as text and Copy for a text already on the page in another form (a wizard's summary). */
export function ReportButtons({ text, fileName }: { text: string; fileName: string }) {
  const [status, setStatus] = useState('');
  return (
    <div className="flex items-center gap-2" data-report-buttons>
      <Button onPress={() => saveText(text, fileName)}>{REPORT_LABELS.save}</Button>
      <Button onPress={() => void copyText(text).then((copied) => setStatus(copied ? REPORT_LABELS.copied : REPORT_LABELS.noClipboard))}>{REPORT_LABELS.copy}</Button>
      <span className="text-xs text-muted" aria-live="polite">
        {status}
      </span>
    </div>
  );
}

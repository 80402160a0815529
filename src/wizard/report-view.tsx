// A report on a wizard page: the text as it will be saved, with Save as text and Copy.
import { useState } from 'react';
import { Button } from '../ui/button';
import { Dialog } from '../ui/dialog';
import { copyText, saveText } from '../ui/save-text';

export const REPORT_LABELS = {
  save: 'Save as text…',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  noClipboard: 'The clipboard is not available here: select the text and copy it.',
  close: 'Close',
} as const;

/** The full report a page's button opens (its text read when it opens, and again as the job moves). */
export interface FullReport {
  label: string;
  title: string;
  text(): string;
}

export function ReportView({ title, text, fileName, full }: { title: string; text: string; fileName: string; full?: FullReport }) {
  return (
    <section aria-label={title} className="flex min-h-0 flex-1 flex-col gap-2" data-report>
      {/* Fills the page: the report is what the page is for (the seed keeps it "for documentation"). */}
      <pre tabIndex={0} className="min-h-24 flex-1 overflow-auto rounded-[3px] border border-line bg-panel p-2 font-mono text-xs whitespace-pre-wrap" data-report-text>
        {text}
      </pre>
      <ReportButtons text={text} fileName={fileName} full={full} />
    </section>
  );
}

/** The full report in a window of its own, with Save as text and Copy (Windows opens it in the browser). */
function FullReportDialog({ report, fileName, onClose }: { report: FullReport; fileName: string; onClose(): void }) {
  const text = report.text();
  return (
    <Dialog title={report.title} isOpen onOpenChange={(open) => !open && onClose()} widthClassName="w-[860px]" footer={<Button onPress={onClose}>{REPORT_LABELS.close}</Button>}>
      <div className="flex flex-col gap-2" data-full-report>
        <pre tabIndex={0} className="max-h-[60vh] overflow-auto rounded-[3px] border border-line bg-panel p-2 font-mono text-xs whitespace-pre-wrap" data-report-text>
          {text}
        </pre>
        <ReportButtons text={text} fileName={fileName} />
      </div>
    </Dialog>
  );
}

/** Save as text and Copy for a text already on the page in another form (a wizard's summary). */
export function ReportButtons({ text, fileName, full }: { text: string; fileName: string; full?: FullReport }) {
  const [status, setStatus] = useState('');
  const [viewing, setViewing] = useState(false);
  return (
    <div className="flex items-center gap-2" data-report-buttons>
      {full && <Button onPress={() => setViewing(true)}>{full.label}</Button>}
      {full && viewing && <FullReportDialog report={full} fileName={fileName} onClose={() => setViewing(false)} />}
      <Button onPress={() => saveText(text, fileName)}>{REPORT_LABELS.save}</Button>
      <Button onPress={() => void copyText(text).then((copied) => setStatus(copied ? REPORT_LABELS.copied : REPORT_LABELS.noClipboard))}>{REPORT_LABELS.copy}</Button>
      <span className="text-xs text-muted" aria-live="polite">
        {status}
      </span>
    </div>
  );
}

// The summary page: every choice of the visible pages, those that belong to one server under its
// name (the two partners of an HA device side by side), with Save as text and Copy: the seed says
// this page "should be captured and saved for documentation".
import { AlertTriangle } from 'lucide-react';
import { computed, pageWarnings, summaryRows, summaryText, visiblePages, type SummaryRow, type WizardDef, type WizardValues } from './model';
import { ReportButtons } from './report-view';

interface Block {
  group?: string;
  rows: SummaryRow[];
}

interface Section {
  title: string;
  blocks: Block[];
}

function sectionsOf(rows: readonly SummaryRow[]): Section[] {
  const sections: Section[] = [];
  for (const row of rows) {
    let section = sections.at(-1);
    if (!section || section.title !== row.pageTitle) {
      section = { title: row.pageTitle, blocks: [] };
      sections.push(section);
    }
    const block = section.blocks.at(-1);
    if (block && block.group === row.group) block.rows.push(row);
    else section.blocks.push(row.group === undefined ? { rows: [row] } : { group: row.group, rows: [row] });
  }
  return sections;
}

/** The file name Save as text offers: the one the wizard's own report uses, else its title's. */
function summaryFileName(definition: WizardDef<WizardValues, unknown>, values: WizardValues, ctx: unknown): string {
  for (const page of definition.pages) {
    if ((page.kind === 'progress' || page.kind === 'report') && page.report) return computed(page.report.fileName, values, ctx);
  }
  return `${definition.title} - Summary.txt`;
}

function Rows({ rows }: { rows: readonly SummaryRow[] }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-sm">
      {rows.map((row) => (
        <div key={row.name} className="contents" data-summary-row={row.name}>
          <dt className="text-muted">{row.label}:</dt>
          <dd className="min-w-0 break-words">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Summary({ definition, values, ctx, warnings }: { definition: WizardDef<WizardValues, unknown>; values: WizardValues; ctx: unknown; warnings: Record<string, string> }) {
  const sections = sectionsOf(summaryRows(definition, values, ctx));
  const warningLines = Object.values(warnings);
  const localWarnings = visiblePages(definition, values, ctx).flatMap((page) => Object.values(pageWarnings(definition, page.id, values, ctx)));
  const allWarnings = [...new Set([...localWarnings, ...warningLines])];
  return (
    <div className="flex flex-col gap-3" data-testid="wizard-summary">
      {allWarnings.length > 0 && (
        <div className="flex flex-col gap-1 rounded-[3px] border border-warn bg-warn-soft px-2 py-1 text-sm text-fg">
          {allWarnings.map((line) => (
            <p key={line} className="flex items-start gap-1.5">
              <AlertTriangle aria-hidden className="mt-0.5 size-3.5 shrink-0 text-warn" />
              {line}
            </p>
          ))}
        </div>
      )}
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3 className="border-b border-line text-sm font-semibold">{section.title}</h3>
          {/* One server's settings beside the other's, each under the server's name. */}
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {section.blocks.map((block, index) =>
              block.group === undefined ? (
                <div key={index} className="basis-full">
                  <Rows rows={block.rows} />
                </div>
              ) : (
                <section key={index} aria-label={block.group} className="min-w-[200px] flex-1" data-summary-group={block.group}>
                  <h4 className="text-sm font-semibold">{block.group}</h4>
                  <Rows rows={block.rows} />
                </section>
              ),
            )}
          </div>
        </section>
      ))}
      <ReportButtons text={summaryText(definition, values, ctx)} fileName={summaryFileName(definition, values, ctx)} />
    </div>
  );
}

// The seed document's chapters and steps (seed-steps.ts): on the Getting Started page and in the
// steps pane beside the console. A step with a console links to it; the others name their tool.
import { cx } from '../ui/cx';
import { SeedStepLinkView } from './seed-step-link';
import { SEED_CHAPTERS } from './seed-steps';

export function SeedStepsList({ compact = false }: { compact?: boolean }) {
  return (
    <div className={cx('flex flex-col', compact ? 'gap-3' : 'gap-4')}>
      {SEED_CHAPTERS.map((chapter, chapterIndex) => (
        <section key={chapter.id} aria-labelledby={`seed-chapter-${chapter.id}${compact ? '-pane' : ''}`} data-seed-chapter={chapter.id}>
          <h3 id={`seed-chapter-${chapter.id}${compact ? '-pane' : ''}`} className="text-sm font-semibold">
            {chapterIndex + 1}. {chapter.title}
          </h3>
          <p className="text-xs text-muted">In the document: “{chapter.section}”</p>
          <ol className="mt-1 flex flex-col gap-1">
            {chapter.steps.map((step) => (
              <li key={step.id} data-seed-step={step.id} className="grid grid-cols-[2.25rem_1fr] gap-x-1 text-sm">
                <span className="text-right text-muted tabular-nums">{step.number !== undefined ? `${step.number}.` : '•'}</span>
                <span>
                  {step.text}{' '}
                  {step.link ? (
                    <span className="text-xs">
                      ({step.tool}: <SeedStepLinkView link={step.link} />)
                    </span>
                  ) : (
                    <span className="text-xs text-muted">({step.tool}: not in the lab yet)</span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

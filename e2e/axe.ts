// The accessibility check and the E2E_SCREENS pictures, shared by views.spec.ts and the flow specs
// that check their views at the moment they show them (failover-cluster, seed-cluster). A view is
// looked at in both themes: the theme follows the system preference, so the emulated preference is
// flipped and the console switches theme as it would on a real desktop.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const THEMES = ['light', 'dark'] as const;
/** The first size is the one axe checks (the config's viewport); the pictures are taken at each. */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
export const SCREENS = process.env.E2E_SCREENS === '1';
/**
 * The themes differ only in colours (the same DOM, other CSS variables), so the theme the page is
 * in gets every rule and the other the rules whose outcome colours decide: half the time of two
 * full runs, and one theme switch a view instead of two.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Serious and critical violations on the whole page. Legacy mode runs axe in the page itself: the
 * console has no frames, and the default mode's extra page for frame results costs seconds a check.
 * axe-core (half a megabyte of script) is evaluated once per document: AxeBuilder would evaluate it
 * twice per check, about a tenth of a second each; once it is there, an empty source stands in and
 * AxeBuilder still configures and runs it as always.
 */
export async function seriousViolations(page: Page, rules?: readonly string[]) {
  const injected = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  const builder = new AxeBuilder({ page, axeSource: injected ? ';' : undefined }).setLegacyMode().options({ resultTypes: ['violations'] });
  const results = await (rules ? builder.withRules([...rules]) : builder).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
}

export interface Check {
  /** The accessibility check's label (the view); none: a picture only. */
  axe?: string;
}

/**
 * The view as it is now, in each theme: with `axe` the accessibility check (its label names the
 * view and the theme), and with E2E_SCREENS=1 a picture at each size named
 * `<prefix><theme>-<name>.png` (1440 × 900) and `1024/<prefix><theme>-<name>.png` (1024 × 700).
 * The page is left in the other theme (the console works the same in both).
 */
export async function look(page: Page, prefix: string, name: string, check: Check = {}) {
  if (!check.axe && !SCREENS) return;
  const current = await page.locator('html').getAttribute('data-theme');
  const order = current === THEMES[1] ? [THEMES[1], THEMES[0]] : THEMES;
  for (const theme of order) {
    if (theme !== current) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    }
    if (check.axe) expect(await seriousViolations(page, theme === order[0] ? undefined : COLOUR_RULES), `${check.axe} (${theme} theme)`).toEqual([]);
    if (!SCREENS) continue;
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const folder = size === SIZES[0] ? 'test-results/screens' : `test-results/screens/${size.width}`;
      await page.screenshot({ path: `${folder}/${prefix}${theme}-${name}.png` });
    }
    await page.setViewportSize(SIZES[0]);
  }
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core run in the page: the serious and critical violations (WCAG 2.1 A and AA rules). */
export async function seriousA11yViolations(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE_SOURCE });
  const found = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => String(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)) })))`,
  )) as AxeFinding[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Ids of the org (city-a-county-5-head-security, prov) and UUIDs: never on a page a person reads. */
export const RAW_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|\b(?:city|prov)(?:-[a-z0-9]+)+\b|\b[a-z]+_[a-z_]+\b/;

/** Words a Chinese page may carry in Latin letters: file formats and units. */
const LATIN_ALLOWED = /\b(?:PDF|Excel|CSV|JPEG|PNG|HEIC|MiB)\b/g;

/**
 * The page's own words (headings, labels, buttons, table heads, tags, menus, notices), without what
 * people entered or the org is named: in a Chinese page, none in English.
 */
export async function englishChrome(page: Page, dataNames: string[]): Promise<string[]> {
  const texts = await page.$$eval(
    'main h1, main h2, main h3, main h4, label, button, th, .ant-tag, nav a, .ant-descriptions-item-label, .ant-empty-description, .ant-result-title, .ant-result-subtitle, .ant-steps-item-title, .next-step > strong, .ant-form-item-extra, .ant-select-selection-placeholder, .ant-card-head-title, .ant-alert-message, .ant-pagination, .muted',
    // The language picker names each language in itself (中文, English).
    (els) => els.filter((e) => !e.closest('[data-user-text], .lang') && (e as { offsetParent: unknown }).offsetParent !== null).map((e) => (e.textContent ?? '').trim()).filter(Boolean),
  );
  // What the org calls its units and people is theirs to name (the demo org's names are in both languages).
  const own = (t: string) => dataNames.reduce((rest, n) => rest.replaceAll(n, ''), t).replace(LATIN_ALLOWED, '');
  return texts.filter((t) => /[A-Za-z]{2,}/.test(own(t)));
}

/**
 * Follows the page's requests from now on; `quiet()` waits until none has been in flight for half a
 * second, the notice stream (a fetch that stays open by design) not counted: Playwright's
 * 'networkidle' counts it, and never comes. `quiet()` answers false when the page keeps asking.
 */
export function requestTracker(page: Page): { quiet: (timeoutMs?: number) => Promise<boolean> } {
  const inFlight = new Set<unknown>();
  let last = Date.now();
  page.on('request', (r) => {
    if (r.headers().accept !== 'text/event-stream') inFlight.add(r);
    last = Date.now();
  });
  const ended = (r: unknown) => {
    inFlight.delete(r);
    last = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    async quiet(timeoutMs = 15_000) {
      for (const until = Date.now() + timeoutMs; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
        if (inFlight.size === 0 && Date.now() - last >= 500) return true;
      }
      return false;
    },
  };
}

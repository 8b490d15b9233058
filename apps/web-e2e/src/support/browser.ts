import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

const WORKSPACE = resolve(import.meta.dirname, '../../../..');
export const SCREENSHOT_DIR = join(WORKSPACE, 'test-output/screenshots');

/** Debian's Chromium, headless, with nothing phoning home. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves `test-output/screenshots/<name>.png` for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let transitions (snackbar, sidenav, ripples) settle.
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** What went wrong in the pages watched, as "who: what" lines. */
export interface PageProblems {
  /** Uncaught exceptions and console errors (other than CSP reports). */
  readonly errors: string[];
  /** Content-Security-Policy violations: the page's `securitypolicyviolation` events and Chromium's console reports. */
  readonly cspViolations: string[];
}

export function pageProblems(): PageProblems {
  return { errors: [], cspViolations: [] };
}

interface CspViolationReport {
  directive: string;
  blocked: string;
  url: string;
  sample: string;
}

const CSP_BINDING = '__pnyxReportCspViolation';
/** How Chromium words a CSP report on the console ("Refused to load …", "Sending form data to … violates …"). */
const CSP_CONSOLE = /Content Security Policy/i;

/**
 * Records uncaught errors, console errors and CSP violations of `page` into `problems`.
 * Violations come from a `securitypolicyviolation` listener installed in every document
 * before its own scripts run (through a binding: the page's CSP does not apply to it),
 * and from Chromium's console reports. Call before the page's first navigation.
 */
export async function watchPage(page: Page, problems: PageProblems, who: string): Promise<void> {
  await page.exposeBinding(CSP_BINDING, (_source, report: CspViolationReport) => {
    const sample = report.sample ? ` "${report.sample}"` : '';
    problems.cspViolations.push(`${who}: ${report.directive} refused ${report.blocked}${sample} on ${report.url}`);
  });
  await page.addInitScript((binding: string) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as Record<string, (report: CspViolationReport) => void>)[binding];
        report?.({ directive: event.effectiveDirective, blocked: event.blockedURI, url: event.documentURI, sample: event.sample });
      },
      true,
    );
  }, CSP_BINDING);
  page.on('pageerror', (error) => problems.errors.push(`${who}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    (CSP_CONSOLE.test(message.text()) ? problems.cspViolations : problems.errors).push(`${who}: ${message.text()}`);
  });
}

let axeSource: string | undefined;

/**
 * Runs axe-core (from node_modules) against the current screen; returns its WCAG 2.1
 * A/AA violations. axe is evaluated through the DevTools protocol, which the page's
 * Content-Security-Policy does not govern: a <script> tag would be refused by it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // A snack bar opens with its content in an aria-hidden holder and moves it into its live region
  // 150 ms later (Angular Material's announcement); axe would flag the holder's button meanwhile.
  await page.waitForFunction(() => !document.querySelector('.mat-mdc-snack-bar-label [aria-hidden="true"] *'));
  await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

// axe-core on the page as it is now: no critical or serious violation of WCAG 2.1 A/AA, and the structure
// every screen must have (one main landmark, one h1, content inside landmarks, a logical heading order).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Best-practice rules the accessibility issue makes requirements, whatever impact axe gives them. */
const STRUCTURE = ['landmark-one-main', 'page-has-heading-one', 'region', 'heading-order', 'landmark-unique', 'bypass', 'landmark-no-duplicate-main'];

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const blocking = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious' || STRUCTURE.includes(v.id));
  const report = blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(report, `axe on “${screen}”`).toEqual([]);
}

/** The same inside an open dialog: the page behind it is not what the user can reach now. */
export async function expectDialogAccessible(page: Page, screen: string): Promise<void> {
  const result = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  const report = blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(report, `axe on the dialog “${screen}”`).toEqual([]);
}

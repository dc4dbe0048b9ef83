/**
 * The accessibility audit every spec runs: axe-core against WCAG 2.1 A and AA (2.2 AA where a
 * spec asks), reporting only serious and critical violations, each as one readable line.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG21 = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function seriousViolations(
	page: Page,
	options: { include?: string; wcag22?: boolean } = {}
): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(
		options.wcag22 ? [...WCAG21, 'wcag22aa'] : WCAG21
	);
	if (options.include) builder = builder.include(options.include);
	const results = await builder.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id}: ${v.help} (${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join('; ')})`
		);
}

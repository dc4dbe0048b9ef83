import { describe, expect, it } from 'vitest';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { LIGHT } from '$lib/theme';
import { datedLegend, filterOn, shadeColour, shadeValue } from './dated';
import { isKind, TODAY } from './layers/expressions';

describe('the map at a day', () => {
	it('replaces "exists today" with "not absent that day" in a layer filter', () => {
		const filter = filterOn(isKind('district') as never, ['karabakh/aghdara'], TODAY);
		expect(JSON.stringify(filter)).not.toContain('valid_to');
		const expression = createExpression(filter, {
			type: 'boolean',
			'property-type': 'data-driven',
			expression: { interpolated: false, parameters: ['zoom', 'feature'] }
		} as never);
		expect(expression.result).toBe('success');
		const evaluate = (id: string, kind = 'district') =>
			(expression as { value: { evaluate: (...a: unknown[]) => unknown } }).value.evaluate(
				{ zoom: 6 },
				{ properties: { id, kind, valid_to: '2023-12' } }
			);
		expect(evaluate('karabakh/kalbajar/until-2023')).toBe(true);
		expect(evaluate('karabakh/aghdara')).toBe(false);
		expect(evaluate('karabakh/lachin', 'zone')).toBe(false);
	});

	it('colours by the holder in feature state, unknown when there is none', () => {
		const expression = createExpression(shadeColour(LIGHT), {
			type: 'color',
			'property-type': 'data-driven',
			expression: { interpolated: false, parameters: ['zoom', 'feature', 'feature-state'] }
		} as never);
		expect(expression.result).toBe('success');
		const colour = (shade?: string) =>
			String(
				(expression as { value: { evaluate: (...a: unknown[]) => unknown } }).value.evaluate(
					{ zoom: 6 },
					{ properties: {} },
					shade ? { shade } : {}
				)
			);
		expect(colour(shadeValue('held', 'nkr'))).toBe(colour(shadeValue('partly', 'nkr')));
		expect(colour(shadeValue('held', 'nkr'))).not.toBe(colour(shadeValue('held', 'aze')));
		expect(colour()).toBe(colour('unknown'));
		expect(colour()).not.toBe(colour(shadeValue('held', 'aze')));
	});

	it('says in words what each shade means', () => {
		const labels = datedLegend(
			LIGHT,
			{
				day: '2000-01-01',
				units: {
					a: { status: 'partly', holder: 'nkr', uncertain: false },
					b: { status: 'held', holder: 'aze', uncertain: false }
				},
				absent: []
			},
			{ nkr: 'Armenian forces (the self-declared Nagorno-Karabakh Republic)', aze: 'Azerbaijan' }
		).map((item) => item.label);
		expect(labels).toEqual([
			'Held by Armenian forces (the self-declared Nagorno-Karabakh Republic)',
			'Held by Azerbaijan',
			expect.stringMatching(/^Hatched: held only in part.*none is drawn$/),
			'No sourced record of who held it on this date'
		]);
	});
});

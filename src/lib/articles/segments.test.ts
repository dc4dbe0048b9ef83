import { describe, expect, it } from 'vitest';
import { createAllFeatures } from '../../../tests/fixtures/features';
import { buildGazetteer } from './gazetteer';
import { linkPassage } from './linker';
import { passageSegments } from './segments';

function segmentsOf(text: string) {
	return passageSegments(
		text,
		linkPassage(buildGazetteer(createAllFeatures()), 't', { id: 'p1', text })
	);
}

describe('passageSegments', () => {
	it('splits text into plain and linked segments that join back to the text', () => {
		const text = 'From Baku to Islamabad.';
		const segments = segmentsOf(text);
		expect(segments).toEqual([
			{ text: 'From ' },
			{ text: 'Baku', featureIds: ['place/baku'] },
			{ text: ' to ' },
			{ text: 'Islamabad', featureIds: ['place/islamabad'] },
			{ text: '.' }
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('gives one segment with every feature for a phrase linking several', () => {
		expect(segmentsOf('PoK')).toEqual([
			{ text: 'PoK', featureIds: ['kashmir/azad-jammu-and-kashmir', 'kashmir/gilgit-baltistan'] }
		]);
	});

	it('keeps <script> and HTML comments as plain text segments', () => {
		const text = '<script>alert("Baku")</script> <!-- Kashmir --> <b>x</b>';
		const segments = segmentsOf(text);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => !s.featureIds).map((s) => s.text)).toEqual([
			'<script>alert("',
			'")</script> <!-- ',
			' --> <b>x</b>'
		]);
		for (const s of segments)
			expect(Object.keys(s).every((k) => k === 'text' || k === 'featureIds')).toBe(true);
	});

	it('returns the whole text as one segment when nothing is linked', () => {
		expect(passageSegments('nothing here', [])).toEqual([{ text: 'nothing here' }]);
	});

	it('splits overlapping links at every boundary', () => {
		const segments = passageSegments('abcdef', [
			{ start: 0, end: 4, featureId: 'x' },
			{ start: 2, end: 6, featureId: 'y' }
		]);
		expect(segments).toEqual([
			{ text: 'ab', featureIds: ['x'] },
			{ text: 'cd', featureIds: ['x', 'y'] },
			{ text: 'ef', featureIds: ['y'] }
		]);
	});
});

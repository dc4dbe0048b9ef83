import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitMarkdown, splitPlainText, stripInlineMarkdown } from './split';

const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text);

describe('splitPlainText', () => {
	it('splits at blank lines and keeps line breaks inside a passage', () => {
		const blocks = splitPlainText(
			'Shelling was reported near Lachin on Monday.\nResidents left.\n\n  \nTalks resumed in Baku.'
		);
		expect(texts(blocks)).toEqual([
			'Shelling was reported near Lachin on Monday.\nResidents left.',
			'Talks resumed in Baku.'
		]);
	});

	it('splits at single line breaks when the text has no blank line', () => {
		const blocks = splitPlainText(
			'Troops moved along the Line of Control overnight, officials said.\nA curfew was imposed in Srinagar.\nSchools stayed closed in Kupwara and Baramulla districts for a second day.'
		);
		expect(blocks).toHaveLength(3);
		expect(blocks[1]!.text).toBe('A curfew was imposed in Srinagar.');
	});

	it('keeps a hard-wrapped paragraph together when the text has no blank line', () => {
		const wrapped = [
			'The ceasefire along the Line of Control held through the night, according',
			'to officials on both sides, who said that no firing had been reported in',
			'the Poonch and Rajouri sectors since the agreement was announced.',
			'Villagers near Uri returned to their fields for the first time in months,',
			'and schools in the area reopened.'
		];
		const blocks = splitPlainText(wrapped.join('\n'));
		expect(texts(blocks)).toEqual([wrapped.slice(0, 3).join('\n'), wrapped.slice(3).join('\n')]);
	});

	it('reads Windows and old Mac line ends and drops a byte-order mark', () => {
		expect(texts(splitPlainText('\uFEFFOne passage.\r\n\r\nTwo passage.\rStill two.'))).toEqual([
			'One passage.',
			'Two passage.\nStill two.'
		]);
	});

	it('marks a short line standing alone before longer text as a heading', () => {
		const blocks = splitPlainText(
			'Fighting near Lachin\n\nShelling was reported near the town on Monday, residents said.\n\nAftermath in Shusha\n\nThe town was quiet on Tuesday as people returned home.'
		);
		expect(blocks.map((b) => b.heading ?? 0)).toEqual([1, 0, 2, 0]);
		expect(blocks[0]!.text).toBe('Fighting near Lachin');
	});

	it('does not take a sentence or the last line for a heading', () => {
		const blocks = splitPlainText('It was quiet.\n\nA longer passage follows here.\n\nThe end');
		expect(blocks.every((b) => !b.heading)).toBe(true);
	});
});

describe('splitMarkdown', () => {
	it('keeps # headings as headings, even without blank lines around them', () => {
		const { blocks } = splitMarkdown(
			'# The Line of Control\nA paragraph about **Kashmir**.\n\n## After 1972 ##\n\nMore text.',
			parseYaml
		);
		expect(blocks).toEqual([
			{ heading: 1, text: 'The Line of Control' },
			{ text: 'A paragraph about Kashmir.' },
			{ heading: 2, text: 'After 1972' },
			{ text: 'More text.' }
		]);
	});

	it('reads underlined headings and drops thematic breaks', () => {
		const { blocks } = splitMarkdown(
			'Karabakh\n========\n\nText one.\n\n***\n\nText two.',
			parseYaml
		);
		expect(blocks).toEqual([
			{ heading: 1, text: 'Karabakh' },
			{ text: 'Text one.' },
			{ text: 'Text two.' }
		]);
	});

	it('takes title, source and date from front matter, leniently', () => {
		const { blocks, meta } = splitMarkdown(
			'---\ntitle: Report from Gilgit\ndate: 2024-05-01\nurl: https://example.org/x\n---\n\nBody text.',
			parseYaml
		);
		expect(meta).toMatchObject({
			title: 'Report from Gilgit',
			published: '2024-05-01',
			source: 'https://example.org/x'
		});
		expect(texts(blocks)).toEqual(['Body text.']);
	});

	it('reads a file with broken front matter as text after it', () => {
		const { blocks, meta } = splitMarkdown('---\ntitle: [unclosed\n---\nBody.', parseYaml);
		expect(meta.title).toBe('');
		expect(texts(blocks)).toEqual(['Body.']);
	});
});

describe('stripInlineMarkdown', () => {
	it('reduces links, images, emphasis and code to their text', () => {
		expect(
			stripInlineMarkdown(
				'See [the map](https://x.org/m) of ![Shusha](s.png) and *Lachin*, __Kalbajar__ and `Aghdam`.'
			)
		).toBe('See the map of Shusha and Lachin, Kalbajar and Aghdam.');
	});

	it('leaves snake_case and lone asterisks alone', () => {
		expect(stripInlineMarkdown('a_b_c costs 5 * 3 and 2 * 4')).toBe('a_b_c costs 5 * 3 and 2 * 4');
	});
});

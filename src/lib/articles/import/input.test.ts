// @vitest-environment happy-dom
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	MAX_FILE_BYTES,
	checkFileSize,
	decodeFile,
	draftFromText,
	formatOfFile,
	formatOfPaste
} from './input';
import { ImportError } from './types';

const deps = {
	parseHtml: (html: string) => new DOMParser().parseFromString(html, 'text/html'),
	parseYaml
};

function importError(run: () => unknown): ImportError {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected an ImportError');
}

describe('reader input', () => {
	it('refuses an empty paste, naming it', () => {
		expect(importError(() => draftFromText('pasted text', ' \n\t ', 'text', deps)).message).toBe(
			'pasted text: the text is empty'
		);
	});

	it('refuses a paste with no letters', () => {
		expect(
			importError(() => draftFromText('pasted text', '12 34 — 56 !!', 'text', deps)).message
		).toMatch(/no letters/);
	});

	it('refuses a file over the size limit before reading it', () => {
		const error = importError(() => checkFileSize('huge.txt', 10 * 1024 * 1024));
		expect(error.message).toBe(
			'huge.txt: the file is 10.0 MB; the explorer reads files up to 5.0 MB'
		);
		expect(() => checkFileSize('ok.txt', MAX_FILE_BYTES)).not.toThrow();
	});

	it('refuses a text over the length limit', () => {
		const text = 'Shusha is a town. '.repeat(130_000);
		expect(importError(() => draftFromText('big.txt', text, 'text', deps)).message).toMatch(
			/^big.txt: the text is 2\.2 MB long/
		);
	});

	it('refuses binary files', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(importError(() => decodeFile('photo.txt', png)).message).toMatch(
			/^photo.txt: this is not a text file/
		);
	});

	it('reads UTF-8, UTF-16 and, failing those, Windows-1252 (and says so)', () => {
		expect(decodeFile('a.txt', new TextEncoder().encode('Şuşa')).text).toBe('Şuşa');
		const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
		expect(decodeFile('b.txt', utf16).text).toBe('AB');
		const latin = decodeFile('c.txt', new Uint8Array([0x4b, 0xf6, 0x6c, 0x6e]));
		expect(latin.text).toBe('Köln');
		expect(latin.note).toMatch(/Windows-1252/);
	});

	it('accepts .txt, .md and .html files and names any other', () => {
		expect(formatOfFile('Report.TXT')).toBe('text');
		expect(formatOfFile('notes.md')).toBe('markdown');
		expect(formatOfFile('page.htm')).toBe('html');
		expect(importError(() => formatOfFile('report.pdf')).message).toMatch(
			/^report.pdf: not a text/
		);
	});

	it('tells pasted HTML and Markdown from text', () => {
		expect(formatOfPaste('<div><p>Hi</p></div>')).toBe('html');
		expect(formatOfPaste('# Title\n\nText')).toBe('markdown');
		expect(formatOfPaste('Plain text about Kashmir.')).toBe('text');
	});

	it('refuses a page whose only text is script', () => {
		expect(
			importError(() =>
				draftFromText(
					'page.html',
					'<html><body><script>var a = 1</script></body></html>',
					'html',
					deps
				)
			).message
		).toMatch(/no text outside its scripts/);
	});
});

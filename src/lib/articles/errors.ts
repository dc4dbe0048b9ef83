/** The one error type of the article pipeline: names the file, the line and what is wrong. */
export class ArticleError extends Error {
	readonly file: string;
	readonly line: number | undefined;

	constructor(file: string, line: number | undefined, problem: string) {
		super(line === undefined ? `${file}: ${problem}` : `${file}:${line}: ${problem}`);
		this.name = 'ArticleError';
		this.file = file;
		this.line = line;
	}
}

/** 1-based line of a character offset in a text. */
export function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

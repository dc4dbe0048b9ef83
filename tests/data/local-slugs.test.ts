/**
 * Local articles (kept in a reader's browser) have slugs `local-…`; a shipped article file named
 * so could be shadowed by one, or shadow it, in `?a=<slug>`.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR } from '../../src/lib/articles/content.server';
import { LOCAL_PREFIX } from '../../src/lib/library/slug';

describe('shipped article slugs', () => {
	it('never start with the prefix of local articles', () => {
		const files = readdirSync(resolve(import.meta.dirname, '../..', ARTICLES_DIR));
		expect(files.filter((file) => file.startsWith(LOCAL_PREFIX))).toEqual([]);
	});
});

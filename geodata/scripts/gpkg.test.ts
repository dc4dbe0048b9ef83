import { describe, it, expect } from 'vitest';
import { gpkgWkbOffset } from './gpkg';

const header = (flags: number) => new Uint8Array([0x47, 0x50, 0, flags, 0xe6, 0x10, 0, 0]);

describe('gpkgWkbOffset', () => {
	it('skips the 8-byte header when there is no envelope', () => {
		expect(gpkgWkbOffset(header(0b0000_0001))).toBe(8);
	});
	it('skips a 32-byte xy envelope (indicator 1)', () => {
		expect(gpkgWkbOffset(header(0b0000_0011))).toBe(40);
	});
	it('skips a 64-byte xyzm envelope (indicator 4)', () => {
		expect(gpkgWkbOffset(header(0b0000_1001))).toBe(72);
	});
	it('rejects a blob without the GP magic', () => {
		expect(() => gpkgWkbOffset(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/GP/);
	});
});

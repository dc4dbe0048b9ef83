import { afterEach, describe, expect, it, vi } from 'vitest';
import { isWebglFailure, mayHaveWebgl2 } from './webgl';

describe('WebGL support', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('asks for the WebGL 2 interface without creating a context', () => {
		expect(mayHaveWebgl2()).toBe(false);
		const created = vi.fn();
		vi.stubGlobal('WebGL2RenderingContext', function WebGL2RenderingContext() {});
		vi.stubGlobal('document', { createElement: created });
		expect(mayHaveWebgl2()).toBe(true);
		expect(created).not.toHaveBeenCalled();
	});

	it("recognises MapLibre's error for a missing context, and only that", () => {
		// As maplibre-gl 6 throws it (src/util/gpu_initialization_error.ts): the name survives minifying.
		const gpu = Object.assign(new Error('WebGL2 is required to display this map.'), {
			name: 'GPUInitializationError'
		});
		expect(isWebglFailure(gpu)).toBe(true);
		expect(isWebglFailure(new Error('Failed to fetch'))).toBe(false);
		expect(isWebglFailure('GPUInitializationError')).toBe(false);
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker that records what was created and ended. */
class FakeWorker {
	static created: FakeWorker[] = [];
	terminated = false;
	constructor(
		readonly url: string,
		readonly options?: WorkerOptions
	) {
		FakeWorker.created.push(this);
	}
	terminate() {
		this.terminated = true;
	}
}

async function loadModule() {
	FakeWorker.created = [];
	vi.resetModules();
	vi.stubGlobal('document', { baseURI: 'http://localhost/sub/' });
	vi.stubGlobal('Worker', FakeWorker);
	return import('./worker');
}

afterEach(() => vi.unstubAllGlobals());

describe('the map worker started ahead of the library', () => {
	it('starts one module worker for the map script as soon as it is loaded', async () => {
		const { mapWorkerUrl } = await loadModule();
		expect(FakeWorker.created).toHaveLength(1);
		expect(FakeWorker.created[0]!.url).toBe(mapWorkerUrl());
		expect(FakeWorker.created[0]!.options).toEqual({ type: 'module' });
		expect(mapWorkerUrl()).toMatch(/^http:\/\/localhost\/.*maplibre-gl-worker/);
	});

	it('is the worker MapLibre gets when it creates one, and the constructor is given back', async () => {
		const { handToMapLibre, mapWorkerUrl } = await loadModule();
		const started = FakeWorker.created[0];
		let got: unknown;
		handToMapLibre(() => {
			got = new Worker(mapWorkerUrl(), { type: 'module' });
		});
		expect(got).toBe(started);
		expect(FakeWorker.created).toHaveLength(1);
		expect(started!.terminated).toBe(false);
		expect(globalThis.Worker).toBe(FakeWorker);
	});

	it('lends only the map worker: another script gets a worker of its own', async () => {
		const { handToMapLibre } = await loadModule();
		let other: FakeWorker | undefined;
		handToMapLibre(() => {
			other = new Worker('http://localhost/other.js') as unknown as FakeWorker;
		});
		expect(other).not.toBe(FakeWorker.created[0]);
		expect(other!.url).toBe('http://localhost/other.js');
	});

	it('ends the started worker when MapLibre did not ask for it, and restores the constructor on a throw', async () => {
		const { handToMapLibre } = await loadModule();
		const started = FakeWorker.created[0]!;
		expect(() =>
			handToMapLibre(() => {
				throw new Error('no map today');
			})
		).toThrow('no map today');
		expect(started.terminated).toBe(true);
		expect(globalThis.Worker).toBe(FakeWorker);
	});

	it('hands it over once: a second call creates workers as usual', async () => {
		const { handToMapLibre, mapWorkerUrl } = await loadModule();
		handToMapLibre(() => void new Worker(mapWorkerUrl(), { type: 'module' }));
		let second: unknown;
		handToMapLibre(() => {
			second = new Worker(mapWorkerUrl(), { type: 'module' });
		});
		expect(second).not.toBe(FakeWorker.created[0]);
		expect(FakeWorker.created).toHaveLength(2);
	});

	it('lets MapLibre create its own when no worker could be started', async () => {
		FakeWorker.created = [];
		vi.resetModules();
		vi.stubGlobal('document', { baseURI: 'http://localhost/' });
		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					throw new Error('workers refused');
				}
			}
		);
		const { handToMapLibre } = await import('./worker');
		const create = vi.fn();
		handToMapLibre(create);
		expect(create).toHaveBeenCalledTimes(1);
	});
});

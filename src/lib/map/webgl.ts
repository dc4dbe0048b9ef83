/** Whether this browser can give MapLibre a WebGL context (it needs WebGL 2, or 1 as fallback). */
export function webglSupport(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}

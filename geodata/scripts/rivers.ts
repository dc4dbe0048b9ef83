/**
 * GMT multisegment text → segments; river paths as shortest paths through
 * the network of bin-cut river segments. Pure.
 */
import type { Position } from 'geojson';

export interface Segment {
	header: string;
	coords: Position[];
}

/** Parse `gmt coast -M` output (">" header lines, then "lon<TAB>lat" lines). */
export function parseGmtSegments(text: string): Segment[] {
	const out: Segment[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (!line) continue;
		if (line.startsWith('>')) out.push({ header: line.slice(1).trim(), coords: [] });
		else {
			const [x, y] = line.split(/\s+/).map(Number);
			if (!out.length) out.push({ header: '', coords: [] });
			out[out.length - 1].coords.push([x, y]);
		}
	}
	return out.filter((s) => s.coords.length >= 2);
}

const R = 6371.0088;
const RAD = Math.PI / 180;
export function kmBetween(a: Position, b: Position): number {
	const k = Math.cos(((a[1] + b[1]) / 2) * RAD);
	return Math.hypot((b[0] - a[0]) * k, b[1] - a[1]) * RAD * R;
}

/**
 * Shortest path (by length) from the vertex nearest `from` to the vertex
 * nearest `to`, through the segments; vertices closer than `joinKm` are
 * treated as one node. Throws with the distances if an anchor is further
 * than `snapKm` from every vertex or if the two are not connected.
 */
export function riverPath(
	segs: Position[][],
	from: Position,
	to: Position,
	snapKm = 3,
	joinKm = 0.05
): Position[] {
	const cell = 0.01;
	const nodes: Position[] = [];
	const grid = new Map<string, number[]>();
	const nodeOf = (p: Position): number => {
		const cx = Math.floor(p[0] / cell);
		const cy = Math.floor(p[1] / cell);
		for (let dx = -1; dx <= 1; dx++)
			for (let dy = -1; dy <= 1; dy++)
				for (const i of grid.get(`${cx + dx},${cy + dy}`) ?? [])
					if (kmBetween(nodes[i], p) <= joinKm) return i;
		nodes.push(p);
		const k = `${cx},${cy}`;
		if (!grid.has(k)) grid.set(k, []);
		grid.get(k)!.push(nodes.length - 1);
		return nodes.length - 1;
	};
	const adj = new Map<number, { to: number; w: number }[]>();
	const link = (a: number, b: number) => {
		if (a === b) return;
		const w = kmBetween(nodes[a], nodes[b]);
		if (!adj.has(a)) adj.set(a, []);
		if (!adj.has(b)) adj.set(b, []);
		adj.get(a)!.push({ to: b, w });
		adj.get(b)!.push({ to: a, w });
	};
	for (const s of segs) {
		let prev = nodeOf(s[0]);
		for (let i = 1; i < s.length; i++) {
			const cur = nodeOf(s[i]);
			link(prev, cur);
			prev = cur;
		}
	}
	const nearest = (p: Position) => {
		let best = -1;
		let d = Infinity;
		nodes.forEach((q, i) => {
			const e = kmBetween(p, q);
			if (e < d) [best, d] = [i, e];
		});
		if (d > snapKm)
			throw new Error(
				`riverPath: anchor ${p.join(',')} is ${d.toFixed(1)} km from the nearest river vertex`
			);
		return best;
	};
	const s = nearest(from);
	const t = nearest(to);
	// Dijkstra with a simple binary heap
	const dist = new Float64Array(nodes.length).fill(Infinity);
	const prev = new Int32Array(nodes.length).fill(-1);
	const heap: [number, number][] = [[0, s]];
	dist[s] = 0;
	const push = (x: [number, number]) => {
		heap.push(x);
		let i = heap.length - 1;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (heap[p][0] <= heap[i][0]) break;
			[heap[p], heap[i]] = [heap[i], heap[p]];
			i = p;
		}
	};
	const pop = () => {
		const top = heap[0];
		const last = heap.pop()!;
		if (heap.length) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
				if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
				if (m === i) break;
				[heap[m], heap[i]] = [heap[i], heap[m]];
				i = m;
			}
		}
		return top;
	};
	while (heap.length) {
		const [d, u] = pop();
		if (d > dist[u]) continue;
		if (u === t) break;
		for (const { to: v, w } of adj.get(u) ?? []) {
			if (d + w < dist[v] || (d + w === dist[v] && u < prev[v])) {
				dist[v] = d + w;
				prev[v] = u;
				push([dist[v], v]);
			}
		}
	}
	if (!Number.isFinite(dist[t]))
		throw new Error(`riverPath: ${from.join(',')} and ${to.join(',')} are not connected`);
	const path: Position[] = [];
	for (let v = t; v !== -1; v = prev[v]) path.push(nodes[v]);
	return path.reverse();
}

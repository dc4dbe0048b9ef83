/**
 * Shared-edge extraction (the "mesh" of two polygon sets), chaining of the
 * edge pieces into lines, and slicing a line between two vertices.
 * Works on exact coordinate equality, as Natural Earth polygons share
 * their vertices along common borders. Pure; no dependencies.
 */
import type { Position, Polygon, MultiPolygon } from 'geojson';

type Poly = Polygon | MultiPolygon;

const key = (p: Position) => `${p[0]},${p[1]}`;
const edgeKey = (a: Position, b: Position) => {
	const ka = key(a);
	const kb = key(b);
	return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
};

export function rings(g: Poly): Position[][] {
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Every ring segment of `a` that is also a ring segment of `b` (either direction). */
export function sharedSegments(a: Poly[], b: Poly[]): [Position, Position][] {
	const inB = new Set<string>();
	for (const g of b)
		for (const r of rings(g))
			for (let i = 0; i < r.length - 1; i++) inB.add(edgeKey(r[i], r[i + 1]));
	const out: [Position, Position][] = [];
	const seen = new Set<string>();
	for (const g of a)
		for (const r of rings(g))
			for (let i = 0; i < r.length - 1; i++) {
				const k = edgeKey(r[i], r[i + 1]);
				if (inB.has(k) && !seen.has(k)) {
					seen.add(k);
					out.push([r[i], r[i + 1]]);
				}
			}
	return out;
}

/**
 * Chain segments into maximal lines. Lines break at nodes of degree ≠ 2.
 * Output is deterministic: lines start at the lexicographically smallest
 * free end, and are returned sorted by their first vertex.
 */
export function chainSegments(segs: [Position, Position][]): Position[][] {
	const adj = new Map<string, { p: Position; next: Position[] }>();
	const add = (a: Position, b: Position) => {
		const k = key(a);
		if (!adj.has(k)) adj.set(k, { p: a, next: [] });
		adj.get(k)!.next.push(b);
	};
	for (const [a, b] of segs) {
		add(a, b);
		add(b, a);
	}
	const used = new Set<string>();
	const lines: Position[][] = [];
	const walk = (start: Position, first: Position) => {
		const line = [start, first];
		used.add(edgeKey(start, first));
		let prev = start;
		let cur = first;
		for (;;) {
			const node = adj.get(key(cur))!;
			if (node.next.length !== 2) break;
			const nxt = node.next.find((n) => key(n) !== key(prev) && !used.has(edgeKey(cur, n)));
			if (!nxt) break;
			used.add(edgeKey(cur, nxt));
			line.push(nxt);
			prev = cur;
			cur = nxt;
		}
		return line;
	};
	const nodes = [...adj.keys()].sort();
	// open chains first, from nodes of degree ≠ 2
	for (const k of nodes) {
		const n = adj.get(k)!;
		if (n.next.length === 2) continue;
		for (const m of [...n.next].sort((x, y) => (key(x) < key(y) ? -1 : 1)))
			if (!used.has(edgeKey(n.p, m))) lines.push(walk(n.p, m));
	}
	// then closed loops
	for (const k of nodes) {
		const n = adj.get(k)!;
		for (const m of n.next) if (!used.has(edgeKey(n.p, m))) lines.push(walk(n.p, m));
	}
	return lines.sort((x, y) => (key(x[0]) < key(y[0]) ? -1 : key(x[0]) > key(y[0]) ? 1 : 0));
}

/** Join lines that meet end to end (after degree-≠-2 breaks caused by other pieces). */
export function joinLines(lines: Position[][]): Position[][] {
	const work = lines.map((l) => [...l]);
	let merged = true;
	while (merged) {
		merged = false;
		outer: for (let i = 0; i < work.length; i++)
			for (let j = 0; j < work.length; j++) {
				if (i === j) continue;
				const a = work[i];
				const b = work[j];
				let joined: Position[] | null = null;
				if (key(a[a.length - 1]) === key(b[0])) joined = [...a, ...b.slice(1)];
				else if (key(a[a.length - 1]) === key(b[b.length - 1]))
					joined = [...a, ...[...b].reverse().slice(1)];
				if (joined) {
					work[i] = joined;
					work.splice(j, 1);
					merged = true;
					break outer;
				}
			}
	}
	return work;
}

function nearestIndex(line: Position[], p: Position): { i: number; d: number } {
	let best = { i: -1, d: Infinity };
	line.forEach((q, i) => {
		const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
		if (d < best.d) best = { i, d };
	});
	return best;
}

/**
 * The part of `line` between the vertices nearest to `from` and `to`,
 * oriented from `from` to `to`. Throws if either point is further than
 * `maxDeg` from every vertex.
 */
export function sliceBetween(
	line: Position[],
	from: Position,
	to: Position,
	maxDeg = 0.001
): Position[] {
	const a = nearestIndex(line, from);
	const b = nearestIndex(line, to);
	if (a.d > maxDeg)
		throw new Error(
			`sliceBetween: no vertex within ${maxDeg}° of ${from.join(',')} (nearest ${a.d.toFixed(5)}°)`
		);
	if (b.d > maxDeg)
		throw new Error(
			`sliceBetween: no vertex within ${maxDeg}° of ${to.join(',')} (nearest ${b.d.toFixed(5)}°)`
		);
	return a.i <= b.i ? line.slice(a.i, b.i + 1) : line.slice(b.i, a.i + 1).reverse();
}

/** Orient a line so that it starts at the end nearer to `start`. */
export function orientFrom(line: Position[], start: Position): Position[] {
	const d0 = Math.hypot(line[0][0] - start[0], line[0][1] - start[1]);
	const d1 = Math.hypot(line[line.length - 1][0] - start[0], line[line.length - 1][1] - start[1]);
	return d1 < d0 ? [...line].reverse() : line;
}

/** Chain a set of (possibly unordered, differently oriented) line pieces into rings. */
export function ringsFromLines(pieces: Position[][], snapDeg = 0): Position[][] {
	const segs: [Position, Position][] = [];
	for (const l of pieces) for (let i = 0; i < l.length - 1; i++) segs.push([l[i], l[i + 1]]);
	let lines = joinLines(chainSegments(segs));
	if (snapDeg > 0) lines = closeGaps(lines, snapDeg);
	return lines.filter((l) => l.length >= 4 && key(l[0]) === key(l[l.length - 1]));
}

/** Join open lines whose ends lie within `snapDeg` of each other (nearest pair first). */
export function closeGaps(lines: Position[][], snapDeg: number): Position[][] {
	const work = lines.map((l) => [...l]);
	for (;;) {
		let best: { i: number; j: number; ai: 'h' | 't'; bj: 'h' | 't'; d: number } | null = null;
		for (let i = 0; i < work.length; i++)
			for (let j = i; j < work.length; j++) {
				const A = work[i];
				const B = work[j];
				if (key(A[0]) === key(A[A.length - 1]) || key(B[0]) === key(B[B.length - 1])) continue;
				for (const ai of ['h', 't'] as const)
					for (const bj of ['h', 't'] as const) {
						if (i === j && ai === bj) continue;
						const pa = ai === 'h' ? A[0] : A[A.length - 1];
						const pb = bj === 'h' ? B[0] : B[B.length - 1];
						const d = Math.hypot(pa[0] - pb[0], pa[1] - pb[1]);
						if (d <= snapDeg && (!best || d < best.d)) best = { i, j, ai, bj, d };
					}
			}
		if (!best) return work;
		const { i, j, ai, bj } = best;
		if (i === j) {
			work[i] = [...work[i], work[i][0]];
			continue;
		}
		const A = ai === 't' ? work[i] : [...work[i]].reverse();
		const B = bj === 'h' ? work[j] : [...work[j]].reverse();
		const joined = key(A[A.length - 1]) === key(B[0]) ? [...A, ...B.slice(1)] : [...A, ...B];
		work[i] = joined;
		work.splice(j, 1);
	}
}

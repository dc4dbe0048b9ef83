/**
 * Where the map opens and the one-click views ("Kashmir", "Karabakh", "Both"), computed from the
 * data: each region's bounds are the union of its area layers' features, and the map opens on the
 * region whose features the article mentions most, so that its zones or districts are large enough
 * to read. Both regions in one frame are ~35° of longitude apart, which leaves a Karabakh district a
 * few pixels wide: that is a view the reader chooses, not the default. Pure; the prerenderer runs it
 * (see `src/lib/server/explorer.ts`) so the page carries four boxes, not every feature's bbox.
 */
import type { BBox } from '$lib/geodata/registry';
import { unionBBox } from '$lib/geodata/registry';
import type { LayerEntry } from '$lib/geodata/types';

export interface RegionView {
	/** `kashmir`, `karabakh` or `both`. */
	id: string;
	title: string;
	bounds: BBox;
}

export interface OpeningViews {
	/** One view per region, then `both`. */
	views: RegionView[];
	/** The view the map opens on when the URL names none. */
	opening: string;
	/** What the locator inset draws: every region with a margin around it. */
	extent: BBox;
}

export interface ViewInput {
	layers: readonly Pick<LayerEntry, 'id' | 'group' | 'geometry' | 'visible'>[];
	features: readonly { id: string; layer: string; bbox: BBox | null }[];
	/** Feature id → how many passages of the article mention it. */
	mentions: Readonly<Record<string, number>>;
}

const TITLES: Record<string, string> = { kashmir: 'Kashmir', karabakh: 'Karabakh' };
const REGION_GROUPS = new Set(['kashmir', 'karabakh']);

/** Web-Mercator y in pixels of a world `world` pixels wide. */
const mercatorY = (lat: number, world: number) => {
	const s = Math.sin((lat * Math.PI) / 180);
	return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
};

const within = (inner: BBox, outer: BBox) =>
	inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

export function openingViews({ layers, features, mentions }: ViewInput): OpeningViews {
	const regions: RegionView[] = [];
	for (const group of REGION_GROUPS) {
		// The areas shown by default define the region; claims (off by default) reach further.
		const areaLayers = new Set(
			layers
				.filter((l) => l.group === group && l.geometry === 'polygon' && l.visible)
				.map((l) => l.id)
		);
		let bounds: BBox | null = null;
		for (const feature of features) {
			if (!areaLayers.has(feature.layer) || !feature.bbox) continue;
			bounds = bounds ? unionBBox(bounds, feature.bbox) : [...feature.bbox];
		}
		if (bounds) regions.push({ id: group, title: TITLES[group] ?? group, bounds });
	}
	if (!regions.length) throw new Error('opening view: no region has an area layer with features');

	// A mention counts for the region its feature lies wholly in (a town, a district, a zone, a
	// line); a country reaches beyond both regions and counts for neither (Azerbaijan's centre
	// lies within Karabakh's box, but an article about Azerbaijan and Kashmir is not about Karabakh).
	const weight = new Map(regions.map((region) => [region.id, 0]));
	for (const feature of features) {
		const count = mentions[feature.id] ?? 0;
		if (!count || !feature.bbox) continue;
		const region = regions.find((r) => within(feature.bbox!, r.bounds));
		if (region) weight.set(region.id, weight.get(region.id)! + count);
	}
	const ranked = [...regions].sort((a, b) => weight.get(b.id)! - weight.get(a.id)!);
	const [top, second] = ranked;
	const topWeight = weight.get(top!.id)!;
	const tie = !topWeight || (second !== undefined && weight.get(second.id) === topWeight);

	const both = regions.map((r) => r.bounds).reduce(unionBBox);
	const views = [...regions, { id: 'both', title: 'Both', bounds: both }];
	const margin = Math.max(both[2] - both[0], both[3] - both[1]) * 0.15;
	return {
		views,
		opening: tie ? 'both' : top!.id,
		extent: [both[0] - margin, both[1] - margin, both[2] + margin, both[3] + margin]
	};
}

/**
 * The longitude/latitude box a Web-Mercator view covers, from its centre, zoom and size in pixels
 * (MapLibre's 512-pixel world at zoom 0): what the locator inset outlines.
 */
export function viewBounds(
	view: { center: [number, number]; zoom: number },
	size: { width: number; height: number }
): BBox {
	const world = 512 * 2 ** view.zoom;
	const toX = (lng: number) => ((lng + 180) / 360) * world;
	const fromX = (x: number) => (x / world) * 360 - 180;
	const fromY = (y: number) =>
		(Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) * 180) / Math.PI;
	const [lng, lat] = view.center;
	const x = toX(lng);
	const y = mercatorY(lat, world);
	return [
		fromX(x - size.width / 2),
		fromY(y + size.height / 2),
		fromX(x + size.width / 2),
		fromY(y - size.height / 2)
	];
}

/** The pixel size of a lon/lat box at a zoom level (for "is a district readable here?"). */
export function pixelSize(box: BBox, zoom: number): { width: number; height: number } {
	const world = 512 * 2 ** zoom;
	return {
		width: ((box[2] - box[0]) / 360) * world,
		height: mercatorY(box[1], world) - mercatorY(box[3], world)
	};
}

/** The zoom at which `box` fits in `size` less `padding` (MapLibre's fitBounds, without rotation). */
export function fitZoom(
	box: BBox,
	size: { width: number; height: number },
	padding: { top: number; right: number; bottom: number; left: number }
): number {
	const at0 = pixelSize(box, 0);
	const width = Math.max(1, size.width - padding.left - padding.right);
	const height = Math.max(1, size.height - padding.top - padding.bottom);
	return Math.log2(Math.min(width / at0.width, height / at0.height));
}

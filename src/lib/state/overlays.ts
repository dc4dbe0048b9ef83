/**
 * Where the explorer's overlays sit over the map, as the padding the map keeps clear when it fits
 * something into view. The numbers follow the overlays' CSS in `Explorer.svelte`: the legend is
 * 17.5rem wide at the top left; the feature panel is up to 24rem wide at the right on wide
 * screens and covers up to half the map's height at the bottom in the phone layout.
 */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Size {
	width: number;
	height: number;
}

const LEGEND = 300;
const PANEL = 400;
/** Below this map width the legend would leave too little room: the opening view ignores it. */
const ROOM_FOR_LEGEND = 700;

/** The opening view (both regions) stays clear of the open legend when the map is wide enough. */
export function openingPadding(map: Size): Padding {
	return { top: 24, bottom: 24, right: 24, left: map.width > ROOM_FOR_LEGEND ? LEGEND : 24 };
}

/** A feature brought into view stays clear of the feature panel, wherever the layout puts it. */
export function focusPadding(map: Size, layout: { phone: boolean; panelOpen: boolean }): Padding {
	const pad = 36;
	const { phone, panelOpen } = layout;
	return {
		top: pad,
		left: pad,
		right: panelOpen && !phone ? Math.min(map.width * 0.5, PANEL) + pad : pad,
		bottom: panelOpen && phone ? map.height * 0.5 + pad : pad
	};
}

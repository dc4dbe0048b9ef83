/** The layer catalogue, written to geodata/layers.json (drawing order, bottom first). */
import type { LayerEntry } from '../../src/lib/geodata/types.ts';

export const LAYERS: LayerEntry[] = [
	{
		id: 'countries',
		title: 'Countries',
		file: 'countries.geojson',
		geometry: 'polygon',
		visible: true,
		legend: 'Grey outlines: countries as administered (de facto), simplified for world context.',
		description:
			'Country outlines from Natural Earth at 1:110m, for orientation; disputed areas are shown in the regional layers, not here.',
		group: 'world'
	},
	{
		id: 'kashmir-zones',
		title: 'Kashmir: areas of administration',
		file: 'kashmir-zones.geojson',
		geometry: 'polygon',
		visible: true,
		legend:
			'Filled areas: who administers each part of the former princely state of Jammu and Kashmir; hatching marks the Siachen area.',
		description:
			"The parts of the former princely state of Jammu and Kashmir as administered today by India, Pakistan and China, and the whole region, whose outline on the China side follows India's claim line; the final status of Jammu and Kashmir has not been agreed upon by the parties.",
		group: 'kashmir'
	},
	{
		id: 'karabakh-districts',
		title: 'Karabakh: districts',
		file: 'karabakh-districts.geojson',
		geometry: 'polygon',
		visible: true,
		legend:
			'Outlined areas: districts of Azerbaijan in and around Karabakh, and the Karabakh region as a whole.',
		description:
			'The seven districts around the former autonomous oblast and the districts that cover the oblast itself, with the region articles call "Karabakh".',
		group: 'karabakh'
	},
	{
		id: 'water',
		title: 'Rivers and lakes',
		file: 'water.geojson',
		geometry: 'mixed',
		// Off by default: the first load must stay within 600 KB (docs/architecture.md) and the
		// facts of this round made the other layers larger; rivers are context, one click away.
		visible: false,
		legend: 'Blue lines and areas: main rivers and lakes.',
		description:
			'Main rivers and lakes of both regions from GSHHG/WDB II, with names assigned by the project.',
		group: 'basemap'
	},
	{
		id: 'karabakh-nkao-1991',
		title: 'Karabakh: 1991 oblast boundary',
		file: 'karabakh-nkao-1991.geojson',
		geometry: 'polygon',
		visible: true,
		legend: 'Dashed outline: boundary of the Nagorno-Karabakh Autonomous Oblast in 1991.',
		description:
			'The boundary of the former Nagorno-Karabakh Autonomous Oblast as it stood in 1991, as depicted by Natural Earth.',
		group: 'karabakh'
	},
	{
		id: 'kashmir-claims',
		title: 'Kashmir: claims',
		file: 'kashmir-claims.geojson',
		geometry: 'mixed',
		visible: false,
		legend:
			'Outlined areas: the area each of India, Pakistan and China claims in the region (off by default).',
		description:
			'What each party claims, from the Natural Earth claim lines; shown only on request, because the default view shows who administers each area.',
		group: 'kashmir'
	},
	{
		id: 'kashmir-lines',
		title: 'Kashmir: lines',
		file: 'kashmir-lines.geojson',
		geometry: 'mixed',
		visible: true,
		legend:
			'Dashed: approximate de facto lines. The Line of Control and the Line of Actual Control are approximate; the final status of Jammu and Kashmir has not been agreed upon by the parties.',
		description:
			'The Line of Control, the Working Boundary / International Border, the Siachen line, the Line of Actual Control in Ladakh, the China–Pakistan boundary and the line between the two Indian union territories, drawn as the shared edges of the area polygons.',
		group: 'kashmir'
	},
	{
		id: 'towns',
		title: 'More towns',
		file: 'towns.geojson',
		geometry: 'point',
		// Off by default: not on the first load (600 KB budget, docs/architecture.md). The linker
		// knows these names all the same, and selecting one loads the layer.
		visible: false,
		legend: 'Small dots: more towns, district seats and the cities where talks were held.',
		description:
			'District seats in and around both regions and places named in reporting on the two conflicts, positioned from GeoNames (rules in geodata/README.md).',
		group: 'basemap'
	},
	{
		id: 'named-areas',
		title: 'Named areas (no outline)',
		file: 'named-areas.geojson',
		geometry: 'none',
		// Nothing to draw: these areas have no outline on this map. Listed so a reader can find
		// them and read what they comprise; the file is small and fetched only when needed.
		visible: false,
		legend: 'Not drawn: areas named in reporting that the map has no outline or line for.',
		description:
			'The Kashmir Valley (Kashmir division), the Jammu division and the Lachin corridor: named, described and sourced, but with no geometry, because their outlines cannot be made honestly from the data at hand.',
		group: 'basemap'
	},
	{
		id: 'places',
		title: 'Places',
		file: 'places.geojson',
		geometry: 'point',
		visible: true,
		legend: 'Dots: towns and capitals named in the articles.',
		description: 'Towns, district centres and capitals, positioned from GeoNames.',
		group: 'basemap'
	}
];

/** The last step of every feature: rounding, measuring, and the typed feature the app reads. */
import type { Geometry } from 'geojson';
import { roundGeometry, areaKm2, lengthKm } from './geom.ts';
import type { AppFeature, FeatureProps } from '../../src/lib/geodata/types.ts';

export interface Unfinished {
	properties: FeatureProps;
	geometry: Geometry;
}

export type Finish = (f: Unfinished, decimals?: number) => AppFeature;

/** Rounds the geometry and adds the measured area or length to the properties. */
export const finish: Finish = (f, decimals) => {
	const g = roundGeometry(f.geometry, decimals);
	if (!g) throw new Error(`feature ${f.properties.id}: geometry vanished after rounding`);
	const p: FeatureProps = { ...f.properties };
	if (g.type === 'Polygon' || g.type === 'MultiPolygon') p.area_km2 = areaKm2(g);
	if (g.type === 'LineString' || g.type === 'MultiLineString') p.length_km = lengthKm(g);
	return { type: 'Feature', properties: p, geometry: g };
};

// Named areas (the Kashmir Valley, the Jammu division, the Lachin corridor): features without
// geometry, so nothing is drawn. The descriptor exists because every catalogue layer needs one;
// the panel says that the map has no outline for them.
import type { SourceDescriptor } from '../source';

export const source = {
	id: 'named-areas',
	layers: () => [],
	legend: () => [],
	interactive: [],
	nameLabels: []
} satisfies SourceDescriptor;

// More towns (off by default): smaller dots, labels from a closer zoom, so they never crowd the
// towns the map shows at once.
import { pointSource } from './places';

export const source = pointSource('towns', 'More towns', [2.5, 4, 5.5], 6);
export const LAYER = source.LAYER;

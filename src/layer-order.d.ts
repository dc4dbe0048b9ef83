// `geodata/layers.json?order` (the `layerOrder` plugin in vite.config.ts): the layer ids in order.
declare module '*/layers.json?order' {
	const ids: string[];
	export default ids;
}

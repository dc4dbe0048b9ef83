/**
 * GeoPackage geometry blobs: an 8-byte header ('GP', version, flags,
 * srs_id) plus an optional envelope whose size is given by the flags byte,
 * followed by standard WKB. Pure.
 */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/** Byte offset of the WKB inside a GeoPackage geometry blob. */
export function gpkgWkbOffset(blob: Uint8Array): number {
	if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50)
		throw new Error('not a GeoPackage geometry blob (no "GP" magic)');
	const flags = blob[3];
	const env = (flags >> 1) & 0x07;
	if (env >= ENVELOPE_BYTES.length)
		throw new Error(`GeoPackage blob: invalid envelope indicator ${env}`);
	return 8 + ENVELOPE_BYTES[env];
}

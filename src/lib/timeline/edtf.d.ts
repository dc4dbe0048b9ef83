// The npm `edtf` package ships no types; this is the part the control loader uses.
declare module 'edtf' {
	interface EdtfValue {
		/** First millisecond the value allows (UTC). */
		min: number;
		/** Last millisecond the value allows (UTC). */
		max: number;
	}
	export default function edtf(input: string): EdtfValue;
}

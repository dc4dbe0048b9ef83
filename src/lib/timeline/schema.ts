/**
 * JSON Schema of `geodata/facts/control.yaml` (checked with ajv). The shape is the one agreed for
 * every facts file: a `sources` map cited by id, plus this file's `parties`, `events`, `valid`
 * and `control`. Kept as data so the facts loader can compose it with the other files' schemas.
 */
const edtf = { type: 'string', minLength: 1 } as const;
const sourceIds = {
	type: 'array',
	minItems: 1,
	items: { type: 'string', minLength: 1 },
	uniqueItems: true
} as const;

export const sourceSchema = {
	type: 'object',
	additionalProperties: false,
	required: ['title', 'publisher', 'date', 'url'],
	properties: {
		title: { type: 'string', minLength: 1 },
		publisher: { type: 'string', minLength: 1 },
		date: edtf,
		url: { type: 'string', pattern: '^https?://' }
	}
} as const;

export const controlFileSchema = {
	type: 'object',
	additionalProperties: false,
	required: ['sources', 'parties', 'events', 'control'],
	properties: {
		sources: { type: 'object', additionalProperties: sourceSchema },
		parties: { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
		events: {
			type: 'array',
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['id', 'date', 'title', 'features', 'sources'],
				properties: {
					id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
					date: edtf,
					title: { type: 'string', minLength: 1 },
					features: { type: 'array', items: { type: 'string' } },
					sources: sourceIds
				}
			}
		},
		published: {
			type: 'object',
			additionalProperties: {
				type: 'array',
				minItems: 1,
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['value', 'unit', 'what', 'sources'],
					properties: {
						value: { type: 'number' },
						unit: { enum: ['km', 'km2', 'mi', 'percent'] },
						what: { type: 'string', minLength: 1 },
						sources: sourceIds
					}
				}
			}
		},
		valid: {
			type: 'object',
			additionalProperties: {
				type: 'object',
				additionalProperties: false,
				required: ['sources'],
				properties: {
					from: edtf,
					to: edtf,
					note: { type: 'string' },
					sources: sourceIds
				}
			}
		},
		control: {
			type: 'object',
			additionalProperties: {
				type: 'array',
				minItems: 1,
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['from', 'to', 'holder', 'sources'],
					properties: {
						from: edtf,
						to: { anyOf: [edtf, { type: 'null' }] },
						holder: { type: ['string', 'null'] },
						partly: { type: 'boolean' },
						note: { type: 'string' },
						sources: sourceIds
					}
				}
			}
		}
	}
} as const;

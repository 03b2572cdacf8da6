/** The model's public surface: import from here outside src/lib/model. */
export * from './schema.ts';
export * from './defaults.ts';
export * from './fields.ts';
export * from './units.ts';
export * from './ramp.ts';
export * from './simulate.ts';
export * from './evaluate.ts';
export * from './presets.ts';
export * from './compare.ts';
export * from './sensitivity.ts';
export * from './figures.ts';
export * from './palette.ts';
export * from './series.ts';
export * from './plan-schema.ts';
export * from './mix.ts';
export * from './budget.ts';

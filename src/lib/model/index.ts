/**
 * The model's public surface: import from here outside src/lib/model. The sensitivity search and
 * the Monte Carlo simulation give only their types here: their code runs in workers and loads on
 * demand (a value exported here would put it into the app's first load); import their functions
 * from their own modules.
 */
export * from './schema.ts';
export * from './defaults.ts';
export * from './fields.ts';
export * from './units.ts';
export * from './ramp.ts';
export * from './simulate.ts';
export * from './evaluate.ts';
export * from './presets.ts';
export * from './skill-ranges.ts';
// The comparison's code is the compare page's only: import its functions from './compare.ts'
// (a value exported here would put it into the calculator's first load).
export type * from './compare.ts';
export type * from './sensitivity.ts';
export * from './figures.ts';
export * from './palette.ts';
export * from './series.ts';
export * from './plan-schema.ts';
export * from './mix.ts';
export * from './budget.ts';
export * from './montecarlo-random.ts';
export type * from './montecarlo-kernel.ts';
export type * from './montecarlo.ts';
export * from './montecarlo-current.ts';
export * from './records.ts';

/**
 * Building blocks of the schema, written with zod's small functional build (`zod/mini`: checks are
 * passed to `.check()`, wrappers are functions), which keeps the app's first load small. The issues
 * they report are zod's own (`too_small`, `too_big`, `invalid_type` with `expected: 'int'`).
 */
import { z } from 'zod/mini';

/** A number from `min` to `max` inclusive (zod's number already refuses NaN and ±Infinity). */
export const numberIn = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

/** A whole number from `min` to `max` inclusive. */
export const wholeNumber = (min: number, max: number) =>
	z.number().check(z.int(), z.gte(min), z.lte(max));

/** Text of `min` to `max` characters. */
export const textOf = (min: number, max: number) =>
	z.string().check(z.minLength(min), z.maxLength(max));

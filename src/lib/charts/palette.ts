/** Chart colours per theme: the one palette of the model (kept apart from the data). */
export { DARK, LIGHT, paletteFor, scenarioColor, type Palette } from '../model/palette.ts';

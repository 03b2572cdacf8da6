/** The app's version as package.json states it ("0.1.0"); files and exports carry it. */
export const APP_VERSION: string =
	typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unknown';

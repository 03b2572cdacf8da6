// A static single-page app: every page is prerendered as a shell and runs in the browser.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'always';

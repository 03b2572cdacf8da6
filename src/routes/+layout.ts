// A static app: every page is prerendered with its default content (visible before any script
// runs), then hydrated in the browser, where saved work takes over.
export const prerender = true;
export const trailingSlash = 'always';

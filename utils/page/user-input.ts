/**
 * Whether the browser made the event from the editor's own input. A site's scripts can send any
 * event (a focus on another comment just after her right-click, to have another comment documented
 * than the one she meant), but not one the browser marks trusted.
 */
export const byTheUser = (event: Event): boolean => event.isTrusted;

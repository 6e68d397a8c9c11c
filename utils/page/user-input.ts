/**
 * Whether the browser made the event from the editor's own input. A site's scripts can send any
 * event (a right-click on another comment, to have another comment documented than the one she
 * meant), but not one the browser marks trusted; only a focus they move with element.focus() is
 * trusted too, so a focus counts only after a key she pressed (run-content-script).
 */
export const byTheUser = (event: Event): boolean => event.isTrusted;

/**
 * The 口径 sentence of the page in view (SelectionNote sets it), for the footers of exported
 * charts, printed pages and slides, which have no page text around them.
 */
export const shownNote = $state({ text: '' });

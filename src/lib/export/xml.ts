/** Text into SpreadsheetML: XML escaping plus the format's own escape for characters XML cannot hold. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/**
 * Escapes text for an element or a double-quoted attribute. A CR is written as a reference, which
 * a parser keeps (a literal CR becomes LF). Control characters (a document can hold NUL and other
 * stray bytes) are not allowed in XML 1.0 at all: SpreadsheetML writes them as _xHHHH_, and so a
 * literal "_x0041_" in the text gets its underscore escaped (_x005F_) to stay as it was.
 */
export function xmlText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (char) => ENTITIES[char] ?? `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Which slide a key leads to: ←/→ and PageUp/PageDown (presentation clickers send these), Space, Home/End. null: not ours. */
export function slideAfterKey(key: string, index: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  switch (key) {
    case 'ArrowRight': case 'PageDown': case ' ': case 'ArrowDown': return Math.min(last, index + 1);
    case 'ArrowLeft': case 'PageUp': case 'ArrowUp': return Math.max(0, index - 1);
    case 'Home': return 0;
    case 'End': return last;
    default: return null;
  }
}

/** Where Esc leads: the page the deck was opened from (a path of this app only), else 总览. */
export function exitPath(from: string | null): string {
  return from && /^\/(?!\/)[\w/%-]*$/.test(from) && !from.startsWith('/present') ? from : '/';
}

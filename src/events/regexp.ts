/** A word list's entry as a literal in a regular expression: list files hold words, not patterns. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The asset a symbol ends with ("BTCUSDT" -> "USDT"), for the venues that spell symbols that way.

/** The first of `quotes` (longest first) the symbol ends with, when something is left before it. */
export function suffixAsset(symbol: string, quotes: readonly string[]): string | null {
  const quote = quotes.find((q) => symbol.length > q.length && symbol.endsWith(q));
  return quote ?? null;
}

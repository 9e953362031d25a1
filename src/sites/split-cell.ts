// Cells that pack two figures: "+500.00 USDT (+33.33%)", "2,000.00 USDT (Isolated)". The first is the value.
const WITH_PARENTHESIS = /^(.*?)\s*[(（][^()（）]*[)）]$/;

/** The part before a trailing parenthesised figure; the whole text when there is none. */
export function mainPart(text: string): string {
  const m = WITH_PARENTHESIS.exec(text);
  return m && m[1] !== '' ? m[1]! : text;
}

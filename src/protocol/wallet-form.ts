// The connected wallet as a page shows it and as the snapshot carries it: the whole address (0x and
// 40 hex digits) or its shortened form, "0x" + the first digits + "…" + the last digits, lower case.
// At least 4 digits each side: with fewer, an address the trader does not watch would fit a watched
// one too often (4 + 4 digits: one chance in 16^8, about 4 billion, per watched address).
export const WALLET_FORM = /^0x(?:[0-9a-f]{40}|[0-9a-f]{4,39}…[0-9a-f]{4,39})$/;

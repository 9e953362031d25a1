// Hyperliquid's info endpoint: every request of the watch list is a POST here (its own file, so the
// request modules import it without importing one another).
export const INFO_URL = 'https://api.hyperliquid.xyz/info';

// The one fetch the extension makes network requests with. Only the public market-data endpoints
// (src/market-data/venues) and the watched Hyperliquid addresses' info requests (same /info
// endpoint: src/venues/hyperliquid/account/) call it; manifest host_permissions allow nothing else.
export const platformFetch = (input: string, init: RequestInit): Promise<Response> => fetch(input, init);

// The one fetch the extension makes network requests with. Only the public market-data endpoints
// call it (src/market-data/venues); manifest host_permissions allow nothing else.
export const platformFetch = (input: string, init: RequestInit): Promise<Response> => fetch(input, init);

// A URL path segment as text: "%3Cimg%3E" -> "<img>"; a malformed escape ("%E0") is no segment at all,
// so page() refuses the URL instead of throwing.
export function decodedSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

// Test-only: builds DOM from fixture markup through DOMParser, so no HTML-injection API appears in src/.
export function htmlNodes(markup: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => doc.importNode(node, true));
}

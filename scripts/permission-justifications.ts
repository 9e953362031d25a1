// What a store reviewer asks about a manifest: every permission and host it requests, and where
// docs/store-listing.md justifies each one.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Target = 'chrome' | 'firefox';

/**
 * manifest.json as vite-plugin-web-extension resolves it for one browser: `{{version}}` replaced,
 * keys and array strings prefixed `{{chrome}}.` / `{{firefox}}.` kept for that browser only.
 */
export function resolveManifest(template: string, target: Target, version: string): Record<string, Json> {
  const prefix = /^\{\{(\w+)\}\}\.(.*)$/s;
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) {
      const out: Json[] = [];
      for (const item of value) {
        const match = typeof item === 'string' ? prefix.exec(item) : null;
        if (!match) out.push(walk(item));
        else if (match[1] === target) out.push(match[2]!);
      }
      return out;
    }
    if (value && typeof value === 'object') {
      const out: Record<string, Json> = {};
      for (const [key, item] of Object.entries(value)) {
        const match = prefix.exec(key);
        if (!match) out[key] = walk(item);
        else if (match[1] === target) out[match[2]!] = walk(item);
      }
      return out;
    }
    return value;
  };
  return walk(JSON.parse(template.replaceAll('{{version}}', version)) as Json) as Record<string, Json>;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Every API permission, host permission (required or optional) and content-script match. */
export function requestedPermissions(manifest: Record<string, unknown>): string[] {
  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as { matches?: unknown }[]) : [];
  return [
    ...new Set([
      ...strings(manifest.permissions),
      ...strings(manifest.optional_permissions),
      ...strings(manifest.host_permissions),
      ...strings(manifest.optional_host_permissions),
      ...scripts.flatMap((script) => strings(script.matches)),
    ]),
  ];
}

/** At least this much text must follow a name to count as a justification, not a mention. */
export const MIN_JUSTIFICATION_LENGTH = 20;

/**
 * The names docs/store-listing.md justifies, with the justification: a list item starting with the
 * name in backticks (`- \`storage\`: keeps ...`), or a heading that is the name in backticks followed
 * by a paragraph (`### \`notifications\``).
 */
export function justifications(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const item = /^\s*[-*+]\s+`([^`]+)`\s*[:—–-]?\s*(.*)$/.exec(line);
    if (item) {
      // the item goes on over indented continuation lines
      let text = item[2]!;
      for (let j = i + 1; j < lines.length && /^\s{2,}\S/.test(lines[j]!) && !/^\s*[-*+]\s/.test(lines[j]!); j++) text += ` ${lines[j]!.trim()}`;
      if (text.trim().length >= MIN_JUSTIFICATION_LENGTH) found.set(item[1]!, text.trim());
      continue;
    }
    const heading = /^#{2,6}\s+`([^`]+)`\s*$/.exec(line);
    if (heading) {
      const paragraph: string[] = [];
      for (let j = i + 1; j < lines.length && !/^#{1,6}\s/.test(lines[j]!); j++) paragraph.push(lines[j]!.trim());
      const text = paragraph.join(' ').trim();
      if (text.length >= MIN_JUSTIFICATION_LENGTH) found.set(heading[1]!, text);
    }
  }
  return found;
}

/** The requested permissions that the listing does not justify. */
export function unjustified(manifest: Record<string, unknown>, markdown: string): string[] {
  const justified = justifications(markdown);
  return requestedPermissions(manifest).filter((name) => !justified.has(name));
}

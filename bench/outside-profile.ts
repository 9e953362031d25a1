// Where the content script's time goes on the outside page (bench/outside-page.html): a CDP CPU
// profile of a READABLE build, aggregated per function as content-profile.ts does for the busy page.
// Not part of `npm run bench`: `npx tsx bench/outside-profile.ts [seconds]` builds the readable
// extension into a temp dir and prints the tables.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregate, buildReadable, profileTable, type Profile } from './content-profile';
import { openOutsidePage } from './outside-row';

const seconds = Number(process.argv[2] ?? 20);
const dist = process.env.LIQCHECK_READABLE_DIST ?? mkdtempSync(join(tmpdir(), 'liqcheck-readable-'));
buildReadable(dist);
const { cdp, close } = await openOutsidePage(dist);
try {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log(profileTable(aggregate(profile), 40));
} finally {
  await close();
}

// The import boundaries in eslint.config.js, checked on probe files: each wrong import of the flow
// page -> adapter -> protocol -> worker -> model -> answer -> overlay is reported, and the imports
// the flow needs are not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

async function reported(file: string, line: string): Promise<boolean> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(`${line}\nexport const probe = 1;\n`, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

const wrong: [string, string][] = [
  ['src/model/probe.ts', "import { positionInput } from '../model-inputs/inputs';"],
  ['src/model/probe.ts', "import { readPage } from '../sites/read-page';"],
  ['src/model/probe.ts', "import { okx } from '../venues/okx/page';"],
  ['src/venues/okx/rulebook.ts', "import { mountOverlay } from '../../overlay/mount';"],
  ['src/sites/probe.ts', "import { estimateLiquidation } from '../model';"],
  ['src/venues/okx/page.ts', "import { routeMessage } from '../../background/router';"],
  ['src/overlay/probe.ts', "import { estimateLiquidation } from '../model/estimate';"],
  ['src/overlay/probe.ts', "import { okx } from '../venues/okx/rulebook';"],
  ['src/content/probe.ts', "import { positionInput } from '../model-inputs/inputs';"],
  ['src/protocol/probe.ts', "import { readPage } from '../sites/read-page';"],
  ['src/background/probe.ts', "import { readPage } from '../sites/read-page';"],
  ['src/market-data/probe.ts', "import { mount } from '../../overlay/mount';"],
  ['src/popup/probe.ts', "import { readPage } from '../sites/read-page';"],
  ['src/popup/probe.ts', "import { routeMessage } from '../background/router';"],
  ['src/market-data/probe.ts', "import { routeMessage } from '../background/router';"],
  ['src/model-inputs/probe.ts', "import { mount } from '../overlay/mount';"],
  ['src/platform/probe.ts', "import { estimateLiquidation } from '../model';"],
  ['src/venues/okx/venue.ts', "import { okx } from './page';"],
];

const right: [string, string][] = [
  ['src/model/probe.ts', "import { Dm } from './decimal';"],
  ['src/model/probe.ts', "import { isVenue } from '../venues';"],
  ['src/sites/probe.ts', "import type { Venue } from '../model/types';"],
  ['src/overlay/probe.ts', "import type { LiquidationEstimate } from '../model/types';"],
  ['src/content/probe.ts', "import { readPage } from '../sites/read-page';"],
  ['src/background/probe.ts', "import { estimateLiquidation } from '../model';"],
  ['src/background/probe.ts', "import { okxEndpoints } from '../venues/okx/endpoints';"],
  ['src/popup/probe.ts', "import { positionInput } from '../model-inputs/inputs';"],
  ['src/popup/probe.ts', "import { TableStore } from '../market-data/table-store';"],
  ['src/venues/okx/tiers.ts', "import type { BundledTables } from '../../data/bundled-table';"],
  ['src/i18n/probe.ts', "import { optionsMessages } from './messages/options';"],
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(wrong)('%s: reports %s', async (file, line) => {
    expect(await reported(file, line)).toBe(true);
  }, 30_000);
  it.each(right)('%s: allows %s', async (file, line) => {
    expect(await reported(file, line)).toBe(false);
  }, 30_000);
});

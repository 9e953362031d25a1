// The registry is the only list of venues, and each venue it lists has every part a venue needs
// (docs/adding-a-venue.md). A venue added to src/venues/index.ts without one of them fails here.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpointsFor } from '../market-data/venues';
import { pageMeanings } from '../model-inputs/page-meaning';
import { candleEndpointFor } from '../volatility/candle-endpoints';
import { bundledTables } from '../data';
import { catalog } from '../i18n/catalog';
import { rulebookFor } from '../model/venues';
import { adapters } from '../sites';
import { isVenue, VENUE_IDS, venueOf, venues } from '.';

const here = (path: string) => new URL(path, import.meta.url);

describe('the registry', () => {
  it('lists six venues, each id once', () => {
    expect(VENUE_IDS).toEqual(['binance-usdm', 'binance-coinm', 'bybit', 'okx', 'hyperliquid', 'bitget']);
    expect(new Set(VENUE_IDS).size).toBe(VENUE_IDS.length);
  });

  it("the id list the content scripts import (venue-ids.ts) is the registry's, in its order", () => {
    expect([...VENUE_IDS]).toEqual(venues.map((v) => v.id));
  });

  it('isVenue accepts exactly the listed ids', () => {
    for (const id of VENUE_IDS) expect(isVenue(id)).toBe(true);
    for (const other of ['binance', 'OKX', '', 'toString', '__proto__', 1, null]) expect(isVenue(other)).toBe(false);
  });

  describe.each(venues.map((v) => [v.id, v] as const))('%s', (id, venue) => {
    it('has its folder: venue, page, page meaning, rulebook, tiers, snapshot and their tests', () => {
      for (const file of ['venue.ts', 'page.ts', 'page.test.ts', 'page-meaning.ts', 'rulebook.ts', 'tiers.ts', 'snapshot.ts', 'vectors.test.ts']) {
        expect(existsSync(here(`./${id}/${file}`)), `src/venues/${id}/${file}`).toBe(true);
      }
    });

    it('its page adapter runs on exactly its declared pages', () => {
      const adapter = adapters.find((a) => a.venue === id);
      expect(adapter?.matches).toEqual(venue.pageMatches);
      expect(existsSync(here(`../content/entries/${id}.ts`)), `src/content/entries/${id}.ts`).toBe(true);
    });

    it('the model has its rulebook, the worker its page meaning, its bundled tables and candles', () => {
      expect(() => rulebookFor(id)).not.toThrow();
      expect(pageMeanings[id]).toBeDefined();
      expect(bundledTables[id].flatMap((tables) => Object.keys(tables)).length).toBeGreaterThan(0);
      expect(candleEndpointFor(id)).toBeDefined();
      expect(endpointsFor(id)).not.toBeNull();
    });

    it('its name is in the catalog in English and Chinese; its funding interval is a number of hours', () => {
      const name = catalog[venue.nameKey] as { en?: string; zh_CN?: string };
      expect(name.en).toBeTruthy();
      expect(name.zh_CN).toBeTruthy();
      expect(venueOf(id)).toBe(venue);
      expect(Number(venue.fundingIntervalHours)).toBeGreaterThan(0);
    });
  });
});

// The qqokx bot (github zhangyong78/qqokx) caches OKX's instruments answer under its own field names
// (okx_quant/okx_client.py): inst_id, ct_val, tick_size, settle_ccy ..., each value as Python's Decimal
// prints it ("1E-9" for 0.000000001), and without ctType. This puts the answer back,
// {code, msg, data: [{instId, ctVal, ctType, tickSz, settleCcy, ...}]}, for the live parser.
import { isObject } from '../../src/market-data/json-fields';
import { Dm } from '../../src/model/decimal';

interface CacheItem {
  inst_id: string;
  inst_type: string;
  [field: string]: unknown;
}

export interface QqokxInstrumentCache {
  version: number;
  updated_at: string;
  items: CacheItem[];
}

export function isQqokxInstrumentCache(body: unknown): body is QqokxInstrumentCache {
  return (
    isObject(body) &&
    typeof body.version === 'number' &&
    typeof body.updated_at === 'string' &&
    Array.isArray(body.items) &&
    body.items.every((item) => isObject(item) && typeof item.inst_id === 'string' && typeof item.inst_type === 'string')
  );
}

/** A Python Decimal's text as OKX writes it: "1E-9" -> "0.000000001"; plain text is kept as it is. */
function plain(value: unknown): unknown {
  return typeof value === 'string' && /^\d+(\.\d+)?E[-+]?\d+$/i.test(value) ? new Dm(value).toFixed() : value;
}

/**
 * The kind of contract the other fields spell, since the cache dropped OKX's ctType: valued in the base
 * coin and settled in the quote (BTC-USDT-SWAP: BTC, USDT) is linear; valued in USD and settled in the
 * base (BTC-USD-SWAP) is inverse. Anything else gets none, and the parser refuses the instrument.
 */
function contractType(item: CacheItem): 'linear' | 'inverse' | undefined {
  const [base, quote] = item.inst_id.split('-');
  if (item.ct_val_ccy === base && item.settle_ccy === quote) return 'linear';
  if (item.ct_val_ccy === 'USD' && quote === 'USD' && item.settle_ccy === base) return 'inverse';
  return undefined;
}

/** OKX's answer to instruments?instType=SWAP for the swaps the cache holds. */
export function okxInstrumentsAnswer(body: QqokxInstrumentCache): unknown {
  const data = body.items
    .filter((item) => item.inst_type === 'SWAP')
    .map((item) => {
      const ctType = contractType(item);
      return {
        instId: item.inst_id,
        instType: item.inst_type,
        instFamily: item.inst_family,
        uly: item.uly,
        ctVal: plain(item.ct_val),
        ctMult: plain(item.ct_mult),
        ctValCcy: item.ct_val_ccy,
        ...(ctType ? { ctType } : {}),
        settleCcy: item.settle_ccy,
        tickSz: plain(item.tick_size),
        lotSz: plain(item.lot_size),
        minSz: plain(item.min_size),
        state: item.state,
      };
    });
  return { code: '0', msg: '', data };
}

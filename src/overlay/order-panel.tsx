// The pre-trade panel placed under the order form: one block per side, then warnings that concern
// the whole form.
import type { EstimatesResult } from '../protocol/estimates';
import { OrderSide } from './order-side';
import { WarningItem } from './warning-item';

export interface OrderPanelProps {
  /** The worker's answer; null when there is none yet. */
  result: EstimatesResult | null;
  pending?: boolean;
  stale?: boolean;
  locale?: string;
}

export function OrderPanel({ result, pending, stale, locale }: OrderPanelProps) {
  const fresh = !stale && !pending && result !== null;
  const order = fresh ? result.order : null;
  const placeholder = stale
    ? 'stale: no fresh estimate'
    : fresh
      ? 'cannot verify: the order form could not be read'
      : 'checking…';
  const warnings = fresh ? result.warnings : [];

  return (
    <div class="order-panel" data-liqcheck="order-panel" data-stale={stale ? 'true' : undefined}>
      <div class="order-title">
        <span class="brand">Liqcheck</span> liquidation price if this order fills
      </div>
      <div class="order-sides">
        {(['long', 'short'] as const).map((side) => (
          <OrderSide
            key={side}
            side={side}
            result={order ? order[side] : null}
            placeholder={placeholder}
            pending={pending}
            stale={stale}
            locale={locale}
          />
        ))}
      </div>
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((w, i) => <WarningItem key={`${w.kind}-${i}`} warning={w} />)}
        </ul>
      )}
    </div>
  );
}

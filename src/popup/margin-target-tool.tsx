// Margin to add (isolated: to the position; cross: to the wallet) for a target liquidation price.
import { useMemo, useState } from 'preact/hooks';
import { t } from '../i18n/t';
import { Dm } from '../model/decimal';
import { marginToTarget, type MarginToTargetRefusal } from '../model/risk/margin-to-target';
import { formatAmount, formatPrice } from './format';
import { ToolInputs, type ToolProps } from './tool-frame';

const REFUSAL = {
  'no-mark': 'risk_refuseNoMark',
  'no-margin': 'risk_refuseNoMargin',
  'wrong-side': 'risk_refuseWrongSide',
  'beyond-bankruptcy': 'risk_refuseBeyondBankruptcy',
  'bad-input': 'risk_refuseBadInput',
} as const satisfies Record<MarginToTargetRefusal, string>;

export function MarginTargetTool({ computed, privacy, locale, asset }: ToolProps) {
  const [target, setTarget] = useState('');
  const input = 'input' in computed ? computed.input : null;
  const answer = useMemo(() => (input && target.trim() !== '' ? marginToTarget(input, target.trim().replaceAll(',', '')) : null), [input, target]);
  const liq = 'estimate' in computed ? computed.estimate.liquidationPrice : null;
  const margin = input?.marginMode === 'isolated' ? input.isolatedMargin : input?.walletBalance;
  let text: string | null = null;
  if (!input) text = t('popup_needEstimate');
  else if (answer && answer.ok) {
    const add = new Dm(answer.addMargin);
    const shown = formatAmount(add.abs().toString(), asset, privacy, locale);
    const key = add.isNeg() ? (answer.to === 'position' ? 'risk_removeFromPosition' : 'risk_removeFromWallet') : answer.to === 'position' ? 'risk_addToPosition' : 'risk_addToWallet';
    text = t(key, shown);
  } else if (answer) text = t(REFUSAL[answer.reason]);
  return (
    <div class="tool" role="group" aria-labelledby="tool-target-title" data-liqcheck="tool-margin-target" data-add-margin={answer?.ok ? answer.addMargin : ''} data-liquidation={answer?.ok ? (answer.liquidationPrice ?? 'none') : ''} data-reason={answer && !answer.ok ? answer.reason : ''}>
      <h3 id="tool-target-title">{t('risk_marginToTarget')}</h3>
      <label for="tool-target">{t('risk_targetPrice')}</label>
      <input id="tool-target" inputMode="decimal" autoComplete="off" value={target} onInput={(e) => setTarget((e.currentTarget as HTMLInputElement).value)} />
      {text ? <p role="status">{text}</p> : null}
      {answer?.ok && answer.liquidationPrice ? <p class="muted">{t('risk_liquidationThen', formatPrice(answer.liquidationPrice, locale))}</p> : null}
      {input ? (
        <ToolInputs
          items={[
            [t('popup_liquidationPrice'), liq ? formatPrice(liq, locale) : '—'],
            [t('popup_fieldMark'), input.markPrice ? formatPrice(input.markPrice, locale) : '—'],
            [input.marginMode === 'isolated' ? t('popup_fieldMargin') : t('popup_fieldWallet'), margin ? formatAmount(margin, asset, privacy, locale) : '—'],
          ]}
        />
      ) : null}
    </div>
  );
}

// The liquidation price of the same position at other leverages.
import { useMemo } from 'preact/hooks';
import { t } from '../i18n/t';
import { leverageWhatIf } from '../model/risk/leverage-what-if';
import { formatAmount, formatNumber, formatPrice } from './format';
import { ToolInputs, type ToolProps } from './tool-frame';

export function LeverageTool({ computed, privacy, locale, asset }: ToolProps) {
  const input = 'input' in computed ? computed.input : null;
  const whatIf = useMemo(() => (input ? leverageWhatIf(input) : null), [input]);
  return (
    <div class="tool" role="group" aria-labelledby="tool-leverage-title" data-liqcheck="tool-leverage">
      <h3 id="tool-leverage-title">{t('risk_leverageWhatIf')}</h3>
      {!input || !whatIf ? (
        <p>{t('popup_needEstimate')}</p>
      ) : (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('risk_leverageColumn')}</th>
                <th scope="col">{t('risk_marginColumn')}</th>
                <th scope="col">{t('risk_liquidationColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {whatIf.rows.map((row) => (
                <tr data-leverage={row.leverage} data-margin={row.margin} data-liquidation={row.liquidationPrice ?? 'none'}>
                  <th scope="row">{formatNumber(row.leverage, 2, locale)}×</th>
                  <td>{formatAmount(row.margin, asset, privacy, locale)}</td>
                  <td>{row.liquidationPrice === null ? t('popup_noLiquidation') : row.liquidationPrice === 'unknown' ? '—' : formatPrice(row.liquidationPrice, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {whatIf.maxLeverage ? <p class="muted">{t('risk_maxLeverage', formatNumber(whatIf.maxLeverage, 2, locale))}</p> : null}
          <p class="muted">{t('risk_whatIfBasis')}</p>
          <ToolInputs items={[[t('popup_fieldSize'), privacy ? '•••' : formatNumber(input.size, 8, locale)], [t('popup_fieldEntry'), formatPrice(input.entryPrice, locale)]]} />
        </>
      )}
    </div>
  );
}

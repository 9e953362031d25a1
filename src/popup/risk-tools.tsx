// The risk tools on the calculator's position, each showing the inputs it used.
import { t } from '../i18n/t';
import type { Volatility } from '../volatility/volatility-store';
import type { CalculatorForm } from './calculator-form';
import { FundingTool } from './funding-tool';
import { LeverageTool } from './leverage-tool';
import { MarginTargetTool } from './margin-target-tool';
import { settlementAsset } from './settlement-asset';
import { TouchTool } from './touch-tool';
import type { ToolProps } from './tool-frame';


export type { ToolProps } from './tool-frame';

export function RiskTools(props: Omit<ToolProps, 'asset'> & { volatilityFor: (venue: CalculatorForm['venue'], symbol: string) => Promise<Volatility | undefined> }) {
  const { volatilityFor, ...rest } = props;
  const tool = { ...rest, asset: settlementAsset(props.form.venue, props.form.symbol, props.form.contract) };
  return (
    <section aria-label={t('popup_riskTools')} class="tools">
      <h2>{t('popup_riskTools')}</h2>
      <MarginTargetTool {...tool} />
      <LeverageTool {...tool} />
      <FundingTool {...tool} />
      <TouchTool {...tool} volatilityFor={volatilityFor} />
    </section>
  );
}

// The risk tools on the calculator's position, each showing the inputs it used.
import { t } from '../i18n/t';
import type { Volatility } from '../background/risk/attach-risk';
import type { Computed } from './calculator';
import type { CalculatorForm } from './calculator-form';
import { FundingTool } from './funding-tool';
import { LeverageTool } from './leverage-tool';
import { MarginTargetTool } from './margin-target-tool';
import { settlementAsset } from './settlement-asset';
import { TouchTool } from './touch-tool';

export interface ToolProps {
  computed: Computed;
  form: CalculatorForm;
  update: (patch: Partial<CalculatorForm>) => void;
  privacy: boolean;
  locale: string;
  asset: string;
}

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

/** The inputs a tool used, in one line, so the trader can check them. */
export function ToolInputs({ items }: { items: [string, string][] }) {
  return (
    <p class="muted inputs" data-liqcheck="tool-inputs">
      {t('popup_inputs', items.map(([name, value]) => `${name} ${value}`).join(' · '))}
    </p>
  );
}

// What every risk tool shares: its props and the line that shows the inputs it used. Apart from
// risk-tools.tsx, which lays the tools out, so a tool does not import the file that imports it.
import { t } from '../i18n/t';
import type { LiquidationEstimate, PositionInput } from '../model/types';
import type { CalculatorForm } from './calculator-form';

/** What the calculator computed from its form: the model's input and answer, or what is wrong. */
export type Computed = { input: PositionInput; estimate: LiquidationEstimate; assumptions: string[] } | { problems: string[] };

export interface ToolProps {
  computed: Computed;
  form: CalculatorForm;
  update: (patch: Partial<CalculatorForm>) => void;
  privacy: boolean;
  locale: string;
  asset: string;
}

/** The inputs a tool used, in one line, so the trader can check them. */
export function ToolInputs({ items }: { items: [string, string][] }) {
  return (
    <p class="muted inputs" data-liqcheck="tool-inputs">
      {t('popup_inputs', items.map(([name, value]) => `${name} ${value}`).join(' · '))}
    </p>
  );
}

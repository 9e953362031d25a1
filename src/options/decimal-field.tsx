// One labelled number input: what the trader types stays as typed; the problem, if any, is shown
// under it and announced, and the field is marked invalid.
export interface DecimalFieldProps {
  id: string;
  label: string;
  value: string;
  problem?: string;
  hint?: string;
  placeholder?: string;
  onInput(text: string): void;
}

export function DecimalField({ id, label, value, problem, hint, placeholder, onInput }: DecimalFieldProps) {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={value}
        placeholder={placeholder}
        aria-invalid={problem ? 'true' : 'false'}
        aria-describedby={described || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {hint ? <p id={`${id}-hint`} class="hint">{hint}</p> : null}
      {problem ? <p id={`${id}-problem`} class="problem" role="alert">{problem}</p> : null}
    </div>
  );
}

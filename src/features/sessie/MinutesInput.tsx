/**
 * A number of minutes typed by the trainer, kept between 0 and a maximum and
 * rounded to whole minutes; values that are not numbers are ignored, so a
 * half-typed field never breaks the plan.
 */
interface Props {
  value: number;
  max: number;
  step: number;
  onChange: (minutes: number) => void;
}

export default function MinutesInput({ value, max, step, onChange }: Props) {
  return (
    <input
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      step={step}
      value={value}
      onInput={(e) => {
        const typed = Math.round(Number(e.currentTarget.value));
        if (Number.isFinite(typed)) onChange(Math.max(0, Math.min(max, typed)));
      }}
    />
  );
}

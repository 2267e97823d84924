"use client";
// A one-line field that shows how much of its limit is used and stops there (maxLength), so the editor
// never types past what the server keeps. The counter is read out only when the limit is close.
import type { InputHTMLAttributes } from "react";

export function CountedInput({ value, max, ...rest }: Omit<InputHTMLAttributes<HTMLInputElement>, "maxLength" | "value"> & { value: string; max: number }) {
  const near = value.length >= max * 0.9;
  return (
    <span className="nr-counted">
      <input {...rest} value={value} maxLength={max} />
      <span className={near ? "nr-counter nr-counter-near" : "nr-counter"} aria-live={near ? "polite" : "off"} data-testid="field-counter">
        {value.length}/{max}
      </span>
    </span>
  );
}

import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-blue-800 text-white hover:bg-blue-900",
  secondary: "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-800 text-white hover:bg-red-900",
};

const SIZES = {
  normal: "px-4 py-2",
  small: "px-4 py-1.5",
};

/**
 * The classes of a button, for the rare link that must look like one. On narrow screens every
 * button is at least 44 px high (WCAG 2.5.5 target size, what fingers need).
 */
export function buttonClass(
  variant: ButtonVariant = "primary",
  size: keyof typeof SIZES = "normal",
): string {
  return `rounded font-semibold disabled:opacity-70 max-sm:min-h-11 ${SIZES[size]} ${VARIANTS[variant]}`;
}

/** A button: primary (the page's main action), secondary, or danger (removes or refuses). */
export function Button({
  variant = "primary",
  size = "normal",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  size?: keyof typeof SIZES;
}) {
  const classes = buttonClass(variant, size);
  return (
    // The type defaults to "button" so that a button never submits a form by accident.
    <button type={type} className={className ? `${classes} ${className}` : classes} {...props} />
  );
}

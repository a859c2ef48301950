import type { ActionState } from "@/lib/actions/run-action";
import { ActionMessage } from "@/components/forms/action-message";
import { Button, type ButtonVariant } from "@/components/ui/button";

/** A form's submit button, disabled while the action runs, and the action's outcome beside it. */
export function SubmitRow({
  state,
  pending,
  label,
  pendingLabel = "Enregistrement…",
  variant = "primary",
  className,
}: {
  state: ActionState;
  pending: boolean;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** Extra classes of the row (its place in a grid…). */
  className?: string;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-4${className ? ` ${className}` : ""}`}>
      <Button type="submit" disabled={pending} variant={variant}>
        {pending ? pendingLabel : label}
      </Button>
      <ActionMessage state={state} />
    </div>
  );
}

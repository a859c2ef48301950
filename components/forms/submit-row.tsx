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
}: {
  state: ActionState;
  pending: boolean;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
}) {
  return (
    <div className="flex flex-wrap items-center gap-4">
      <Button type="submit" disabled={pending} variant={variant}>
        {pending ? pendingLabel : label}
      </Button>
      <ActionMessage state={state} />
    </div>
  );
}

"use client";

import {
  changeMemberRoleAction,
  removeMemberAction,
  revokeInvitationAction,
} from "@/app/actions/members";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";
import { useFormAction } from "@/components/forms/use-form-action";

interface ScopeProps {
  scopeType: string;
  scopeKey: string;
  path: string;
}

export function MemberActions({
  scope,
  membershipId,
  memberName,
  role,
  roles,
}: {
  scope: ScopeProps;
  membershipId: string;
  memberName: string;
  role: string;
  roles: { value: string; label: string }[];
}) {
  // Destructured: the compiler reads a ref inside a returned object as a ref read during render.
  const {
    state: roleState,
    pending: rolePending,
    formRef: roleRef,
    onSubmit: onRoleSubmit,
  } = useFormAction(changeMemberRoleAction, IDLE_STATE);
  const {
    state: removeState,
    pending: removePending,
    formRef: removeRef,
    onSubmit: onRemoveSubmit,
  } = useFormAction(removeMemberAction, IDLE_STATE);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <form ref={roleRef} onSubmit={onRoleSubmit} className="flex items-end gap-2">
          <ScopeFields {...scope} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <label className="sr-only" htmlFor={`role-${membershipId}`}>
            Rôle de {memberName}
          </label>
          <select
            id={`role-${membershipId}`}
            name="role"
            defaultValue={role}
            className="rounded border border-slate-500 px-2 py-1 text-sm"
          >
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <button
            type="submit"
            disabled={rolePending}
            className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100"
          >
            Changer le rôle<span className="sr-only"> de {memberName}</span>
          </button>
        </form>
        <form
          ref={removeRef}
          onSubmit={(event) => {
            if (window.confirm(`Retirer ${memberName} de cet espace ?`)) onRemoveSubmit(event);
            else event.preventDefault();
          }}
        >
          <ScopeFields {...scope} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <button
            type="submit"
            disabled={removePending}
            className="rounded border border-red-800 px-2 py-1 text-sm text-red-900 hover:bg-red-50"
          >
            Retirer<span className="sr-only"> {memberName}</span>
          </button>
        </form>
      </div>
      <ActionMessage state={roleState.status !== "idle" ? roleState : removeState} />
    </div>
  );
}

export function RevokeInvitation({
  scope,
  invitationId,
  email,
}: {
  scope: ScopeProps;
  invitationId: string;
  email: string;
}) {
  const { state, pending, formRef, onSubmit } = useFormAction(revokeInvitationAction, IDLE_STATE);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-1">
      <ScopeFields {...scope} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100"
      >
        Annuler<span className="sr-only"> l&apos;invitation de {email}</span>
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { changeMemberRoleAction, removeMemberAction, revokeInvitationAction } from "@/app/actions/members";
import { IDLE_STATE } from "@/lib/actions/idle-state";
import { ActionMessage } from "@/components/forms/action-message";
import { ScopeFields } from "@/components/forms/scope-fields";

interface ScopeProps {
  scopeType: string;
  scopeKey: string;
  path: string;
}

export function MemberActions({ scope, membershipId, memberName, role, roles }: {
  scope: ScopeProps;
  membershipId: string;
  memberName: string;
  role: string;
  roles: { value: string; label: string }[];
}) {
  const [roleState, changeRole, changing] = useActionState(changeMemberRoleAction, IDLE_STATE);
  const [removeState, remove, removing] = useActionState(removeMemberAction, IDLE_STATE);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-end gap-2">
        <form action={changeRole} className="flex items-end gap-2">
          <ScopeFields {...scope} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <label className="sr-only" htmlFor={`role-${membershipId}`}>Rôle de {memberName}</label>
          <select id={`role-${membershipId}`} name="role" defaultValue={role} className="rounded border border-slate-500 px-2 py-1 text-sm">
            {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
          </select>
          <button type="submit" disabled={changing} className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100">
            Changer le rôle<span className="sr-only"> de {memberName}</span>
          </button>
        </form>
        <form
          action={remove}
          onSubmit={(event) => {
            if (!window.confirm(`Retirer ${memberName} de cet espace ?`)) event.preventDefault();
          }}
        >
          <ScopeFields {...scope} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <button type="submit" disabled={removing} className="rounded border border-red-800 px-2 py-1 text-sm text-red-900 hover:bg-red-50">
            Retirer<span className="sr-only"> {memberName}</span>
          </button>
        </form>
      </div>
      <ActionMessage state={roleState.status !== "idle" ? roleState : removeState} />
    </div>
  );
}

export function RevokeInvitation({ scope, invitationId, email }: { scope: ScopeProps; invitationId: string; email: string }) {
  const [state, revoke, pending] = useActionState(revokeInvitationAction, IDLE_STATE);
  return (
    <form action={revoke} className="space-y-1">
      <ScopeFields {...scope} />
      <input type="hidden" name="invitationId" value={invitationId} />
      <button type="submit" disabled={pending} className="rounded border border-slate-500 px-2 py-1 text-sm hover:bg-slate-100">
        Annuler<span className="sr-only"> l&apos;invitation de {email}</span>
      </button>
      <ActionMessage state={state} />
    </form>
  );
}

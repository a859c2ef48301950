import type { AccessContext } from "@/lib/access/context";
import { ROLE_LABELS, ROLE_RANK } from "@/lib/access/permissions";
import { spaceHref, spaceKey } from "@/lib/access/space-href";
import { listMembers, listStaffableEtablissements } from "@/lib/members/list-members";
import { listSectorOptions } from "@/lib/sectors/list-sectors";
import { topRank } from "@/lib/members/rules";
import { formatDate, formatDateTime } from "@/lib/format";
import { InviteForm } from "@/components/members/invite-form";
import { MemberActions, RevokeInvitation } from "@/components/members/member-actions";
import { DataTable } from "@/components/ui/data-table";

const ETABLISSEMENT_ROLES = ROLE_RANK.ETABLISSEMENT.map((r) => ({
  value: r,
  label: ROLE_LABELS[r],
}));

/** People of a space: members, pending invitations and, for managers, the invitation form. */
export async function MembersPage({ ctx, spaceLabel }: { ctx: AccessContext; spaceLabel: string }) {
  const path = `${spaceHref(ctx)}/personnes`;
  const canManage = ctx.permissions.has("member.manage");
  const [{ members, invitations }, etablissements, sectors] = await Promise.all([
    listMembers(ctx),
    canManage ? listStaffableEtablissements(ctx) : Promise.resolve([]),
    canManage ? listSectorOptions(ctx) : Promise.resolve([]),
  ]);
  const scope = { scopeType: ctx.scope.type, scopeKey: spaceKey(ctx), path };
  const ownTop = topRank(ctx.scope.type, ctx.roles);
  const spaceRoles = ROLE_RANK[ctx.scope.type]
    .filter((_r, i) => i <= ownTop)
    .map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  const staffsEtablissements = ctx.scope.type === "COLLECTIVITE" || ctx.scope.type === "ACADEMIE";

  return (
    <div className="space-y-8">
      <h1>Personnes</h1>
      <section aria-labelledby="membres-titre">
        <h2 id="membres-titre">Membres ({members.length})</h2>
        <DataTable
          caption="Membres de l'espace et de ses établissements"
          className="mt-3"
          rows={members}
          rowKey={(m) => m.id}
          rowClassName="align-top"
          columns={[
            {
              key: "name",
              header: "Nom",
              cell: (m) => `${m.user.name}${m.user.id === ctx.user.id ? " (vous)" : ""}`,
            },
            { key: "email", header: "Adresse e-mail", cell: (m) => m.user.email },
            {
              key: "space",
              header: "Espace",
              cell: (m) =>
                m.etablissement ? `${m.etablissement.name} (${m.etablissement.uai})` : spaceLabel,
            },
            {
              key: "role",
              header: "Rôle",
              cell: (m) => (
                <>
                  {ROLE_LABELS[m.role]}
                  {m.sector ? (
                    <span className="block text-xs text-slate-700">Secteur {m.sector.name}</span>
                  ) : null}
                  {m.qualite ? (
                    <span className="block text-xs text-slate-700">{m.qualite}</span>
                  ) : null}
                </>
              ),
            },
            {
              key: "lastLogin",
              header: "Dernière connexion",
              cell: (m) => (m.user.lastLoginAt ? formatDateTime(m.user.lastLoginAt) : "jamais"),
            },
            canManage && {
              key: "actions",
              header: "Actions",
              cell: (m) => {
                const inSpace = m.scopeType === ctx.scope.type;
                const manageable = !inSpace || ROLE_RANK[ctx.scope.type].indexOf(m.role) <= ownTop;
                return manageable ? (
                  <MemberActions
                    scope={scope}
                    membershipId={m.id}
                    memberName={m.user.name}
                    role={m.role}
                    roles={inSpace ? spaceRoles : ETABLISSEMENT_ROLES}
                  />
                ) : (
                  "—"
                );
              },
            },
          ]}
        />
      </section>

      <section aria-labelledby="invitations-titre">
        <h2 id="invitations-titre">Invitations en attente ({invitations.length})</h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-slate-700">Aucune invitation en attente.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {invitations.map((i) => (
              <li
                key={i.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 bg-white px-3 py-2 text-sm"
              >
                <span>
                  <strong>{i.name}</strong> &lt;{i.email}&gt; — {ROLE_LABELS[i.role]}
                  {i.etablissement ? ` à ${i.etablissement.name}` : ""}
                  {i.sector ? ` (secteur ${i.sector.name})` : ""}, valable jusqu&apos;au{" "}
                  {formatDate(i.expiresAt)}
                </span>
                {canManage && (
                  <RevokeInvitation scope={scope} invitationId={i.id} email={i.email} />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {canManage && (
        <section aria-labelledby="inviter-titre">
          <h2 id="inviter-titre">Inviter une personne</h2>
          <p className="mt-1 text-sm text-slate-700">
            La personne reçoit un lien valable 7 jours, utilisable une seule fois. Vous ne pouvez
            pas attribuer un rôle supérieur au vôtre.
          </p>
          <div className="mt-3">
            <InviteForm
              {...scope}
              spaceRoles={spaceRoles}
              etablissementRoles={staffsEtablissements ? ETABLISSEMENT_ROLES : []}
              etablissements={etablissements}
              sectors={sectors}
              spaceLabel={spaceLabel}
            />
          </div>
        </section>
      )}
    </div>
  );
}

import "server-only";
import { db } from "@/lib/db/client";
import { type AccessContext } from "@/lib/access/context";
import type { CollegeConventionState } from "@/lib/dashboards/academie-dashboard";
import {
  backlogByDepartementSql,
  collegeStatesSql,
  coverageByDepartementSql,
  needsByCampaignAndDepartementSql,
} from "@/lib/dashboards/academie-sql";

/* The académie dashboard's aggregates (academie-sql.ts), run and read into figures. */

type Count = bigint | number;
export const n = (value: Count | null | undefined) => Number(value ?? 0);

/** The académie's départements, each with its open public collèges' convention coverage. */
export async function coverageByDepartement(ctx: AccessContext, today: Date) {
  const rows = await db.$queryRaw<
    {
      code: string;
      name: string;
      colleges: Count;
      in_force: Count;
      in_signature: Count;
      drafts: Count;
    }[]
  >(coverageByDepartementSql(ctx, today));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    coverage: {
      colleges: n(r.colleges),
      inForce: n(r.in_force),
      inSignature: n(r.in_signature),
      drafts: n(r.drafts),
    },
  }));
}

/** Conventions of the académie in signature per département of their collège (null: conventions-cadres). */
export async function backlogByDepartement(ctx: AccessContext) {
  const rows = await db.$queryRaw<
    { departement_code: string | null; in_signature: Count; awaiting: Count }[]
  >(backlogByDepartementSql(ctx));
  return new Map(
    rows.map((r) => [
      r.departement_code,
      { inSignature: n(r.in_signature), awaitingAcademie: n(r.awaiting) },
    ]),
  );
}

/** Open campaigns the académie gives opinions on, with their needs per département of the collège. */
export async function needsByCampaignAndDepartement(ctx: AccessContext) {
  return db.$queryRaw<
    {
      id: string;
      title: string;
      status: "OUVERTE";
      opens_on: Date;
      closes_on: Date;
      collectivite: string;
      departement_code: string | null;
      needs: Count;
      awaiting: Count;
    }[]
  >(needsByCampaignAndDepartementSql(ctx));
}

/** Per open public collège of one département: its tripartite convention's state and its needs awaiting an opinion. */
export async function collegeStates(ctx: AccessContext, departementCode: string, today: Date) {
  const rows = await db.$queryRaw<
    {
      uai: string;
      in_force: boolean;
      awaiting: boolean;
      in_signature: boolean;
      draft: boolean;
      expired: boolean;
      needs: Count;
    }[]
  >(collegeStatesSql(ctx, departementCode, today));
  return new Map(
    rows.map((r) => {
      const state: CollegeConventionState = r.in_force
        ? "EN_VIGUEUR"
        : r.awaiting
          ? "EN_SIGNATURE_ACADEMIE"
          : r.in_signature
            ? "EN_SIGNATURE"
            : r.draft
              ? "BROUILLON"
              : r.expired
                ? "EXPIREE"
                : "AUCUNE";
      return [r.uai, { convention: state, needsAwaitingOpinion: n(r.needs) }];
    }),
  );
}

import type { Prisma } from "@/lib/generated/prisma/client";

/** What notifications and transitions read of an incident (lib/assistance/notify-incident.ts). */
export const notifiedSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  party: true,
  level: true,
  reporterId: true,
  reporterParty: true,
  collectiviteId: true,
  academieCode: true,
  etablissement: { select: { id: true, uai: true, name: true, sectorId: true } },
  collectivite: { select: { code: true } },
} as const satisfies Prisma.IncidentSelect;

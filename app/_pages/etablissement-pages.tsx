import "server-only";
import { listEtablissements } from "@/lib/etablissements/list-etablissements";
import { summarizeEtablissementsByDepartement } from "@/lib/etablissements/get-etablissement";
import { EtablissementDetail } from "@/components/etablissements/etablissement-detail";
import { RegistryList } from "@/components/etablissements/registry-list";
import { spacePage, type Space, type SpacePageArgs } from "@/components/layout/space-page";
import { platformPage } from "@/app/_pages/platform-page";

/** The registry list; an académie and the platform span several départements, a filter each. */
function registryBody(byDepartement: boolean) {
  return async function RegistryBody({ ctx, searchParams, path }: SpacePageArgs<never>) {
    const [result, departements] = await Promise.all([
      listEtablissements(ctx, searchParams),
      byDepartement ? summarizeEtablissementsByDepartement(ctx) : undefined,
    ]);
    return (
      <RegistryList
        {...result}
        listHref={path}
        detailHref={path}
        departements={departements}
        networkHref={
          ctx.scope.type === "COLLECTIVITE" || ctx.scope.type === "ACADEMIE"
            ? `${path}/reseau`
            : undefined
        }
      />
    );
  };
}

function etablissementBody({ ctx, params, base }: SpacePageArgs<"uai">) {
  const listHref = `${base}/etablissements`;
  return <EtablissementDetail ctx={ctx} uai={params.uai} listHref={listHref} />;
}

const detailPath = (p: Record<"uai", string>) => `etablissements/${p.uai}`;

export const registryPage = (space: Space, { byDepartement }: { byDepartement: boolean }) =>
  spacePage(space, "etablissements", "etablissement.read", registryBody(byDepartement));

export const etablissementPage = (space: Space) =>
  spacePage(space, detailPath, "etablissement.read", etablissementBody);

export const platformRegistryPage = platformPage(
  "etablissements",
  "etablissement.read",
  registryBody(true),
);

export const platformEtablissementPage = platformPage(
  detailPath,
  "etablissement.read",
  etablissementBody,
);

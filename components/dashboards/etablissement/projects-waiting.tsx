import Link from "next/link";
import type { CollegeProjects } from "@/lib/dashboards/etablissement-projects";
import { REPORT_STATE_LABELS } from "@/lib/calls/instruction-rules";
import { formatDate, plural } from "@/lib/format";

/** The reports due of the collège's funded projects, and its waves to come with what they lack. */
export function ProjectsWaiting({ uai, projects }: { uai: string; projects: CollegeProjects }) {
  const calls = `/e/${uai}/appels`;
  return (
    <>
      <div className="space-y-2">
        <h3>Bilans de projets à déposer</h3>
        {projects.reports.length === 0 ? (
          <p>Aucun bilan attendu dans les 30 prochains jours ni en retard.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {projects.reports.map((r) => (
              <li key={`${r.call.id}-${r.milestone}`}>
                <Link href={`${calls}/${r.call.id}`}>
                  {`Bilan à ${r.milestone} mois de « ${r.call.title} »`}
                </Link>{" "}
                — {REPORT_STATE_LABELS[r.state].toLowerCase()}, échéance le {formatDate(r.dueOn)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="space-y-2">
        <h3>Programmes de déploiement</h3>
        {projects.waves.length === 0 ? (
          <p>Votre collège n&apos;est dans aucune vague de déploiement à venir.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {projects.waves.map((a) => (
              <li key={a.id}>
                <Link href={`${calls}/programmes/${a.programme.id}`}>{a.programme.title}</Link> :
                vague {a.wave.number}
                {a.wave.prefiguration ? " (préfiguration)" : ""} le{" "}
                {formatDate(a.wave.deploymentOn)},{" "}
                {plural(a.plannedUnits, "équipement prévu", "équipements prévus")}.{" "}
                {a.readiness.ready
                  ? "Votre collège est prêt."
                  : `Reste : ${a.readiness.missing.join(" ; ")}.`}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

import type { ServiceLevel } from "@/lib/conventions/content";

const service = (
  service: string,
  level: ServiceLevel["level"],
  commitment: string,
): ServiceLevel => ({ service, level, commitment });

/** Service levels shared by both layers: the cadre's reference, each collège's starting point. */
export const SERVICE_LEVELS: ServiceLevel[] = [
  service(
    "Vérification des branchements et redémarrage avant signalement",
    "N0",
    "Par l'utilisateur ou le référent, avant tout signalement.",
  ),
  service(
    "Réglage d'un périphérique, remplacement d'un consommable",
    "N1",
    "Par le référent technique, dans la journée.",
  ),
  service(
    "Création ou réinitialisation d'un compte ENT",
    "N1",
    "Par l'administrateur ENT de l'établissement, sous 1 jour ouvré.",
  ),
  service(
    "Perte de l'accès à internet de l'établissement",
    "N2",
    "Prise en charge sous 4 heures ouvrées ; rétablissement ou solution de contournement sous 1 jour ouvré.",
  ),
  service(
    "Panne du cœur de réseau ou d'un commutateur privant plusieurs salles",
    "N2",
    "Intervention sous 1 jour ouvré.",
  ),
  service("Panne d'une borne Wi-Fi", "N2", "Intervention sous 3 jours ouvrés."),
  service(
    "Panne bloquante d'un poste d'une salle de cours",
    "N2",
    "Intervention sous 2 jours ouvrés.",
  ),
  service(
    "Panne d'un poste administratif (direction, vie scolaire, gestion)",
    "N2",
    "Intervention sous 1 jour ouvré, avec prêt d'un poste si la réparation ne peut être immédiate.",
  ),
  service(
    "Panne d'un vidéoprojecteur, d'un TNI ou d'un écran numérique interactif",
    "N2",
    "Intervention sous 3 jours ouvrés.",
  ),
  service(
    "Panne d'une tablette ou d'un ordinateur portable d'une classe mobile",
    "N2",
    "Échange standard sous 5 jours ouvrés.",
  ),
  service(
    "Réinstallation d'une salle informatique",
    "N2",
    "Planifiée avec l'établissement et réalisée sous 10 jours ouvrés, de préférence pendant les vacances scolaires.",
  ),
  service(
    "Demande de blocage ou de déblocage d'un site par le filtrage",
    "N2",
    "Traitement sous 2 jours ouvrés ; blocage d'un contenu manifestement illicite dans la journée.",
  ),
  service(
    "Incident de sécurité (compte compromis, logiciel malveillant)",
    "N2",
    "Alerte du RSSI académique sans délai ; mesures conservatoires dans la journée.",
  ),
  service(
    "Matériel sous garantie nécessitant le constructeur",
    "N3",
    "Déclaration au constructeur sous 1 jour ouvré, suivi jusqu'à la remise en service.",
  ),
];

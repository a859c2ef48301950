import { ROLE_LABELS } from "@/lib/access/permissions";
import { formatDateTime, formatInteger } from "@/lib/format";
import { omit } from "@/lib/objects";

const ACTION_LABELS: Record<string, string> = {
  "etablissement.import": "Import d'établissements",
  "effectifs.import": "Import des effectifs d'élèves",
  "ips.import": "Import des indices de position sociale",
  "member.invite": "Invitation",
  "member.role": "Changement de rôle",
  "member.remove": "Retrait d'un membre",
  "invitation.accept": "Invitation acceptée",
  "invitation.revoke": "Invitation annulée",
  "template.create": "Création d'un modèle de convention",
  "template.version": "Nouvelle version d'un modèle de convention",
  "convention.create": "Création d'une convention",
  "convention.edit": "Modification du brouillon",
  "convention.submit": "Mise en signature (document figé)",
  "convention.sign": "Signature",
  "convention.sign_offline": "Signature hors plateforme",
  "convention.declare_offline": "Déclaration d'une signature papier",
  "convention.refuse": "Refus de signature",
  "convention.withdraw": "Reprise en brouillon",
  "convention.remind": "Relance des signataires",
  "convention.in_force": "Entrée en vigueur",
  "convention.terminate": "Résiliation",
  "convention.propose": "Proposition de modification d'un brouillon",
  "convention.proposal.accept": "Proposition acceptée",
  "convention.proposal.reject": "Proposition rejetée",
  "convention.proposal.withdraw": "Proposition retirée",
  "convention.review.open": "Ouverture d'un bilan annuel",
  "convention.review.assess": "Appréciation d'un bilan annuel",
  "convention.review.conclusions": "Conclusions d'un bilan annuel",
  "convention.review.freeze": "Bilan annuel figé",
  "equipment.create": "Ajout d'un équipement",
  "equipment.update": "Modification d'un équipement",
  "equipment.status": "Changement de statut ou d'emplacement",
  "equipment.renewal": "Renouvellement avancé ou reporté",
  "equipment.import": "Import d'inventaire",
  "referential.update": "Modification du référentiel d'équipement",
  "budget.line.create": "Ajout d'une ligne budgétaire",
  "budget.line.update": "Modification d'une ligne budgétaire",
  "budget.line.delete": "Suppression d'une ligne budgétaire",
  "budget.autorisation.create": "Vote d'une autorisation de programme ou d'engagement",
  "budget.autorisation.update": "Modification d'une autorisation et de ses crédits de paiement",
  "budget.proposal": "Propositions budgétaires issues du plan de renouvellement",
  "allocation.create": "Attribution à un collège",
  "allocation.update": "Modification d'une attribution",
  "allocation.delete": "Suppression d'une attribution",
  "campaign.create": "Création d'une campagne de besoins",
  "campaign.update": "Modification d'une campagne de besoins",
  "campaign.open": "Ouverture d'une campagne de besoins",
  "campaign.arbitrate": "Clôture de l'arbitrage",
  "campaign.remind": "Relance des collèges avant la date limite",
  "need.submit": "Dépôt d'un besoin",
  "need.update": "Modification d'un besoin",
  "need.withdraw": "Retrait d'un besoin",
  "need.opinion": "Avis pédagogique",
  "need.decision": "Arbitrage d'un besoin",
  "need.delivered": "Livraison et entrée à l'inventaire",
  "call.create": "Création d'un appel à projets",
  "call.update": "Modification d'un appel à projets",
  "call.agree": "Accord pour publier un appel à projets",
  "call.publish": "Publication d'un appel à projets",
  "call.application.save": "Dossier de candidature enregistré",
  "call.application.submit": "Dossier de candidature déposé",
  "call.application.attach": "Pièces jointes à un dossier de candidature",
  "call.application.score": "Notation d'un dossier",
  "call.application.propose": "Décision proposée sur un dossier",
  "call.application.decide": "Décision sur un dossier",
  "call.application.deliver": "Livraison d'un projet et entrée à l'inventaire",
  "call.report.file": "Bilan d'un projet",
  "call.report.assess": "Appréciation pédagogique d'un bilan",
  "call.remind": "Relance des collèges éligibles sans dossier",
  "call.report.remind": "Relance d'un bilan de projet",
  "network.update": "Réseau d'un collège renseigné ou corrigé",
  "network.thresholds": "Seuils de débit et de couverture Wi-Fi",
  "network.import": "Import d'un fichier réseau",
  "network.suggest": "Correction du réseau suggérée par le collège",
  "network.suggestion.answer": "Réponse à une correction suggérée du réseau",
  "service.save": "Service du catalogue enregistré",
  "service.uses": "Collèges utilisant un service",
  "programme.create": "Création d'un programme de déploiement",
  "programme.update": "Modification d'un programme de déploiement",
  "programme.wave.add": "Vague ajoutée à un programme de déploiement",
  "programme.assign": "Collège placé dans une vague",
  "programme.move": "Collège changé de vague",
  "programme.unassign": "Collège retiré d'un programme de déploiement",
  "programme.adopt": "Adoption d'un programme de déploiement",
  "programme.network": "Réseau et Wi-Fi d'un collège déclarés prêts ou non",
  "programme.training.attest": "Formation d'un collège attestée par l'académie",
  "programme.training.declare": "Formation déclarée par le collège",
  "sector.create": "Création d'un secteur",
  "sector.rename": "Changement de nom d'un secteur",
  "sector.delete": "Suppression d'un secteur",
  "sector.colleges": "Collèges d'un secteur",
  "governance.body.create": "Création d'une instance de gouvernance",
  "governance.body.steer": "Convention ajoutée au pilotage d'une instance",
  "governance.body.unsteer": "Convention retirée du pilotage d'une instance",
  "governance.member.designate": "Désignation d'un membre d'instance",
  "governance.member.end": "Fin de mandat d'un membre d'instance",
  "governance.meeting.schedule": "Séance d'instance programmée",
  "governance.meeting.update": "Séance d'instance modifiée",
  "governance.meeting.convene": "Convocation d'une séance",
  "governance.meeting.cancel": "Séance d'instance annulée",
  "governance.meeting.attendance": "Relevé des présences d'une séance",
  "governance.minutes.save": "Rédaction du compte rendu",
  "governance.decision.add": "Décision ou action inscrite au compte rendu",
  "governance.decision.remove": "Décision ou action retirée du compte rendu",
  "governance.minutes.freeze": "Compte rendu figé pour approbation",
  "governance.minutes.approve": "Approbation du compte rendu par un coprésident",
  "governance.minutes.correction": "Correction du compte rendu demandée",
  "governance.minutes.final": "Compte rendu approuvé (PDF final)",
  "governance.action.state": "Suivi d'une action d'instance",
  "governance.action.remind": "Relance d'une action d'instance",
  "governance.document.add": "Document joint au dossier de séance",
  "governance.document.remove": "Document retiré du dossier de séance",
};

/** The objects events are about, for the « Objet » column and its filter. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  Etablissement: "Établissements",
  Effectif: "Effectifs d'élèves",
  IndicePositionSociale: "Indices de position sociale",
  Membership: "Membre",
  Meeting: "Séance d'instance",
  Invitation: "Invitation",
  ConventionTemplate: "Modèle de convention",
  Convention: "Convention",
  Equipment: "Équipement",
  EquipmentImport: "Import d'inventaire",
  EquipmentReferential: "Référentiel d'équipement",
  BudgetLine: "Ligne budgétaire",
  Autorisation: "Autorisation de programme ou d'engagement",
  Allocation: "Attribution à un collège",
  NeedsCampaign: "Campagne de besoins",
  NeedRequest: "Besoin",
  Sector: "Secteur",
  GovernanceBody: "Instance de gouvernance",
  NetworkProfile: "Réseau d'un collège",
  NetworkSuggestion: "Correction suggérée du réseau",
  DigitalService: "Service du catalogue",
};

// Keys written by the appenders today; an unknown key is shown as stored.
const FIELD_LABELS: Record<string, string> = {
  email: "Adresse e-mail",
  role: "Rôle",
  espace: "Espace",
  secteur: "Secteur",
  expiresAt: "Expire le",
  source: "Source",
  format: "Format",
  total: "Lignes",
  rentrees: "Rentrées",
  created: "Créés",
  updated: "Mis à jour",
  unchanged: "Inchangés",
  closed: "Fermés",
  unknown: "UAI inconnus",
  duplicates: "Doublons",
  name: "Nom",
  kind: "Type",
  version: "Version",
  nouvelleVersion: "Nouvelle version",
  note: "Note de version",
  contentSha256: "Empreinte du contenu",
  reference: "Référence",
  title: "Titre",
  startsOn: "Entrée en vigueur",
  endsOn: "Fin",
  sha256: "Empreinte SHA-256",
  partie: "Partie",
  qualite: "Qualité",
  autorisation: "Autorisation",
  signataire: "Signataire",
  copie: "Empreinte de la copie numérisée",
  motif: "Motif",
  objet: "Objet",
  bilan: "Bilan",
  appreciation: "Appréciation",
  seance: "Séance",
  convention: "Convention",
  propositions: "Propositions",
  parties: "Parties",
  courriels: "Courriels",
  statut: "Statut",
  dateEffet: "Date d'effet",
  categorie: "Catégorie",
  modele: "Modèle",
  fabricant: "Fabricant",
  numeroSerie: "Numéro de série",
  numeroInventaire: "Numéro d'inventaire",
  acquisition: "Date d'acquisition",
  finGarantie: "Fin de garantie",
  emplacement: "Emplacement",
  usage: "Usage",
  financement: "Financement",
  coutAchat: "Coût d'achat",
  etablissement: "Établissement",
  anneeRenouvellement: "Année de renouvellement prévue",
  fichier: "Fichier",
  lignes: "Lignes",
  etablissements: "Établissements",
  cibles: "Cibles",
  regles: "Règles par catégorie",
  exercice: "Exercice",
  section: "Section",
  chapitre: "Chapitre",
  fonction: "Fonction",
  nature: "Nature",
  libelle: "Libellé",
  categorieBudget: "Catégorie budgétaire",
  bp: "Budget primitif",
  dm: "Décisions modificatives",
  engage: "Engagé",
  mandate: "Mandaté",
  numero: "Numéro",
  montant: "Montant",
  affecte: "Affecté",
  etat: "État",
  cp: "Crédits de paiement",
  ouverture: "Ouverture",
  cloture: "Clôture",
  enveloppe: "Enveloppe",
  categories: "Catégories",
  quantite: "Quantité",
  priorite: "Priorité",
  justification: "Justification",
  projet: "Projet d'établissement",
  avis: "Avis",
  commentaire: "Commentaire",
  decision: "Décision",
  quantiteAcceptee: "Quantité acceptée",
  montantAccepte: "Montant accepté",
  livraison: "Livraison",
  description: "Description",
  ligne: "Ligne budgétaire",
  vote: "Date du vote",
};

/** « Invitation » for "member.invite"; an action without a label yet is shown as recorded. */
export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export function auditEntityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const MAX_VALUE_LENGTH = 120;

function formatValue(key: string, value: unknown): string {
  if (value === undefined || value === null) return "—";
  if (key === "role" && typeof value === "string" && value in ROLE_LABELS)
    return ROLE_LABELS[value as keyof typeof ROLE_LABELS];
  if (typeof value === "number") return formatInteger(value);
  if (typeof value === "boolean") return value ? "oui" : "non";
  if (typeof value === "string")
    return ISO_DATE_TIME.test(value) ? formatDateTime(new Date(value)) : value;
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join(", ");
  const json = JSON.stringify(value);
  return json.length > MAX_VALUE_LENGTH ? `${json.slice(0, MAX_VALUE_LENGTH)}…` : json;
}

export interface AuditChange {
  key: string;
  label: string;
  before: string;
  after: string;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/**
 * What an event changed, key by key, in words: keys whose value differs between before and after
 * (a creation has no before, a removal no after), and the keys both share unchanged, which say
 * what the event was about (whose role changed). A value that is not an object is one change.
 */
export function describeAuditChanges(
  before: unknown,
  after: unknown,
): { changed: AuditChange[]; kept: AuditChange[] } {
  const b = asRecord(before ?? {});
  const a = asRecord(after ?? {});
  if (!b || !a) {
    return {
      changed: [
        {
          key: "",
          label: "Valeur",
          before: formatValue("", before),
          after: formatValue("", after),
        },
      ],
      kept: [],
    };
  }
  const changes = [...new Set([...Object.keys(b), ...Object.keys(a)])].map((key) => ({
    key,
    label: FIELD_LABELS[key] ?? key,
    before: formatValue(key, b[key]),
    after: formatValue(key, a[key]),
    same: JSON.stringify(b[key]) === JSON.stringify(a[key]),
  }));
  const strip = (change: (typeof changes)[number]): AuditChange => omit(change, "same");
  return {
    changed: changes.filter((c) => !c.same).map(strip),
    kept: changes.filter((c) => c.same).map(strip),
  };
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConventionParty, IncidentRoutingSource } from "@/lib/generated/prisma/enums";
import { readContent, type Assistance } from "@/lib/conventions/content";
import { DEFAULT_TRIPARTITE_CONTENT } from "@/lib/conventions/default-template";
import {
  ASSISTANCE_DOMAIN_LABELS,
  HANDLER_PARTY_LABELS,
  type AssistanceDomain,
  type RoutingLevel,
} from "@/lib/assistance/vocabulary";
import { serviceLevelFor, type ServiceLevelTarget } from "@/lib/assistance/service-level";
import { todayInParis } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { latestTemplateVersionQuery } from "@/lib/conventions/templates/get-latest-template-version";

type Tx = Prisma.TransactionClient;

/** The collège an incident is for, as routing needs it. */
export interface RoutedCollege {
  id: string;
  collectiviteId: string;
  academieCode: string;
  departementCode: string;
}

export interface Route {
  party: ConventionParty;
  level: RoutingLevel;
  source: IncidentRoutingSource;
  /** The domain as the document that routed it names it. */
  domainLabel: string;
  /** The rule in words, kept on the incident: what decided, and why that document. */
  note: string;
  conventionId: string | null;
  /** The assistance section the service level comes from (the same document as the rule). */
  assistance: Assistance | null;
  serviceLevel: ServiceLevelTarget;
}

const ruleWords = (domain: AssistanceDomain, party: ConventionParty, level: string) =>
  `« ${ASSISTANCE_DOMAIN_LABELS[domain]} » → ${HANDLER_PARTY_LABELS[party]}, niveau ${level}`;

/**
 * The collège's tripartite convention in force today (signed, started, not expired, not
 * terminated), with its consolidated content (the latest signed avenant's, if any).
 */
async function conventionInForce(tx: Tx, college: RoutedCollege, now: Date) {
  const today = todayInParis(now);
  return tx.convention.findFirst({
    where: {
      etablissementId: college.id,
      kind: "TRIPARTITE",
      status: "EN_VIGUEUR",
      AND: [
        { OR: [{ startsOn: null }, { startsOn: { lte: today } }] },
        { OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
      ],
      inForceVersion: { isNot: null },
    },
    orderBy: { startsOn: "desc" },
    select: { id: true, reference: true, inForceVersion: { select: { content: true } } },
  });
}

/** Why no convention routes: none in force, or one signed that starts later. */
async function noConventionInForce(tx: Tx, college: RoutedCollege, now: Date): Promise<string> {
  const upcoming = await tx.convention.findFirst({
    where: {
      etablissementId: college.id,
      kind: "TRIPARTITE",
      status: "EN_VIGUEUR",
      startsOn: { gt: todayInParis(now) },
    },
    orderBy: { startsOn: "asc" },
    select: { reference: true, startsOn: true },
  });
  return upcoming?.startsOn
    ? `La convention ${upcoming.reference}, signée, n'entre en vigueur que le ${formatDate(upcoming.startsOn)}`
    : "Aucune convention tripartite en vigueur pour ce collège";
}

/**
 * The collectivité's current tripartite template: the document a new convention would start
 * from (lib/conventions/templates/get-latest-template-version.ts), the product's default when it
 * has none. Read for the collège without a context of the collectivité: routing is the product's
 * rule, not a member's read, and the collège was taken from the caller's context.
 */
export async function currentTemplate(
  tx: Tx,
  collectiviteId: string,
): Promise<{ name: string; assistance: Assistance }> {
  const version = await tx.conventionTemplateVersion.findFirst({
    ...latestTemplateVersionQuery(collectiviteId, "TRIPARTITE"),
    select: { content: true, number: true, template: { select: { name: true } } },
  });
  return version
    ? {
        name: `le modèle « ${version.template.name} » (version ${version.number}) de la collectivité`,
        assistance: readContent(version.content).assistance,
      }
    : {
        name: "le modèle par défaut de Tripartite",
        assistance: DEFAULT_TRIPARTITE_CONTENT.assistance,
      };
}

/**
 * Where an incident of this domain goes: the row of the structured matrix of the collège's
 * convention in force; without a convention in force, or without a row for the domain, the
 * collectivité's current template; without either, the collectivité's service at level N2. The
 * incident keeps the rule in words, so a reader sees which document decided.
 */
export async function routeIncident(
  tx: Tx,
  college: RoutedCollege,
  domain: AssistanceDomain,
  now: Date,
): Promise<Route> {
  const convention = await conventionInForce(tx, college, now);
  const conventionAssistance = convention?.inForceVersion
    ? readContent(convention.inForceVersion.content).assistance
    : null;
  const conventionRule = conventionAssistance?.routing.find((r) => r.domain === domain);
  if (convention && conventionAssistance && conventionRule) {
    return {
      party: conventionRule.party,
      level: conventionRule.level,
      source: "CONVENTION",
      domainLabel: ASSISTANCE_DOMAIN_LABELS[domain],
      note: `Convention ${convention.reference} en vigueur, matrice des responsabilités : ${ruleWords(domain, conventionRule.party, conventionRule.level)}.`,
      conventionId: convention.id,
      assistance: conventionAssistance,
      serviceLevel: serviceLevelFor(conventionAssistance, conventionRule.level, domain, college),
    };
  }
  const why = convention
    ? `La convention ${convention.reference} en vigueur n'aiguille pas ce domaine`
    : await noConventionInForce(tx, college, now);
  const template = await currentTemplate(tx, college.collectiviteId);
  const templateAssistance = template.assistance;
  const templateRule = templateAssistance.routing.find((r) => r.domain === domain);
  if (templateRule) {
    return {
      party: templateRule.party,
      level: templateRule.level,
      source: "MODELE",
      domainLabel: ASSISTANCE_DOMAIN_LABELS[domain],
      note: `${why} : ${template.name} décide, ${ruleWords(domain, templateRule.party, templateRule.level)}.`,
      conventionId: convention?.id ?? null,
      assistance: templateAssistance,
      serviceLevel: serviceLevelFor(templateAssistance, templateRule.level, domain, college),
    };
  }
  return {
    party: "COLLECTIVITE",
    level: "N2",
    source: "DEFAUT",
    domainLabel: ASSISTANCE_DOMAIN_LABELS[domain],
    note: `${why}, et ${template.name} ne l'aiguille pas : le service de la collectivité le reçoit, niveau N2, sans engagement de délai.`,
    conventionId: convention?.id ?? null,
    assistance: null,
    serviceLevel: serviceLevelFor(null, "N2", domain, college),
  };
}

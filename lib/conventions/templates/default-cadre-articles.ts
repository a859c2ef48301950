import type { Article } from "@/lib/conventions/content";
import {
  closingArticles,
  personalDataArticle,
} from "@/lib/conventions/templates/default-shared-articles";

/** Paragraphs are separated by a blank line, list items start with « – ». */
const text = (...paragraphs: string[]) => paragraphs.join("\n\n");
const list = (...lines: string[]) => lines.join("\n");

/** The articles of the default convention-cadre between the collectivité and the académie. */
export const CADRE_ARTICLES: Article[] = [
  {
    title: "Parties et visas",
    body: text(
      list(
        "Entre les soussignés :",
        "– la collectivité de rattachement des collèges publics de son territoire, {{collectivite.nom}}, représentée par son président, dûment habilité par une délibération de la commission permanente, ci-après dénommée « la collectivité » ;",
        "– l'État, ministère chargé de l'éducation nationale ({{academie.nom}}), représenté par le recteur d'académie ou par son délégué, ci-après dénommé « l'académie ».",
      ),
      list(
        "Vu le code de l'éducation, notamment ses articles L131-2, L213-2 et L421-23 ;",
        "Vu le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 (règlement général sur la protection des données) et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés ;",
        "Vu la délibération de la commission permanente de la collectivité autorisant la signature de la présente convention ;",
      ),
      "Il est convenu ce qui suit.",
    ),
  },
  {
    title: "Préambule",
    body: text(
      "Depuis la loi n° 2013-595 du 8 juillet 2013 d'orientation et de programmation pour la refondation de l'école de la République, l'acquisition et la maintenance des infrastructures et des équipements des collèges, y compris les matériels informatiques et les logiciels prévus pour leur mise en service, relèvent de la collectivité de rattachement. L'État conserve la responsabilité des contenus et des ressources pédagogiques, de la formation des personnels et de la définition des règles de sécurité.",
      "La collectivité et l'académie entendent conduire une politique concertée du numérique éducatif dans les collèges publics du territoire. La présente convention-cadre en fixe les principes ; elle est déclinée dans chaque collège par une convention d'application tripartite, signée par le chef d'établissement après délibération du conseil d'administration.",
    ),
  },
  {
    title: "Objet et périmètre",
    body: text(
      list(
        "La présente convention a pour objet :",
        "– de définir les orientations partagées et les engagements de la collectivité et de l'académie en matière de numérique éducatif dans les collèges publics relevant de la collectivité ;",
        "– d'établir la matrice des responsabilités et les niveaux de service de référence ;",
        "– de fixer le modèle et les conditions de conclusion des conventions d'application tripartites ;",
        "– d'organiser la gouvernance commune.",
      ),
      "Elle porte sur les infrastructures, les réseaux et l'accès à internet, les équipements numériques, les logiciels nécessaires à leur mise en service, l'espace numérique de travail, l'assistance et la maintenance, la formation des personnels et les ressources pédagogiques.",
    ),
  },
  {
    title: "Conventions d'application",
    body: text(
      "Dans chaque collège public relevant de la collectivité, une convention d'application tripartite est conclue entre la collectivité, l'académie et l'établissement, conformément au modèle annexé. Elle vise la présente convention et en reprend les principes.",
      "Elle peut adapter la matrice des responsabilités et les niveaux de service à la situation de l'établissement, sans réduire les engagements de référence de la collectivité et de l'académie.",
      "Elle est signée, pour l'établissement, par le chef d'établissement autorisé par une délibération du conseil d'administration ; pour l'État, par le recteur d'académie ou, par délégation, par le directeur académique des services de l'éducation nationale ou le délégué de région académique au numérique éducatif ; pour la collectivité, par son président ou son délégataire. Sa durée ne peut excéder celle de la présente convention.",
    ),
  },
  {
    title: "Engagements de la collectivité",
    body: list(
      "La collectivité s'engage à :",
      "– arrêter un plan pluriannuel d'équipement numérique des collèges, après avis de l'académie sur ses orientations pédagogiques, et en assurer le financement dans la limite des crédits votés ;",
      "– raccorder chaque collège à internet avec un débit adapté aux usages, et réaliser les réseaux locaux et la couverture Wi-Fi des espaces d'enseignement ;",
      "– acquérir, installer, maintenir et renouveler les équipements et les logiciels nécessaires à leur mise en service et à leur administration ;",
      "– organiser un service d'assistance et de maintenance de niveau 2, assuré par ses techniciens ou par un prestataire, et mettre en jeu les garanties des constructeurs et éditeurs ;",
      "– mettre à disposition des collèges un outil unique de signalement des incidents et tenir l'inventaire des équipements ;",
      "– appliquer la politique de sécurité des systèmes d'information définie par l'académie et désigner un correspondant pour la sécurité ;",
      "– financer, avec l'académie, l'espace numérique de travail dans les conditions fixées par la gouvernance commune.",
    ),
  },
  {
    title: "Engagements de l'État (académie)",
    body: list(
      "L'académie s'engage à :",
      "– définir la politique de sécurité des systèmes d'information applicable aux collèges, sous l'autorité du responsable de la sécurité des systèmes d'information (RSSI) académique ;",
      "– fournir les applications nationales et académiques de gestion, l'annuaire académique et les identités numériques des élèves, de leurs responsables et des personnels ;",
      "– former les personnels aux usages pédagogiques du numérique, par la délégation de région académique au numérique éducatif (DRANE), et accompagner les collèges dans l'élaboration du volet numérique de leur projet d'établissement ;",
      "– mettre à disposition des ressources numériques pédagogiques ;",
      "– donner un avis sur les orientations pédagogiques du plan d'équipement et définir, avec la collectivité, les règles de filtrage de l'accès à internet des élèves ;",
      "– contribuer à l'évaluation des usages et en rendre compte au comité de pilotage.",
    ),
  },
  {
    title: "Rôle des établissements",
    body: text(
      list(
        "Les établissements, parties aux conventions d'application, s'engagent notamment à :",
        "– désigner un référent pour les usages pédagogiques du numérique et un référent technique ;",
        "– assurer les vérifications de niveau 0 et les réglages de niveau 1 et signaler les incidents au moyen de l'outil de la collectivité ;",
        "– veiller au bon usage des équipements et inscrire la charte d'usage du numérique au règlement intérieur ;",
        "– participer au recensement annuel des besoins et à la vérification de l'inventaire.",
      ),
      "La présente convention ne crée aucune obligation à la charge d'un établissement avant la signature de sa convention d'application.",
    ),
  },
  {
    title: "Maintenance et niveaux de service",
    body: text(
      "Les niveaux de maintenance sont définis en cohérence avec le cadre de référence CARINE de la direction du numérique pour l'éducation : le niveau 0 (vérifications élémentaires) et le niveau 1 (réglages simples) relèvent de l'établissement ; le niveau 2 (diagnostic, réparation, échange, réinstallation, réseau) relève de la collectivité ; le niveau 3 relève des constructeurs et éditeurs, sous garantie ou contrat de support, à l'initiative de la collectivité.",
      "Les niveaux de service de référence annexés s'appliquent à tous les collèges ; une convention d'application peut prévoir des engagements plus favorables. La collectivité publie chaque année les délais d'intervention constatés et les présente au comité de pilotage.",
    ),
  },
  {
    title: "Sécurité des systèmes d'information",
    body: text(
      "L'académie définit la politique de sécurité des systèmes d'information applicable aux collèges, sous l'autorité du RSSI académique. La collectivité l'applique aux infrastructures, réseaux et équipements dont elle a la charge.",
      "L'accès des élèves à internet fait l'objet d'un filtrage : l'académie en définit les règles, la collectivité met en œuvre et exploite la solution retenue.",
      "Les parties établissent conjointement une procédure de gestion des incidents de sécurité, qui précise les contacts, les délais d'alerte et les mesures conservatoires, et la mettent à l'épreuve au moins une fois pendant la durée de la présente convention.",
    ),
  },
  {
    title: "Gouvernance",
    body: text(
      "Un comité de pilotage, coprésidé par le président de la collectivité et le recteur d'académie ou leurs représentants, se réunit au moins une fois par an. Il associe la DRANE, le RSSI académique, le service de la collectivité chargé du numérique des collèges, {{referent.collectivite}}, et des représentants des chefs d'établissement.",
      "Le comité de pilotage suit la conclusion et l'exécution des conventions d'application, examine les indicateurs (équipement, disponibilité, délais d'intervention, usages, formation), donne son avis sur le plan d'équipement et propose les évolutions de la présente convention. Un comité technique réunit chaque trimestre les services des deux parties pour le suivi opérationnel.",
    ),
  },
  personalDataArticle("cadre"),
  {
    title: "Financement",
    body: text(
      "Chaque partie finance les actions qui relèvent de ses compétences. La collectivité inscrit à son budget les crédits d'investissement et de fonctionnement nécessaires aux équipements, aux réseaux et à la maintenance. L'État finance les ressources pédagogiques, la formation des personnels et les applications nationales et académiques.",
      "Les cofinancements, notamment au titre des programmes nationaux d'équipement, font l'objet de conventions particulières. La présente convention n'emporte aucun versement d'une partie à l'autre.",
    ),
  },
  ...closingArticles("cadre"),
];

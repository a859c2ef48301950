import type { Article } from "@/lib/conventions/content";
import {
  closingArticles,
  personalDataArticle,
} from "@/lib/conventions/templates/default-shared-articles";

/** Paragraphs are separated by a blank line, list items start with « – ». */
const text = (...paragraphs: string[]) => paragraphs.join("\n\n");
const list = (...lines: string[]) => lines.join("\n");

/**
 * The articles of the default convention between the collectivité and one collège on the
 * equipment the collectivité provides (code de l'éducation, article L421-23 II): two parties, the
 * académie is not one of them.
 */
export const EPLE_ARTICLES: Article[] = [
  {
    title: "Parties et visas",
    body: text(
      list(
        "Entre les soussignés :",
        "– la collectivité de rattachement de l'établissement, {{collectivite.nom}}, représentée par son président, dûment habilité par une délibération de la commission permanente, ci-après dénommée « la collectivité » ;",
        "– l'établissement public local d'enseignement {{etablissement.nom}}, UAI {{etablissement.uai}}, situé à {{etablissement.commune}}, représenté par son chef d'établissement, autorisé à signer la présente convention par une délibération du conseil d'administration, ci-après dénommé « l'établissement ».",
      ),
      list(
        "Vu le code de l'éducation, notamment ses articles L213-2, L421-23 et R421-20 ;",
        "Vu le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 (règlement général sur la protection des données) et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés ;",
        "Vu la délibération de la commission permanente de la collectivité autorisant la signature de la présente convention ;",
        "Vu la délibération du conseil d'administration de l'établissement autorisant le chef d'établissement à signer la présente convention ;",
      ),
      "Il est convenu ce qui suit.",
    ),
  },
  {
    title: "Objet",
    body: text(
      "La collectivité acquiert, installe et maintient les équipements numériques des collèges dont elle a la charge. La présente convention, conclue en application du II de l'article L421-23 du code de l'éducation, fixe les conditions dans lesquelles ces équipements sont mis à la disposition de l'établissement {{etablissement.nom}} et utilisés par lui, ainsi que la part de chacune des parties dans leur garde, leur maintenance et leur renouvellement.",
      "Elle ne traite ni des usages pédagogiques, ni de la formation des personnels, qui relèvent de l'État ; lorsque la collectivité, l'académie et l'établissement concluent une convention tripartite relative au numérique éducatif, celle-ci s'applique à ces sujets et la présente convention la complète pour ce qui concerne les équipements.",
    ),
  },
  {
    title: "Équipements mis à disposition",
    body: text(
      list(
        "Sont mis à la disposition de l'établissement :",
        "– les équipements numériques fixes et mobiles, individuels ou collectifs, à usage pédagogique ou administratif, figurant à l'inventaire annexé ;",
        "– le câblage, le réseau local, les bornes Wi-Fi et l'accès à internet ;",
        "– les logiciels nécessaires à la mise en service et à l'administration de ces équipements.",
      ),
      "Les équipements restent la propriété de la collectivité. Ils sont affectés à l'établissement pour ses missions d'enseignement et de gestion et ne peuvent être cédés, prêtés à un tiers, ni déplacés hors de l'établissement sans l'accord de la collectivité, sous réserve des prêts aux élèves et aux personnels prévus par la présente convention.",
      "L'inventaire est tenu par la collectivité et vérifié chaque année par l'établissement ; sa mise à jour ne requiert pas d'avenant.",
    ),
  },
  {
    title: "Engagements de la collectivité",
    body: list(
      "La collectivité s'engage à :",
      "– livrer, installer et mettre en service les équipements, et les renouveler selon son plan d'équipement, en tenant compte des effectifs et du projet d'établissement ;",
      "– assurer la maintenance de niveau 2 par ses techniciens ou par un prestataire, et mettre en jeu les garanties des constructeurs et éditeurs (niveau 3) ;",
      "– mettre à la disposition de l'établissement un outil de signalement des incidents et un interlocuteur identifié, {{referent.collectivite}} ;",
      "– former les agents et le référent technique de l'établissement aux vérifications de niveau 0 et aux réglages de niveau 1 qui leur reviennent ;",
      "– assurer les équipements dont elle est propriétaire et reprendre, pour recyclage ou destruction sécurisée des données, ceux qui sont sortis d'inventaire.",
    ),
  },
  {
    title: "Engagements de l'établissement",
    body: list(
      "L'établissement s'engage à :",
      "– désigner un référent technique, {{referent.technique}}, interlocuteur de la collectivité pour la maintenance, et un référent numérique, {{referent.numerique}} ;",
      "– assurer la garde des équipements, en réserver l'usage à ses missions et inscrire la charte d'usage du numérique à son règlement intérieur ;",
      "– assurer les vérifications de niveau 0 et les réglages simples de niveau 1 dans les conditions fixées par la matrice des responsabilités, et signaler tout incident au moyen de l'outil de la collectivité ;",
      "– informer sans délai la collectivité de tout déplacement, perte, vol ou dégradation d'un équipement et, en cas de vol, déposer plainte ;",
      "– ne raccorder au réseau aucun matériel qui n'a pas reçu l'avis technique favorable de la collectivité, ni modifier la configuration des équipements administrés par elle ;",
      "– participer chaque année à la vérification de l'inventaire et restituer à la collectivité les équipements qu'elle reprend.",
    ),
  },
  {
    title: "Prêt d'équipements aux élèves et aux personnels",
    body: text(
      "Lorsque la collectivité met à disposition des équipements mobiles destinés à être prêtés aux élèves ou aux personnels, l'établissement organise ce prêt : il remet l'équipement contre la signature d'une convention de prêt par l'emprunteur ou, pour un élève mineur, par son responsable légal, tient la liste des prêts et recueille les équipements à leur terme.",
      "La convention de prêt rappelle la charte d'usage du numérique, les règles de sécurité et la conduite à tenir en cas de panne, de perte ou de vol. Les pannes des équipements prêtés sont signalées comme celles des autres équipements.",
    ),
  },
  {
    title: "Maintenance et niveaux de service",
    body: text(
      list(
        "La maintenance est organisée en quatre niveaux :",
        "– niveau 0 : vérifications élémentaires (branchements, alimentation, redémarrage), par l'utilisateur ou le référent de l'établissement ;",
        "– niveau 1 : réglages simples et dépannages sans démontage, par le référent technique ou un agent formé ;",
        "– niveau 2 : diagnostic, réparation, échange standard, réinstallation et interventions sur le réseau, par les techniciens de la collectivité ou son prestataire ;",
        "– niveau 3 : interventions du constructeur ou de l'éditeur, déclenchées par la collectivité.",
      ),
      "Les délais d'intervention s'entendent en jours ouvrés, à compter d'un signalement complet effectué au moyen de l'outil de la collectivité ; ils figurent au tableau des niveaux de service annexé.",
    ),
  },
  {
    title: "Responsabilités et assurance",
    body: text(
      "La collectivité, propriétaire, assure les équipements contre les risques de dommages, de vol et d'incendie. L'établissement répond des dommages causés aux équipements par un usage non conforme à leur destination ou par un défaut de garde ; la collectivité peut lui en demander le remboursement, après un échange contradictoire.",
      "Chaque partie demeure responsable, à l'égard des tiers, des dommages résultant de ses propres fautes.",
    ),
  },
  personalDataArticle("eple"),
  {
    title: "Bilan annuel",
    body: text(
      "Chaque année, la collectivité et l'établissement dressent ensemble le bilan de l'exécution de la présente convention : état et disponibilité des équipements au regard de l'inventaire, respect des délais d'intervention, incidents, pertes et vols, besoins de renouvellement. Ce bilan est présenté au conseil d'administration et prépare le renouvellement de la convention.",
    ),
  },
  ...closingArticles("eple"),
];

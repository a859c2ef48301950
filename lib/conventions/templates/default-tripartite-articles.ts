import type { Article } from "@/lib/conventions/content";
import {
  closingArticles,
  personalDataArticle,
} from "@/lib/conventions/templates/default-shared-articles";

/** Paragraphs are separated by a blank line, list items start with « – ». */
const text = (...paragraphs: string[]) => paragraphs.join("\n\n");

/** The articles of the default convention tripartite d'application, one per collège. */
export const TRIPARTITE_ARTICLES: Article[] = [
  {
    title: "Parties et visas",
    body: text(
      "Entre les soussignés :",
      [
        "– la collectivité de rattachement de l'établissement, {{collectivite.nom}}, représentée par son président, dûment habilité par une délibération de la commission permanente, ci-après dénommée « la collectivité » ;",
        "– l'État, ministère chargé de l'éducation nationale ({{academie.nom}}), représenté par le recteur d'académie ou, par délégation, par le directeur académique des services de l'éducation nationale ou le délégué de région académique au numérique éducatif, ci-après dénommé « l'académie » ;",
        "– l'établissement public local d'enseignement {{etablissement.nom}}, UAI {{etablissement.uai}}, situé à {{etablissement.commune}}, représenté par son chef d'établissement, autorisé à signer la présente convention par une délibération du conseil d'administration, ci-après dénommé « l'établissement ».",
      ].join("\n"),
      [
        "Vu le code de l'éducation, notamment ses articles L131-2, L213-2, L421-23 et R421-20 ;",
        "Vu le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 (règlement général sur la protection des données) et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés ;",
        "Vu la convention-cadre {{convention_cadre.reference}} conclue entre la collectivité et l'académie ;",
        "Vu la délibération de la commission permanente de la collectivité autorisant la signature de la présente convention ;",
        "Vu la délibération du conseil d'administration de l'établissement autorisant le chef d'établissement à signer la présente convention ;",
      ].join("\n"),
      "Il est convenu ce qui suit.",
    ),
  },
  {
    title: "Préambule",
    body: text(
      "Depuis la loi n° 2013-595 du 8 juillet 2013 d'orientation et de programmation pour la refondation de l'école de la République, la collectivité de rattachement a la charge de l'acquisition et de la maintenance des infrastructures et des équipements des collèges, y compris les matériels informatiques et les logiciels prévus pour leur mise en service, nécessaires à l'enseignement et aux échanges entre les membres de la communauté éducative. L'État demeure responsable des contenus et des ressources pédagogiques, de la formation des personnels et de la définition des règles de sécurité ; l'établissement organise les usages dans le cadre de son projet d'établissement.",
      "La présente convention d'application décline, pour l'établissement, la convention-cadre {{convention_cadre.reference}}. Elle a pour ambition d'offrir aux élèves et aux personnels un environnement numérique disponible, sûr et adapté aux usages pédagogiques et administratifs, en précisant qui fait quoi, à quel niveau et dans quels délais.",
    ),
  },
  {
    title: "Objet et périmètre",
    body: text(
      "La présente convention définit les engagements respectifs de la collectivité, de l'académie et de l'établissement pour l'équipement, la mise en œuvre, la maintenance et l'usage du numérique au sein de l'établissement {{etablissement.nom}}.",
      [
        "Elle porte sur :",
        "– les infrastructures : câblage, locaux et baies techniques, alimentation électrique dédiée ;",
        "– le réseau pédagogique et administratif, y compris le Wi-Fi et l'accès à internet ;",
        "– les équipements numériques fixes et mobiles, individuels ou collectifs, à usage pédagogique ou administratif, figurant à l'inventaire annexé ;",
        "– les logiciels nécessaires à la mise en service et à l'administration de ces équipements ;",
        "– l'espace numérique de travail (ENT) ;",
        "– l'assistance et la maintenance.",
      ].join("\n"),
      "Les applications nationales et académiques de gestion relèvent de l'académie. Les équipements acquis par l'établissement sur son budget propre n'entrent dans le périmètre de la maintenance assurée par la collectivité qu'après son avis technique favorable.",
      "La matrice des responsabilités jointe à la présente convention en fait partie intégrante ; elle précise, domaine par domaine, la partie responsable et le niveau de maintenance concerné.",
    ),
  },
  {
    title: "Engagements de la collectivité",
    body: text(
      [
        "Au titre de l'article L213-2 du code de l'éducation, la collectivité s'engage à :",
        "– acquérir, installer et renouveler les équipements numériques de l'établissement selon le plan d'équipement arrêté après avis du comité de pilotage, en tenant compte des effectifs et du projet d'établissement ;",
        "– réaliser et entretenir le câblage, le réseau local et la couverture Wi-Fi des espaces d'enseignement, et assurer un accès à internet d'un débit adapté aux usages ;",
        "– fournir et maintenir les logiciels nécessaires à la mise en service et à l'administration des équipements (systèmes d'exploitation, outils de déploiement, de gestion de parc et de gestion des terminaux mobiles) ;",
        "– assurer la maintenance de niveau 2 par ses techniciens ou par un prestataire, et mettre en jeu les garanties des constructeurs et éditeurs (niveau 3) ;",
        "– mettre à la disposition de l'établissement un outil de signalement des incidents et un interlocuteur identifié, {{referent.collectivite}} ;",
        "– appliquer aux infrastructures, réseaux et équipements dont elle a la charge la politique de sécurité des systèmes d'information définie par l'académie ;",
        "– tenir à jour, avec l'établissement, l'inventaire des équipements numériques.",
      ].join("\n"),
    ),
  },
  {
    title: "Engagements de l'État (académie)",
    body: text(
      [
        "L'académie s'engage à :",
        "– définir la politique de sécurité des systèmes d'information applicable à l'établissement, sous l'autorité du responsable de la sécurité des systèmes d'information (RSSI) académique, et en accompagner la mise en œuvre ;",
        "– fournir les applications nationales et académiques de gestion, l'annuaire académique et les identités numériques des élèves, de leurs responsables et des personnels, et en assurer l'assistance ;",
        "– former les personnels aux usages pédagogiques du numérique, par la délégation de région académique au numérique éducatif (DRANE) et ses conseillers, et faciliter leur participation aux formations ;",
        "– mettre à disposition des ressources numériques pédagogiques et accompagner l'établissement dans l'élaboration du volet numérique de son projet d'établissement ;",
        "– définir, avec la collectivité, les règles de filtrage de l'accès à internet des élèves ;",
        "– évaluer les usages avec la collectivité et l'établissement et en rendre compte au comité de pilotage.",
      ].join("\n"),
    ),
  },
  {
    title: "Engagements de l'établissement",
    body: text(
      [
        "L'établissement s'engage à :",
        "– désigner un référent pour les usages pédagogiques du numérique, {{referent.numerique}}, et un référent technique, {{referent.technique}}, interlocuteur de la collectivité pour la maintenance ;",
        "– assurer les vérifications de niveau 0 et les réglages simples de niveau 1 dans les conditions fixées par la matrice des responsabilités, et signaler tout incident au moyen de l'outil de la collectivité en décrivant la panne et le matériel concerné ;",
        "– veiller au bon usage et à la garde des équipements, inscrire la charte d'usage du numérique au règlement intérieur et faire respecter les règles de sécurité (comptes nominatifs, mots de passe, verrouillage des sessions) ;",
        "– informer sans délai la collectivité de tout déplacement, perte, vol ou dégradation d'un équipement, et participer chaque année à la vérification de l'inventaire ;",
        "– ne raccorder au réseau aucun matériel qui n'a pas reçu l'avis technique favorable de la collectivité ;",
        "– intégrer le numérique à son projet d'établissement et communiquer les informations utiles à l'évaluation des usages.",
      ].join("\n"),
    ),
  },
  {
    title: "Maintenance et niveaux de service",
    body: text(
      [
        "La maintenance est organisée en quatre niveaux, en cohérence avec le cadre de référence CARINE de la direction du numérique pour l'éducation :",
        "– niveau 0 : vérifications élémentaires (branchements, alimentation, redémarrage), par l'utilisateur ou le référent de l'établissement ;",
        "– niveau 1 : réglages simples et dépannages sans démontage (paramétrage d'un périphérique, remplacement d'un consommable, gestion des sessions), par le référent technique ou un agent formé ;",
        "– niveau 2 : diagnostic, réparation, échange standard, réinstallation des postes et interventions sur le réseau, par les techniciens de la collectivité ou son prestataire ;",
        "– niveau 3 : interventions du constructeur ou de l'éditeur, sous garantie ou contrat de support, déclenchées par la collectivité.",
      ].join("\n"),
      "Les délais d'intervention s'entendent en jours ouvrés, à compter d'un signalement complet effectué au moyen de l'outil de la collectivité. Les engagements de service figurent au tableau des niveaux de service annexé. La collectivité en suit le respect et en présente le bilan au comité de pilotage.",
    ),
  },
  {
    title: "Sécurité des systèmes d'information",
    body: text(
      "La politique de sécurité des systèmes d'information applicable à l'établissement est définie par l'académie, sous l'autorité du RSSI académique. La collectivité l'applique aux infrastructures, réseaux et équipements dont elle a la charge et désigne un correspondant pour la sécurité. Le chef d'établissement veille au respect des règles de sécurité par les utilisateurs.",
      "L'accès des élèves à internet fait l'objet d'un filtrage. L'académie en définit les règles ; la collectivité met en œuvre et exploite la solution de filtrage ; l'établissement transmet à la collectivité les demandes de blocage ou de déblocage d'un site. Les journaux de connexion sont conservés pendant la durée prévue par la réglementation et ne sont communiqués qu'aux autorités habilitées.",
      "Tout incident de sécurité (compromission d'un compte, logiciel malveillant, rançongiciel, fuite de données) est signalé sans délai par la partie qui en a connaissance aux deux autres et au RSSI académique. Les parties coopèrent pour en limiter les effets et rétablir le service.",
    ),
  },
  {
    title: "Gouvernance",
    body: text(
      "Un comité de pilotage se réunit au moins une fois par an, à l'initiative de la collectivité. Il réunit, pour la collectivité, {{referent.collectivite}} et le service chargé du numérique des collèges ; pour l'académie, la DRANE ou son représentant ; pour l'établissement, le chef d'établissement, {{referent.numerique}} et {{referent.technique}}.",
      "Le comité de pilotage dresse le bilan de l'année écoulée : disponibilité des équipements et du réseau, respect des délais d'intervention, usages, formations suivies, besoins d'équipement. Il propose les évolutions de la matrice des responsabilités et des niveaux de service, qui donnent lieu, le cas échéant, à un avenant. Son compte rendu est adressé aux parties et présenté au conseil d'administration.",
    ),
  },
  personalDataArticle("tripartite"),
  {
    title: "Financement",
    body: text(
      "La collectivité finance, sur les crédits inscrits à son budget, les investissements et la maintenance relevant de sa compétence. L'État finance les ressources pédagogiques, la formation des personnels et les applications nationales et académiques. L'établissement prend en charge sur son budget les consommables et les acquisitions qu'il décide, après avis technique de la collectivité pour tout matériel destiné à être raccordé au réseau.",
      "La présente convention n'emporte aucun versement d'une partie à une autre.",
    ),
  },
  ...closingArticles("tripartite"),
];

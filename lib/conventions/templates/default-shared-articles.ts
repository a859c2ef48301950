import type { Article } from "@/lib/conventions/content";

/** The convention-cadre, a tripartite, or a convention collectivité–EPLE (« eple »). */
type Layer = "cadre" | "tripartite" | "eple";

const text = (...paragraphs: string[]) => paragraphs.join("\n\n");
const list = (...lines: string[]) => lines.join("\n");

/** Personal data: each party answers for its own processing; the ENT is a joint one. */
export function personalDataArticle(layer: Layer): Article {
  const ent =
    layer === "eple"
      ? "L'académie, qui n'est pas partie à la présente convention, demeure responsable de ses propres traitements (applications nationales et académiques, annuaire)."
      : layer === "cadre"
        ? "Pour l'espace numérique de travail, la collectivité et l'académie, qui en déterminent conjointement les finalités et les moyens, sont responsables conjoints du traitement au sens de l'article 26 du règlement ; la présente convention fixe la répartition de leurs obligations, que les conventions d'application rappellent."
        : "Pour l'espace numérique de travail, les parties qui en déterminent conjointement les finalités et les moyens sont responsables conjoints du traitement au sens de l'article 26 du règlement, dans les conditions fixées par la convention-cadre {{convention_cadre.reference}}.";
  return {
    title: "Protection des données personnelles",
    body: text(
      "Les parties traitent les données à caractère personnel des élèves, de leurs responsables légaux et des personnels dans le respect du règlement (UE) 2016/679 du 27 avril 2016 et de la loi n° 78-17 du 6 janvier 1978.",
      (layer === "eple"
        ? "Chaque partie est responsable des traitements dont elle détermine les finalités et les moyens : la collectivité pour la gestion du parc, la supervision du réseau et le filtrage qu'elle exploite ; le chef d'établissement pour les traitements mis en œuvre dans l'établissement, notamment la liste des prêts d'équipements. "
        : "Chaque partie est responsable des traitements dont elle détermine les finalités et les moyens : l'académie pour les applications nationales et académiques et l'annuaire ; la collectivité pour la gestion du parc, la supervision du réseau et le filtrage qu'elle exploite ; le chef d'établissement pour les traitements mis en œuvre dans l'établissement. ") +
        ent,
      "Lorsqu'une partie, ou son prestataire, traite des données pour le compte d'une autre, elle agit en qualité de sous-traitant au sens de l'article 28 du règlement, sur instruction documentée du responsable du traitement. Les données sont hébergées dans l'Union européenne. Chaque partie désigne un délégué à la protection des données. Toute violation de données est signalée sans délai au responsable du traitement concerné, qui la notifie, le cas échéant, à la Commission nationale de l'informatique et des libertés dans les soixante-douze heures.",
    ),
  };
}

/** Durée, avenants, résiliation, litiges, annexes: the last articles of every layer. */
export function closingArticles(layer: Layer): Article[] {
  if (layer === "eple") return epleClosingArticles();
  const cadre = layer === "cadre";
  return [
    {
      title: "Durée et renouvellement",
      body: text(
        "La présente convention prend effet le {{date_debut}} ou, si elle est postérieure, à la date de sa dernière signature. Elle est conclue pour trois années scolaires et prend fin le {{date_fin}}.",
        cadre
          ? "Les conventions d'application conclues en exécution de la présente convention prennent fin au plus tard à la même date."
          : "Elle prend fin de plein droit si la convention-cadre {{convention_cadre.reference}} prend fin, sauf si une nouvelle convention-cadre en reprend les stipulations.",
        "Elle n'est pas reconduite tacitement : le comité de pilotage prépare son renouvellement au cours de sa dernière année d'exécution, sur la base du bilan des années écoulées.",
      ),
    },
    {
      title: "Modification",
      body: text(
        cadre
          ? "Toute modification de la présente convention, de la matrice des responsabilités de référence, des niveaux de service de référence ou du modèle de convention d'application fait l'objet d'un avenant signé par les deux parties, dans les mêmes formes et après les mêmes autorisations que la présente convention."
          : "Toute modification de la présente convention, de sa matrice des responsabilités ou de ses niveaux de service fait l'objet d'un avenant signé par les trois parties, dans les mêmes formes et après les mêmes autorisations que la présente convention.",
        cadre
          ? "Un avenant à la présente convention s'applique aux conventions d'application conclues après son entrée en vigueur ; les conventions d'application en cours sont modifiées, le cas échéant, par leur propre avenant."
          : "La mise à jour de l'inventaire annexé, tenu par la collectivité et vérifié par l'établissement, ne requiert pas d'avenant.",
      ),
    },
    {
      title: "Résiliation",
      body: text(
        `Chacune des parties peut résilier la présente convention par lettre recommandée avec accusé de réception adressée ${cadre ? "à l'autre partie" : "aux autres parties"}, moyennant un préavis de trois mois.`,
        `En cas de manquement grave d'une partie à ses obligations, ${cadre ? "l'autre partie peut" : "les autres parties peuvent"} résilier la présente convention à l'issue d'un délai d'un mois suivant une mise en demeure restée sans effet.`,
        cadre
          ? "La résiliation de la présente convention emporte celle des conventions d'application à la même date, sauf si une nouvelle convention-cadre les reprend. Elle ne décharge aucune partie des compétences que la loi lui attribue ; les parties organisent la continuité du service aux établissements."
          : "La résiliation ne décharge aucune partie des compétences que la loi lui attribue ; les parties organisent la continuité du service aux élèves et aux personnels.",
      ),
    },
    {
      title: "Règlement des litiges",
      body: text(
        "Les parties s'efforcent de régler à l'amiable, au sein du comité de pilotage, les différends nés de l'interprétation ou de l'exécution de la présente convention.",
        "À défaut d'accord dans un délai de deux mois à compter de la saisine du comité de pilotage par l'une des parties, le litige est porté devant le tribunal administratif territorialement compétent.",
      ),
    },
    {
      title: "Annexes",
      body: text(
        cadre
          ? list(
              "Sont jointes à la présente convention et en font partie intégrante :",
              "– la matrice des responsabilités de référence ;",
              "{{annexes.liste}} ;",
              "– le modèle de convention d'application tripartite.",
            )
          : list(
              "Sont jointes à la présente convention et en font partie intégrante :",
              "– la matrice des responsabilités ;",
              // Numbered by lib/conventions/annexes.ts, like the annexes of the PDF.
              "{{annexes.liste}}.",
            ),
        "En cas de contradiction, les articles de la présente convention prévalent sur ses annexes.",
      ),
    },
  ];
}

/** The closing articles of a convention collectivité–EPLE: two parties, no comité de pilotage. */
function epleClosingArticles(): Article[] {
  return [
    {
      title: "Durée et renouvellement",
      body: text(
        "La présente convention prend effet le {{date_debut}} ou, si elle est postérieure, à la date de sa dernière signature. Elle est conclue pour trois années scolaires et prend fin le {{date_fin}}.",
        "Elle n'est pas reconduite tacitement : la collectivité et l'établissement préparent son renouvellement au cours de sa dernière année d'exécution, sur la base du bilan annuel et de l'inventaire vérifié.",
      ),
    },
    {
      title: "Modification",
      body: text(
        "Toute modification de la présente convention, de sa matrice des responsabilités ou de ses niveaux de service fait l'objet d'un avenant signé par les deux parties, après délibération du conseil d'administration de l'établissement.",
        "L'ajout, le remplacement ou la sortie d'inventaire d'un équipement, constaté par la mise à jour de l'inventaire tenu par la collectivité et vérifié par l'établissement, ne requiert pas d'avenant.",
      ),
    },
    {
      title: "Résiliation",
      body: text(
        "Chacune des parties peut résilier la présente convention par lettre recommandée avec accusé de réception adressée à l'autre partie, moyennant un préavis de trois mois.",
        "En cas de manquement grave d'une partie à ses obligations, l'autre partie peut résilier la présente convention à l'issue d'un délai d'un mois suivant une mise en demeure restée sans effet.",
        "À la fin de la convention, quelle qu'en soit la cause, les équipements restent affectés à l'établissement jusqu'à ce que la collectivité en décide autrement ; l'établissement en conserve la garde et la collectivité leur maintenance, afin que le service aux élèves et aux personnels ne soit pas interrompu.",
      ),
    },
    {
      title: "Règlement des litiges",
      body: text(
        "Les parties s'efforcent de régler à l'amiable les différends nés de l'interprétation ou de l'exécution de la présente convention, lors de la réunion annuelle de bilan ou à la demande de l'une d'elles.",
        "À défaut d'accord dans un délai de deux mois à compter de la demande de l'une des parties, le litige est porté devant le tribunal administratif territorialement compétent.",
      ),
    },
    {
      title: "Annexes",
      body: text(
        list(
          "Sont jointes à la présente convention et en font partie intégrante :",
          "– la matrice des responsabilités ;",
          "{{annexes.liste}}.",
        ),
        "En cas de contradiction, les articles de la présente convention prévalent sur ses annexes.",
      ),
    },
  ];
}

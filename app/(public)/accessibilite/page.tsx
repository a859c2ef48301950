import type { Metadata } from "next";
import { PageColumn } from "@/app/_pages/page-column";

export const metadata: Metadata = { title: "Accessibilité" };

export default function AccessibilitePage() {
  return (
    <PageColumn title="Déclaration d'accessibilité" width="max-w-3xl" prose>
      <p className="mt-4">
        Tripartite s&apos;engage à rendre son service accessible conformément à l&apos;article 47 de
        la loi n° 2005-102 du 11 février 2005 et vise le niveau AA du RGAA 4.1, qui reprend les WCAG
        2.1.
      </p>
      <h2 className="mt-8">État de conformité</h2>
      <p className="mt-2">
        Le service est <strong>partiellement conforme</strong> : aucun audit complet par un tiers
        n&apos;a encore été réalisé. Chaque page est vérifiée automatiquement (axe-core, critères
        WCAG 2.1 A et AA) à chaque modification du code, et chaque graphique est accompagné
        d&apos;un tableau de ses données.
      </p>
      <h2 className="mt-8">Ce qui est fait</h2>
      <ul className="mt-2 list-disc pl-6">
        <li>un lien d&apos;évitement « Aller au contenu » en tête de chaque page ;</li>
        <li>des régions (en-tête, navigation, contenu, pied de page) nommées ;</li>
        <li>
          un focus visible sur chaque élément interactif et une navigation complète au clavier ;
        </li>
        <li>
          des messages d&apos;erreur de formulaire reliés à leur champ et annoncés aux lecteurs
          d&apos;écran ;
        </li>
        <li>des contrastes de texte d&apos;au moins 4,5:1.</li>
      </ul>
      <h2 className="mt-8">Signaler un défaut</h2>
      <p className="mt-2">
        Si vous ne pouvez pas accéder à un contenu ou à une fonction, contactez
        l&apos;administrateur de votre espace : il transmettra votre demande à l&apos;équipe de la
        plateforme, qui vous proposera une alternative.
      </p>
    </PageColumn>
  );
}

import type { Metadata } from "next";
import { VerifyForm } from "@/components/conventions/verify-form";
import { PageColumn } from "@/app/_pages/page-column";

export const metadata: Metadata = { title: "Vérifier un document" };

export default function VerifierPage() {
  return (
    <PageColumn title="Vérifier un document" width="max-w-3xl" prose>
      <p className="mt-4">
        Vous avez reçu le PDF d&apos;une convention signée sur Tripartite, ou le compte rendu
        approuvé d&apos;une instance ? Déposez-le ici, ou collez son empreinte SHA-256 : nous vous
        disons s&apos;il correspond, à l&apos;octet près, à un document enregistré, et qui l&apos;a
        signé ou approuvé. Aucune connexion n&apos;est nécessaire.
      </p>
      <VerifyForm />
      <h2 className="mt-10">Ce que la vérification garantit</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Chaque partie signe l&apos;empreinte SHA-256 d&apos;un PDF figé : la{" "}
          <strong>version figée</strong> est le document soumis à signature.
        </li>
        <li>
          Une fois toutes les signatures recueillies, la <strong>version finale</strong> reprend ce
          PDF sans modification et y ajoute le certificat de signature et le journal d&apos;audit.
          Les deux versions sont reconnues.
        </li>
        <li>
          De même, chaque coprésident d&apos;une instance approuve l&apos;empreinte du{" "}
          <strong>compte rendu figé</strong> ; le <strong>compte rendu approuvé</strong> le reprend
          et y ajoute le certificat d&apos;approbation.
        </li>
        <li>
          Un document modifié, même d&apos;un caractère, a une autre empreinte et n&apos;est plus
          reconnu. Un document imprimé puis numérisé non plus : vérifiez le PDF original.
        </li>
      </ul>
      <h2 className="mt-8">Calculer l&apos;empreinte sans envoyer le fichier</h2>
      <p className="mt-2">Sur votre poste, puis collez le résultat ci-dessus :</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          Windows :{" "}
          <code className="font-mono text-sm">certutil -hashfile convention.pdf SHA256</code>
        </li>
        <li>
          macOS : <code className="font-mono text-sm">shasum -a 256 convention.pdf</code>
        </li>
        <li>
          Linux : <code className="font-mono text-sm">sha256sum convention.pdf</code>
        </li>
      </ul>
    </PageColumn>
  );
}

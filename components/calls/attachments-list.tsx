import { formatBytes, formatDateTime } from "@/lib/format";

export interface AttachmentItem {
  id: string;
  fileName: string;
  size: number;
  createdAt: Date;
  uploadedByName: string;
}

/** A dossier's files, each a link to its download in the reader's space. */
export function AttachmentsList({
  files,
  callPath,
}: {
  files: readonly AttachmentItem[];
  callPath: string;
}) {
  if (files.length === 0) return <p>Aucune pièce jointe.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {files.map((f) => (
        <li key={f.id}>
          <a href={`${callPath}/pieces/${f.id}`}>{f.fileName}</a> ({formatBytes(f.size)}, par{" "}
          {f.uploadedByName} le {formatDateTime(f.createdAt)})
        </li>
      ))}
    </ul>
  );
}

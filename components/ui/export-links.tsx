type Format = "csv" | "xlsx" | "pdf";

/** `href` with `format=…` set, keeping its own query string. */
function exportHref(href: string, format: string): string {
  const hashAt = href.indexOf("#");
  const base = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = base.indexOf("?");
  const path = queryAt === -1 ? base : base.slice(0, queryAt);
  const search = new URLSearchParams(queryAt === -1 ? "" : base.slice(queryAt + 1));
  search.set("format", format);
  return `${path}?${search.toString()}`;
}

/**
 * « Exporter {what} : CSV · XLSX », download links to the same export route. Each link's
 * accessible name says what and which format, since "CSV" alone means nothing out of context.
 */
export function ExportLinks({
  href,
  what,
  formats = ["csv", "xlsx"],
}: {
  href: string;
  what: string;
  formats?: readonly Format[];
}) {
  return (
    <p className="mt-1 text-sm">
      Exporter {what} :{" "}
      {formats.map((format, i) => (
        <span key={format}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <a
            href={exportHref(href, format)}
            download
            aria-label={`Exporter ${what} au format ${format.toUpperCase()}`}
          >
            {format.toUpperCase()}
          </a>
        </span>
      ))}
    </p>
  );
}

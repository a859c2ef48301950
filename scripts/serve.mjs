// The production server: Next.js behind a plain Node HTTP server that appends the connection's
// address to X-Forwarded-For. `next start` keeps a client-supplied X-Forwarded-For as it is, so the
// address of the peer would be lost and anybody could name any address; here the last entry is
// always the socket's peer, and lib/http/client-ip.ts reads it (or the entry that the configured
// number of trusted proxies put before it). `npm start`, `npm run demo`, the e2e run and the
// benchmark all serve through this file.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import next from "next";

// A request larger than any upload allows is refused before Next.js reads it, with a French page
// (the framework would cut it and answer a bare error). lib/imports/upload-limit.json is the one
// source of the limit, shared with next.config.js and every message.
const limit = JSON.parse(
  readFileSync(new URL("../lib/imports/upload-limit.json", import.meta.url), "utf8"),
);
const maxRequestBytes = limit.maxUploadBytes + limit.requestMarginBytes;
const tooLargePage = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fichier trop volumineux · Tripartite</title></head>
<body><main><h1>Fichier trop volumineux</h1><p>Un fichier envoyé à Tripartite fait ${limit.label} au plus. Rien n'a été enregistré.
Revenez à la page précédente et choisissez un fichier plus petit.</p></main></body></html>`;

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "";
  const supplied = req.headers["x-forwarded-for"];
  const chain = [Array.isArray(supplied) ? supplied.join(", ") : supplied, peer]
    .filter(Boolean)
    .join(", ");
  req.headers["x-forwarded-for"] = chain;
  if (Number(req.headers["content-length"] ?? 0) > maxRequestBytes) {
    // The body is read and thrown away before answering: a client still sending when the socket
    // closes gets a broken pipe instead of the page. Past four times the limit, the connection is cut.
    let discarded = 0;
    req.on("data", (chunk) => {
      discarded += chunk.length;
      if (discarded > 4 * maxRequestBytes) req.destroy();
    });
    req.on("end", () => {
      res.writeHead(413, {
        "Content-Type": "text/html; charset=utf-8",
        "X-Content-Type-Options": "nosniff",
      });
      res.end(tooLargePage);
    });
    return;
  }
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`▶ Tripartite écoute sur http://localhost:${port}`);
});

// The production server: Next.js behind a plain Node HTTP server that appends the connection's
// address to X-Forwarded-For. `next start` keeps a client-supplied X-Forwarded-For as it is, so the
// address of the peer would be lost and anybody could name any address; here the last entry is
// always the socket's peer, and lib/http/client-ip.ts reads it (or the entry that the configured
// number of trusted proxies put before it). `npm start`, `npm run demo`, the e2e run and the
// benchmark all serve through this file.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? "0.0.0.0";

const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "";
  const supplied = req.headers["x-forwarded-for"];
  const chain = [Array.isArray(supplied) ? supplied.join(", ") : supplied, peer].filter(Boolean).join(", ");
  req.headers["x-forwarded-for"] = chain;
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`▶ Tripartite écoute sur http://localhost:${port}`);
});

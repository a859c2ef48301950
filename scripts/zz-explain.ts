import pg from "pg";
import { agentDashboardSql } from "@/lib/bench/runner/dashboard-sql";
async function main() {
  const client = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:5432/tripartite_bench" });
  await client.connect();
  const cid = (await client.query(`select id from "Collectivite" where code='59'`)).rows[0].id;
  const t = { collectiviteId: cid, academieCode: "09", etablissementId: "x", today: "2026-11-22", exercice: 2026 };
  const s = agentDashboardSql(t).find((x) => x.label.startsWith(process.argv[2]!))!;
  const r = await client.query("EXPLAIN (ANALYZE, BUFFERS) " + s.sql, s.params);
  console.log(r.rows.map((x) => x["QUERY PLAN"]).join("\n"));
  await client.end();
}
main();

import { NextResponse } from "next/server";
import { checkDatabaseHealth } from "@/lib/health/check-database";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const health = await checkDatabaseHealth();
    if (!health.ok) {
      return NextResponse.json(
        {
          status: "unavailable",
          database: health.engine,
          message: "Migrations en attente",
          pending: health.pending,
        },
        { status: 503 },
      );
    }
    return NextResponse.json({ status: "ok", database: health.engine });
  } catch {
    return NextResponse.json(
      { status: "unavailable", message: "Base de données injoignable" },
      { status: 503 },
    );
  }
}

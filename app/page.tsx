import { redirect } from "next/navigation";
import { listMySpaces } from "@/lib/access/spaces";

/** Signed out → sign-in; one space → that space; several → the chooser. */
export default async function HomePage() {
  const spaces = await listMySpaces();
  if (!spaces) redirect("/connexion");
  const [only] = spaces;
  if (spaces.length === 1 && only) redirect(only.href);
  redirect("/espaces");
}

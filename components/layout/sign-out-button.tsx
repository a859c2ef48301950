"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/connexion" })}
      className="rounded border border-slate-300 px-3 py-1 text-slate-800 hover:bg-slate-100"
    >
      Se déconnecter
    </button>
  );
}

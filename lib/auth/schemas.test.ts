import { describe, expect, it } from "vitest";
import { signInErrorMessage, signInSchema } from "@/lib/auth/schemas";

const messages = (input: unknown) => {
  const result = signInSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
};

describe("signInSchema", () => {
  it("trims and lower-cases the address and keeps the password as typed", () => {
    expect(
      signInSchema.parse({ email: "  Jean.Dupont@Exemple.FR ", password: " Demo2026! " }),
    ).toEqual({
      email: "jean.dupont@exemple.fr",
      password: " Demo2026! ",
    });
  });

  it("names each missing field in French", () => {
    expect(messages({ email: "", password: "" })).toEqual([
      "email: Saisissez votre adresse e-mail.",
      "password: Saisissez votre mot de passe.",
    ]);
    expect(messages({})).toEqual([
      "email: Saisissez votre adresse e-mail.",
      "password: Saisissez votre mot de passe.",
    ]);
  });

  it("refuses a malformed or too long address and a too long password", () => {
    expect(messages({ email: "pas-une-adresse", password: "x" })).toEqual([
      "email: Adresse e-mail invalide : elle doit ressembler à prenom.nom@exemple.fr.",
    ]);
    expect(messages({ email: `${"a".repeat(250)}@exemple.fr`, password: "x" })).toEqual([
      "email: Adresse e-mail trop longue.",
    ]);
    expect(messages({ email: "a@exemple.fr", password: "x".repeat(201) })).toEqual([
      "password: Mot de passe trop long.",
    ]);
  });
});

describe("signInErrorMessage", () => {
  it("translates known codes, the lock-out time, and anything else to the default", () => {
    expect(signInErrorMessage(null)).toBeNull();
    expect(signInErrorMessage("CredentialsSignin")).toBe(
      "Adresse e-mail ou mot de passe incorrect.",
    );
    expect(signInErrorMessage("RateLimited:1")).toContain("pendant 1 minute.");
    expect(signInErrorMessage("RateLimited:15")).toContain("pendant 15 minutes.");
    expect(signInErrorMessage("RateLimitedIp:60")).toBe(
      "Trop de tentatives depuis votre adresse réseau : les connexions en sont refusées pendant 60 minutes. Réessayez plus tard.",
    );
    expect(signInErrorMessage("Inconnu")).toBe("La connexion a échoué. Réessayez dans un instant.");
  });
});

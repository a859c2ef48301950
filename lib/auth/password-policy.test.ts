import { describe, expect, it } from "vitest";
import { guessablePasswordProblem, newPasswordSchema } from "@/lib/auth/password-policy";
import { acceptInvitationSchema } from "@/lib/members/schemas";

const problem = (password: string) => {
  const result = newPasswordSchema.safeParse(password);
  return result.success ? null : result.error.issues[0]?.message;
};

describe("newPasswordSchema", () => {
  it("refuses « password1234 » and other common passwords that meet the length rule", () => {
    for (const password of [
      "password1234",
      "Password1234",
      "azertyuiop12",
      "Bonjour123456",
      "motdepasse123",
      "aaaaaaaaaaa1",
      "123456789abc",
    ]) {
      expect(problem(password), password).toMatch(/trop courant ou trop facile à deviner/);
    }
  });

  it("refuses passwords shorter than 12 characters, without a letter or without a digit", () => {
    expect(problem("Kx7-pl2m")).toMatch(/^Mot de passe trop court/);
    expect(problem("829361047563")).toMatch(/doit contenir une lettre/);
    expect(problem("Lauréat-Vitré-Fougères")).toMatch(/doit contenir un chiffre/);
    expect(problem("x".repeat(201))).toBe("Mot de passe trop long.");
  });

  it("accepts long, unusual passwords", () => {
    expect(problem("Lauréat-35-Vitré")).toBeNull();
    expect(problem("Kx7-pl2m-Qw9z")).toBeNull();
    expect(problem("MotDePasse2026")).toBeNull();
  });

  it("refuses a password made of the person's own e-mail or name", () => {
    expect(
      guessablePasswordProblem("camille.durand2026", [
        "camille.durand@exemple.fr",
        "Camille Durand",
      ]),
    ).not.toBeNull();
  });

  it("applies to invitation acceptance: « password1234 » is refused there too", () => {
    const result = acceptInvitationSchema.safeParse({
      name: "Camille Durand",
      password: "password1234",
      confirmation: "password1234",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["password"]);
  });
});

import { describe, expect, it } from "vitest";
import { ApiError, errorMessage, fieldErrors, pointerToField, toApiError } from "./problem";

describe("problem+json", () => {
  it("maps JSON pointers to form field names", () => {
    expect(pointerToField("/stagiaire/sexe")).toBe("stagiaire.sexe");
    expect(pointerToField("/presences/5/heures_presence")).toBe("presences.5.heures_presence");
    expect(pointerToField("/a~1b/c~0d")).toBe("a/b.c~d");
    expect(pointerToField("")).toBe("");
    expect(pointerToField(undefined)).toBe("");
  });

  it("groups several messages for one field", () => {
    const e = new ApiError(422, {
      errors: [
        { pointer: "/stagiaire/nom", message: "Trop long." },
        { pointer: "/stagiaire/nom", message: "Caractères interdits." },
        { pointer: "/", message: "Corps invalide." },
      ],
    });
    expect(fieldErrors(e)).toEqual({ "stagiaire.nom": "Trop long. Caractères interdits.", "": "Corps invalide." });
    expect(fieldErrors(new Error("x"))).toEqual({});
  });

  it("always has a French message to show", () => {
    expect(errorMessage(toApiError(503, null))).toMatch(/momentanément indisponible/);
    expect(errorMessage(toApiError(401, ""))).toMatch(/reconnectez-vous/);
    expect(errorMessage(toApiError(409, { detail: "Session complète.", code: "session_complete" }))).toBe(
      "Session complète.",
    );
    expect(toApiError(409, { code: "session_complete" }).code).toBe("session_complete");
    expect(errorMessage(new TypeError("Failed to fetch"))).toMatch(/ne répond pas/);
  });
});

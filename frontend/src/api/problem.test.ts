import { describe, expect, it } from "vitest";
import { ErrorResponse } from "oidc-client-ts";
import { redirectErrorMessage, signInErrorMessage } from "../auth/signInError";
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

  it("never shows a browser's, a proxy's or a library's English text", () => {
    for (const browser of ["Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed"])
      expect(errorMessage(new TypeError(browser))).toBe(
        "Le serveur ne répond pas, vérifiez votre connexion puis réessayez.",
      );
    // A reverse proxy's HTML or plain-text page is not a problem+json: the status decides the message.
    expect(errorMessage(toApiError(502, "<html><body>Bad Gateway</body></html>"))).toBe(
      "Le service est momentanément indisponible : réessayez dans quelques minutes.",
    );
    expect(errorMessage(toApiError(500, "Internal Server Error"))).toMatch(/réessayez dans quelques minutes/);
    // A 401 always says to sign in again, whatever the body says.
    expect(errorMessage(toApiError(401, { detail: "Not authenticated" }))).toBe(
      "Votre session a expiré : reconnectez-vous.",
    );
    // A problem+json keeps its own French detail, 5xx included.
    expect(errorMessage(toApiError(503, { detail: "Le catalogue redémarre.", status: 503 }))).toBe(
      "Le catalogue redémarre.",
    );
    expect(errorMessage(toApiError(418, null))).toMatch(/erreur 418/);
    expect(errorMessage(new SyntaxError("Unexpected token < in JSON at position 0"))).toBe(
      "Une erreur inattendue est survenue : rechargez la page puis réessayez.",
    );
  });
});

describe("sign-in errors", () => {
  it("are French and say to sign in again", () => {
    expect(signInErrorMessage(new TypeError("Failed to fetch"))).toMatch(/ne répond pas/);
    expect(signInErrorMessage(new ErrorResponse({ error: "invalid_grant" }))).toMatch(/reconnectez-vous/);
    expect(signInErrorMessage(new Error("No matching state found in storage"))).toBe(
      "La connexion n'a pas pu aboutir : reconnectez-vous.",
    );
    expect(redirectErrorMessage("access_denied")).toMatch(/^Connexion refusée/);
  });
});

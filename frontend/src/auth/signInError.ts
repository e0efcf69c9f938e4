// What a person reads when signing in fails: never the library's or the browser's English text.
import { ErrorResponse } from "oidc-client-ts";
import { isNetworkError, NETWORK_DOWN } from "../api/problem";

export function signInErrorMessage(error: unknown): string {
  if (isNetworkError(error)) return NETWORK_DOWN;
  // The authorization server answered with an OAuth error (an expired or already used code…).
  if (error instanceof ErrorResponse) return "Le serveur de connexion a refusé la demande : reconnectez-vous.";
  return "La connexion n'a pas pu aboutir : reconnectez-vous.";
}

/** The OAuth error the login page sent back in the redirect (`?error=access_denied`…), in French. */
export function redirectErrorMessage(code: string): string {
  if (code === "access_denied") return "Connexion refusée : vérifiez votre identifiant et reconnectez-vous.";
  return "La connexion n'a pas pu aboutir : reconnectez-vous.";
}

// RFC 9457 problem+json as the API answers it, with `errors[]` of {pointer, message}.

export interface ProblemError {
  pointer?: string;
  message: string;
  index?: number;
  ligne?: number;
  colonne?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: ProblemError[];
  erreurs?: ProblemError[];
  request_id?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `Erreur ${status}`);
    this.status = status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

// What to tell a person when the API gives no French detail of its own: what happened and what to do.
export const NETWORK_DOWN = "Le serveur ne répond pas, vérifiez votre connexion puis réessayez.";
export const SESSION_EXPIRED = "Votre session a expiré : reconnectez-vous.";
export const UNEXPECTED = "Une erreur inattendue est survenue : rechargez la page puis réessayez.";

const GENERIC: Record<number, string> = {
  401: SESSION_EXPIRED,
  403: "Vous n'avez pas les droits nécessaires pour cette action.",
  404: "Élément introuvable : il a peut-être été supprimé. Rechargez la page.",
  413: "Le fichier est trop volumineux : découpez-le puis réessayez.",
  429: "Trop de requêtes : patientez quelques secondes puis réessayez.",
};

function genericFor(status: number): string {
  if (GENERIC[status]) return GENERIC[status];
  if (status >= 500) return "Le service est momentanément indisponible : réessayez dans quelques minutes.";
  if (status === 0) return NETWORK_DOWN;
  return `La demande n'a pas abouti (erreur ${status}) : vérifiez la saisie puis réessayez.`;
}

/**
 * The error of an answer that is not 2xx. Only a JSON problem's own `detail`/`title` is shown as is (the
 * services write them in French); any other body (a proxy's HTML page, a plain-text "Bad Gateway") is
 * replaced by a French message chosen from the status. A 401 always says to sign in again.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const problem: Problem = body && typeof body === "object" && !Array.isArray(body) ? { ...(body as Problem) } : {};
  if (status === 401) problem.detail = SESSION_EXPIRED;
  else if (!problem.detail && !problem.title) problem.detail = genericFor(status);
  return new ApiError(status, problem);
}

/**
 * A fetch that never reached the server: browsers say "Failed to fetch" (Chromium), "NetworkError when
 * attempting to fetch resource." (Firefox) or "Load failed" (Safari), always as a TypeError.
 */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof DOMException && error.name === "NetworkError");
}

/** A French message, saying what to do, for any error thrown by a query, a mutation or a sign-in. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title || genericFor(error.status);
  if (isNetworkError(error)) return NETWORK_DOWN;
  if (error instanceof DOMException && error.name === "AbortError") return "La demande a été interrompue : réessayez.";
  // Any other Error comes from code, not from the API: its text is not meant for the user.
  return UNEXPECTED;
}

/**
 * Maps `errors[].pointer` onto form field names: "/stagiaire/sexe" → "stagiaire.sexe".
 * Errors without a pointer (or pointing at the root) are returned under "" (shown above the form).
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.problem.errors ?? []) {
    const key = pointerToField(e.pointer);
    out[key] = out[key] ? `${out[key]} ${e.message}` : e.message;
  }
  return out;
}

export function pointerToField(pointer: string | undefined): string {
  if (!pointer || pointer === "/") return "";
  return pointer
    .replace(/^#?\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
}

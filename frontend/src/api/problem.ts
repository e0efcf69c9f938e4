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

const GENERIC: Record<number, string> = {
  401: "Votre session a expiré : reconnectez-vous.",
  403: "Vous n'avez pas les droits nécessaires pour cette action.",
  404: "Élément introuvable.",
  429: "Trop de requêtes : réessayez dans un instant.",
  502: "Un service est momentanément indisponible. Réessayez dans un instant.",
  503: "Un service est momentanément indisponible. Réessayez dans un instant.",
  504: "Le service met trop de temps à répondre. Réessayez dans un instant.",
};

export function toApiError(status: number, body: unknown): ApiError {
  const problem: Problem =
    body && typeof body === "object" ? (body as Problem) : { detail: typeof body === "string" ? body : undefined };
  if (!problem.detail && !problem.title) problem.detail = GENERIC[status] ?? `Erreur inattendue (${status}).`;
  return new ApiError(status, problem);
}

/** A human message for any error thrown by a query or a mutation. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title || error.message;
  if (error instanceof TypeError) return "Le serveur ne répond pas. Vérifiez votre connexion et réessayez.";
  if (error instanceof Error) return error.message;
  return "Une erreur inattendue est survenue.";
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

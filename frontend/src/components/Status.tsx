import type { ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { ApiError, errorMessage } from "../api/problem";
import { useAuth } from "../auth/AuthContext";

export function Loading({ label = "Chargement…" }: { label?: string }) {
  return (
    <div className="prf-loading" role="status" aria-live="polite">
      <span className="prf-spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorBox({
  error,
  onRetry,
  title = "Une erreur est survenue",
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { login } = useAuth();
  // An expired or revoked session: offer to sign in again rather than to retry.
  const expired = error instanceof ApiError && error.status === 401;
  return (
    <Alert
      severity="error"
      small={false}
      title={title}
      description={
        <>
          <span>{errorMessage(error)}</span>
          {expired ? (
            <Button priority="secondary" size="small" onClick={() => void login()} className="fr-ml-2w">
              Se reconnecter
            </Button>
          ) : onRetry ? (
            <Button priority="secondary" size="small" onClick={onRetry} className="fr-ml-2w">
              Réessayer
            </Button>
          ) : null}
        </>
      }
    />
  );
}

interface QueryLike<T> {
  data: T | undefined;
  isLoading: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Renders a query's loading and error states, then `children(data)`. */
export function QueryState<T>({
  query,
  children,
  label,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  label?: string;
}) {
  if (query.isLoading) return <Loading label={label} />;
  if (query.error) return <ErrorBox error={query.error} onRetry={() => query.refetch()} />;
  if (query.data === undefined) return null;
  return <>{children(query.data)}</>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="fr-text--sm fr-mt-2w prf-empty">{children}</p>;
}

import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { userManager } from "./oidc";
import { useAuth } from "./AuthContext";
import { Loading } from "../components/Status";

/** /auth/callback: the gateway's login page sends the browser back here with `code` and `state`. */
export function Callback() {
  const navigate = useNavigate();
  const { acceptUser } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    if (params.get("error")) {
      setError(params.get("error_description") || params.get("error") || "Connexion refusée.");
      return;
    }
    userManager()
      .signinRedirectCallback()
      .then((user) => {
        acceptUser(user);
        const state = user.state as { returnTo?: string } | undefined;
        navigate(state?.returnTo || "/", { replace: true });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [acceptUser, navigate]);

  if (error)
    return (
      <Alert
        severity="error"
        title="La connexion a échoué"
        description={
          <>
            {error} <a href="/">Retour à l'accueil</a>
          </>
        }
      />
    );
  return <Loading label="Connexion en cours…" />;
}

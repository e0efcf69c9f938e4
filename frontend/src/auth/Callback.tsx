import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { userManager } from "./oidc";
import { redirectErrorMessage, signInErrorMessage } from "./signInError";
import { useAuth } from "./AuthContext";
import { Loading } from "../components/Status";

/** /auth/callback: the gateway's login page sends the browser back here with `code` and `state`. */
export function Callback() {
  const navigate = useNavigate();
  const { acceptUser, login } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const params = new URLSearchParams(window.location.search);
    const refused = params.get("error");
    if (refused) {
      setError(redirectErrorMessage(refused));
      return;
    }
    userManager()
      .signinRedirectCallback()
      .then((user) => {
        acceptUser(user);
        const state = user.state as { returnTo?: string } | undefined;
        navigate(state?.returnTo || "/", { replace: true });
      })
      .catch((e: unknown) => setError(signInErrorMessage(e)));
  }, [acceptUser, navigate]);

  if (error)
    return (
      <Alert
        severity="error"
        title="La connexion a échoué"
        description={
          <>
            <span>{error}</span>
            <Button priority="secondary" size="small" className="fr-ml-2w" onClick={() => void login("/")}>
              Se reconnecter
            </Button>
          </>
        }
      />
    );
  return <Loading label="Connexion en cours…" />;
}

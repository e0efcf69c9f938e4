import type { ReactNode } from "react";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useAuth } from "./AuthContext";
import { ErrorBox, Loading } from "../components/Status";
import type { Me } from "../api/types";

/** Shows its children to a signed-in person whose role is in `roles`; otherwise the way to sign in. */
export function RequireRole({ roles, children }: { roles?: string[]; children: (me: Me) => ReactNode }) {
  const { user, me, meLoading, meError, ready, login } = useAuth();
  if (!ready) return <Loading />;
  if (!user && !me)
    return (
      <div>
        <h1>Connexion requise</h1>
        <p>Cette page est réservée aux personnes connectées.</p>
        <Button iconId="fr-icon-lock-line" onClick={() => void login()}>
          Se connecter
        </Button>
      </div>
    );
  if (meLoading) return <Loading label="Chargement de votre profil…" />;
  if (meError || !me) return <ErrorBox error={meError} title="Impossible de lire votre profil" />;
  if (roles && !roles.includes(me.role))
    return (
      <Alert severity="warning" title="Accès réservé" description="Cette page n'est pas destinée à votre profil." />
    );
  return <>{children(me)}</>;
}

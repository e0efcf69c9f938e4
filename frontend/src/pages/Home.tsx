import { Navigate } from "react-router-dom";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useAuth } from "../auth/AuthContext";
import { ErrorBox, Loading } from "../components/Status";

const START: Record<string, string> = {
  valideur: "/sessions",
  organisme: "/of/candidatures",
  region: "/region/tableau-de-bord",
  financeur: "/region/tableau-de-bord",
};

export function Home() {
  const { user, me, meLoading, meError, ready, login } = useAuth();
  if (!ready) return <Loading />;
  if (user && meLoading) return <Loading label="Chargement de votre profil…" />;
  if (user && meError) return <ErrorBox error={meError} title="Impossible de lire votre profil" />;
  if (me && START[me.role]) return <Navigate to={START[me.role]} replace />;
  return (
    <div className="prf-home">
      <h1>Programme régional de formation</h1>
      <p className="fr-text--lead">
        La plateforme de la Région pour l'offre de formation des demandeurs d'emploi : places disponibles, candidatures,
        parcours des stagiaires et indicateurs.
      </p>
      <ul>
        <li>Conseillers (France Travail, Missions locales, Cap emploi) : trouver une place et proposer un candidat.</li>
        <li>Organismes de formation : répondre aux candidatures, déclarer les entrées et l'émargement.</li>
        <li>Région : piloter l'offre et suivre les indicateurs.</li>
      </ul>
      <Button iconId="fr-icon-lock-line" size="large" onClick={() => void login("/")}>
        Se connecter
      </Button>
    </div>
  );
}

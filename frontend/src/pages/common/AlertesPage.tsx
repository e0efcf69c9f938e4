import { Link } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { listAlertes } from "../../api/endpoints";
import { QueryState, Empty } from "../../components/Status";
import { fmtDate } from "../../format";
import { useAuth } from "../../auth/AuthContext";

const REGLES: Record<string, string> = {
  ABSENCES_CONSECUTIVES: "3 jours consécutifs d'absence injustifiée",
  ASSIDUITE_FAIBLE: "Assiduité inférieure à 70 % sur les 10 derniers jours",
};

export function AlertesList() {
  const { me } = useAuth();
  const q = useQuery({ queryKey: ["alertes"], queryFn: () => listAlertes() });
  return (
    <QueryState query={q} label="Chargement des alertes…">
      {(data) =>
        data.items.length === 0 ? (
          <Empty>Aucune alerte en cours.</Empty>
        ) : (
          <ul className="prf-alertes">
            {data.items.map((a) => (
              <li key={a.id} className="fr-alert fr-alert--warning fr-alert--sm fr-mb-1w">
                <p>
                  <strong>{REGLES[a.regle] ?? a.regle}</strong> — {a.detail} (le {fmtDate(a.date)}){" "}
                  {me?.role === "organisme" ? <Link to={`/parcours/${a.parcours_id}`}>Ouvrir le parcours</Link> : null}
                </p>
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}

export function AlertesPage() {
  return (
    <>
      <h1>Alertes d'assiduité</h1>
      <p>Un parcours qui montre un risque de rupture (absences injustifiées répétées, assiduité faible) apparaît ici.</p>
      <AlertesList />
    </>
  );
}

import { Link, useParams } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { getSession, listParcours, useCandidaturesById } from "../../api/endpoints";
import { DataTable } from "../../components/DataTable";
import { QueryState, Empty } from "../../components/Status";
import { StatutCandidatureBadge, StatutParcoursBadge } from "../../components/Badges";
import { fmtDate, fmtNum, sessionPlace, sessionTitle, stagiaireName } from "../../format";

export function SessionStagiaires() {
  const { id = "" } = useParams();
  const session = useQuery({ queryKey: ["session", id], queryFn: () => getSession(id) });
  const parcours = useQuery({ queryKey: ["parcours", "session", id], queryFn: () => listParcours({ session_id: id }) });
  const { map: byId, query: cands } = useCandidaturesById(id);
  return (
    <>
      <p>
        <Link to="/of/sessions" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Mes sessions
        </Link>
      </p>
      <QueryState query={session} label="Chargement de la session…">
        {(s) => (
          <>
            <h1>{sessionTitle(s)}</h1>
            <p>
              {sessionPlace(s)} · du {fmtDate(s.debut)} au {fmtDate(s.fin)} · {s.places_disponibles} place(s)
              disponible(s) sur {s.places_ouvertes}
            </p>
            <Button linkProps={{ to: `/of/sessions/${id}/emargement` }} iconId="fr-icon-calendar-line">
              Saisir l'émargement
            </Button>
          </>
        )}
      </QueryState>
      <h2 className="fr-mt-4w">Stagiaires</h2>
      <QueryState query={parcours} label="Chargement des stagiaires…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucun stagiaire entré sur cette session.</Empty>
          ) : (
            <DataTable
              caption="Stagiaires de la session"
              rows={data.items}
              rowKey={(p) => p.id}
              columns={[
                {
                  header: "Stagiaire",
                  cell: (p) => (
                    <Link to={`/parcours/${p.id}`}>{stagiaireName(byId.get(p.candidature_id)?.stagiaire)}</Link>
                  ),
                },
                { header: "Entrée", cell: (p) => fmtDate(p.date_entree) },
                {
                  header: "Heures réalisées / prévues",
                  cell: (p) => `${fmtNum(p.heures_realisees ?? 0)} / ${fmtNum(p.heures_prevues ?? 0)}`,
                },
                { header: "Statut", cell: (p) => <StatutParcoursBadge statut={p.statut} /> },
              ]}
            />
          )
        }
      </QueryState>
      <h2 className="fr-mt-4w">Candidatures</h2>
      <QueryState query={cands} label="Chargement des candidatures…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucune candidature sur cette session.</Empty>
          ) : (
            <ul>
              {data.items.map((c) => (
                <li key={c.id}>
                  {stagiaireName(c.stagiaire)} — <StatutCandidatureBadge statut={c.statut} /> (reçue le{" "}
                  {fmtDate(c.date_candidature)})
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <p>
        <Link to="/of/candidatures">Traiter les candidatures reçues</Link>
      </p>
    </>
  );
}

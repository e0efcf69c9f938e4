import { Link } from "react-router-dom";
import { refLabel } from "../../api/endpoints";
import { StatutParcoursBadge } from "../../components/Badges";
import { QueryState } from "../../components/Status";
import { fmtDate, fmtNum, stagiaireName } from "../../format";
import { ParcoursActions } from "./parcours/ParcoursActions";
import { useParcoursPage } from "./parcours/useParcoursPage";

/** One trainee's parcours: entry, hours, exit, follow-ups, history; the OF declares on it. */
export function ParcoursPage() {
  const { parcours, stagiaire, motifs, isOrganisme } = useParcoursPage();
  return (
    <QueryState query={parcours} label="Chargement du parcours…">
      {(p) => (
        <>
          <p>
            <Link
              to={isOrganisme ? `/of/sessions/${p.session_id}` : "/candidats"}
              className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
            >
              Retour
            </Link>
          </p>
          <h1>Parcours de {stagiaireName(stagiaire)}</h1>
          <StatutParcoursBadge statut={p.statut} />
          <dl className="prf-dl">
            <dt>Entrée</dt>
            <dd>{fmtDate(p.date_entree)}</dd>
            <dt>Heures réalisées / prévues</dt>
            <dd>
              {fmtNum(p.heures_realisees ?? 0)} h / {fmtNum(p.heures_prevues ?? 0)} h
            </dd>
            {p.sortie && (
              <>
                <dt>Sortie</dt>
                <dd>
                  {fmtDate(p.sortie.date_sortie)} —{" "}
                  {p.sortie.type === "ABANDON" ? `abandon (${refLabel(motifs, p.sortie.motif)})` : "au terme"}
                  {p.sortie.certification ? `, certification : ${p.sortie.certification}` : ""}
                </dd>
              </>
            )}
          </dl>
          {p.suivis?.length ? (
            <>
              <h2>Suivis</h2>
              <ul>
                {p.suivis.map((s) => (
                  <li key={`${s.horizon_mois}-${s.date}`}>
                    À {s.horizon_mois} mois ({fmtDate(s.date)}) : {s.situation}
                    {s.contrat ? `, ${s.contrat}` : ""}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {p.historique?.length ? (
            <>
              <h2>Historique</h2>
              <ul>
                {p.historique.map((h, i) => (
                  // the history is append-only: its order is its identity
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <li key={i}>
                    {fmtDate(String(h.date ?? h.date_effet ?? ""))} : {String(h.statut ?? h.type ?? h.evenement ?? "")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {isOrganisme && <ParcoursActions p={p} />}
        </>
      )}
    </QueryState>
  );
}

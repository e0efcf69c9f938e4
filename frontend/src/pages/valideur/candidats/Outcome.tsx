import { refLabel } from "../../../api/endpoints";
import type { Parcours } from "../../../api/types";
import { StatutParcoursBadge } from "../../../components/Badges";
import { fmtDate, fmtNum } from "../../../format";

/** What became of an accepted candidate: the parcours' status, hours, exit and latest follow-up. */
export function Outcome({
  p,
  motifsRupture,
}: {
  p: Parcours | undefined;
  motifsRupture: Parameters<typeof refLabel>[0];
}) {
  if (!p) return <>—</>;
  const last = p.suivis?.length ? p.suivis[p.suivis.length - 1] : undefined;
  return (
    <>
      <StatutParcoursBadge statut={p.statut} />
      <div className="fr-text--xs fr-mb-0">
        Entrée le {fmtDate(p.date_entree)} · {fmtNum(p.heures_realisees ?? 0)} h réalisées
        {p.sortie ? (
          <>
            <br />
            Sortie le {fmtDate(p.sortie.date_sortie)} (
            {p.sortie.type === "ABANDON" ? `abandon : ${refLabel(motifsRupture, p.sortie.motif)}` : "au terme"}
            {p.sortie.certification ? `, certification ${p.sortie.certification}` : ""})
          </>
        ) : null}
        {last ? (
          <>
            <br />
            Suivi à {last.horizon_mois} mois : {last.situation}
            {last.contrat ? ` (${last.contrat})` : ""}
          </>
        ) : null}
      </div>
    </>
  );
}

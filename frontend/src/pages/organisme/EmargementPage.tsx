import { Link, useParams, useSearchParams } from "react-router-dom";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { getSession, listParcours, postPresences, useCandidaturesById } from "../../api/endpoints";
import { QueryState, Empty } from "../../components/Status";
import { AttendanceGrid } from "./AttendanceGrid";
import { addDays, fmtDate, mondayOf, sessionTitle, stagiaireName, today } from "../../format";

export function EmargementPage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const week = mondayOf(params.get("semaine") || today());
  const qc = useQueryClient();
  const session = useQuery({ queryKey: ["session", id], queryFn: () => getSession(id) });
  const parcours = useQuery({ queryKey: ["parcours", "session", id], queryFn: () => listParcours({ session_id: id }) });
  const { map: cands } = useCandidaturesById(id);
  const go = (d: string) => setParams({ semaine: d });

  return (
    <>
      <p>
        <Link to={`/of/sessions/${id}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à la session
        </Link>
      </p>
      <h1>Émargement{session.data ? ` — ${sessionTitle(session.data)}` : ""}</h1>
      <nav className="prf-toolbar" aria-label="Choix de la semaine">
        <Button
          priority="secondary"
          size="small"
          iconId="fr-icon-arrow-left-s-line"
          onClick={() => go(addDays(week, -7))}
        >
          Semaine précédente
        </Button>
        <Input
          label="Semaine du"
          nativeInputProps={{
            type: "date",
            value: week,
            onChange: (e) => e.target.value && go(mondayOf(e.target.value)),
          }}
        />
        <Button
          priority="secondary"
          size="small"
          iconId="fr-icon-arrow-right-s-line"
          iconPosition="right"
          onClick={() => go(addDays(week, 7))}
        >
          Semaine suivante
        </Button>
      </nav>
      <QueryState query={parcours} label="Chargement des stagiaires…">
        {(data) => {
          const rows = data.items
            .filter((p) => p.date_entree <= addDays(week, 6) && (!p.sortie || p.sortie.date_sortie >= week))
            .map((p) => ({ parcours_id: p.id, nom: stagiaireName(cands.get(p.candidature_id)?.stagiaire) }));
          if (!rows.length) return <Empty>Aucun stagiaire en formation la semaine du {fmtDate(week)}.</Empty>;
          return (
            <AttendanceGrid
              key={week}
              rows={rows}
              weekStart={week}
              save={postPresences}
              onSaved={() => {
                void qc.invalidateQueries({ queryKey: ["parcours"] });
              }}
            />
          );
        }}
      </QueryState>
    </>
  );
}

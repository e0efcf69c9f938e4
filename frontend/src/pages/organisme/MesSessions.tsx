import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { patchSession, searchSessions } from "../../api/endpoints";
import { useAuth } from "../../auth/AuthContext";
import { QueryState, Empty, ErrorBox } from "../../components/Status";
import { EtatBadge } from "../../components/Badges";
import { DataTable } from "../../components/DataTable";
import { fmtDate, sessionPlace, sessionTitle } from "../../format";

export function MesSessions() {
  const { me } = useAuth();
  const [finies, setFinies] = useState(false);
  const q = useQuery({
    queryKey: ["sessions", "of", me?.org_id, finies],
    queryFn: () =>
      searchSessions({ organisme: me?.org_id ?? undefined, inclure_terminees: finies || undefined, limit: 100 }),
    enabled: !!me,
  });
  const qc = useQueryClient();
  const etat = useMutation({
    mutationFn: ({ id, e }: { id: string; e: "OUVERT" | "SUSPENDU" }) => patchSession(id, { etat_recrutement: e }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["sessions"] }),
  });
  return (
    <>
      <h1>Mes sessions</h1>
      <Checkbox
        small
        options={[
          {
            label: "Inclure les sessions terminées",
            nativeInputProps: { checked: finies, onChange: (e) => setFinies(e.target.checked) },
          },
        ]}
      />
      {etat.error ? <ErrorBox error={etat.error} title="Modification refusée" /> : null}
      <QueryState query={q} label="Chargement des sessions…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucune session sur vos lots.</Empty>
          ) : (
            <DataTable
              caption={`Sessions de vos lots (${data.total})`}
              rows={data.items}
              rowKey={(s) => s.id}
              columns={[
                { header: "Formation", cell: (s) => <Link to={`/of/sessions/${s.id}`}>{sessionTitle(s)}</Link> },
                { header: "Lieu", cell: sessionPlace },
                { header: "Dates", cell: (s) => `${fmtDate(s.debut)} → ${fmtDate(s.fin)}` },
                {
                  header: "Places (disponibles / ouvertes)",
                  cell: (s) => `${s.places_disponibles} / ${s.places_ouvertes}`,
                },
                { header: "Recrutement", cell: (s) => <EtatBadge etat={s.etat_recrutement} /> },
                {
                  header: "Suivi",
                  cell: (s) => (
                    <div className="prf-actions">
                      <Link to={`/of/sessions/${s.id}/emargement`}>Émargement</Link>
                      {s.etat_recrutement !== "FERME" && (
                        <Button
                          size="small"
                          priority="tertiary"
                          disabled={etat.isPending}
                          onClick={() =>
                            etat.mutate({ id: s.id, e: s.etat_recrutement === "OUVERT" ? "SUSPENDU" : "OUVERT" })
                          }
                          nativeButtonProps={{
                            "aria-label": `${s.etat_recrutement === "OUVERT" ? "Suspendre" : "Rouvrir"} le recrutement : ${sessionTitle(s)} du ${fmtDate(s.debut)}`,
                          }}
                        >
                          {s.etat_recrutement === "OUVERT" ? "Suspendre le recrutement" : "Rouvrir le recrutement"}
                        </Button>
                      )}
                    </div>
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
    </>
  );
}

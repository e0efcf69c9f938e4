import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { acknowledgeAlerte, listAlertes } from "../../api/endpoints";
import { QueryState, Empty, ErrorBox } from "../../components/Status";
import { fmtDate } from "../../format";
import type { Alerte } from "../../api/types";

const REGLES: Record<string, string> = {
  ABSENCES_CONSECUTIVES: "Absences injustifiées consécutives",
  ASSIDUITE_FAIBLE: "Assiduité faible",
};

function Acquittement({ a, onDone }: { a: Alerte; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [commentaire, setCommentaire] = useState("");
  const m = useMutation({ mutationFn: () => acknowledgeAlerte(a.id, commentaire), onSuccess: onDone });
  if (!open)
    return (
      <Button size="small" priority="secondary" onClick={() => setOpen(true)}>
        Indiquer ce qui a été fait
      </Button>
    );
  return (
    <form
      className="prf-inline-form"
      aria-label="Suite donnée à l'alerte"
      onSubmit={(e) => {
        e.preventDefault();
        m.mutate();
      }}
    >
      <Input
        label="Suite donnée (entretien, appel…)"
        textArea
        nativeTextAreaProps={{ value: commentaire, onChange: (e) => setCommentaire(e.target.value), rows: 2, required: true }}
      />
      {m.error ? <ErrorBox error={m.error} title="Non enregistré" /> : null}
      <Button type="submit" size="small" disabled={m.isPending || !commentaire.trim()}>
        Enregistrer
      </Button>
    </form>
  );
}

export function AlertesList() {
  const [statut, setStatut] = useState("OUVERTE");
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ["alertes", statut], queryFn: () => listAlertes({ statut: statut || undefined }) });
  return (
    <>
      <Select label="Alertes" nativeSelectProps={{ value: statut, onChange: (e) => setStatut(e.target.value) }}>
        <option value="OUVERTE">À traiter</option>
        <option value="">Toutes</option>
      </Select>
      <QueryState query={q} label="Chargement des alertes…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucune alerte {statut ? "à traiter" : ""}.</Empty>
          ) : (
            <div className="fr-table prf-table">
              <table>
                <caption>Alertes d'assiduité ({data.total})</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Alerte</th>
                    <th scope="col">Parcours</th>
                    <th scope="col">Suite</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <tr key={a.id}>
                      <td>{fmtDate(a.date)}</td>
                      <td>
                        <Badge small severity="warning" noIcon>
                          {REGLES[a.regle] ?? a.regle}
                        </Badge>
                        <p className="fr-text--sm fr-mb-0">{a.detail}</p>
                      </td>
                      <td>
                        <Link to={`/parcours/${a.parcours_id}`}>Voir le parcours</Link>
                      </td>
                      <td>
                        {a.statut === "OUVERTE" ? (
                          <Acquittement a={a} onDone={() => qc.invalidateQueries({ queryKey: ["alertes"] })} />
                        ) : (
                          <span className="fr-text--sm">
                            {a.commentaire ?? "Traitée"} {a.traitee_le ? `(le ${fmtDate(a.traitee_le)})` : ""}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </>
  );
}

export function AlertesPage() {
  return (
    <>
      <h1>Alertes d'assiduité</h1>
      <p>
        Un parcours qui annonce une rupture (3 jours consécutifs d'absence injustifiée, ou moins de 70 % des heures prévues sur les
        10 derniers jours de formation) apparaît ici : indiquez ce qui a été fait.
      </p>
      <AlertesList />
    </>
  );
}

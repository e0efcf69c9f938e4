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
import { DataTable } from "../../components/DataTable";

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
        nativeTextAreaProps={{
          value: commentaire,
          onChange: (e) => setCommentaire(e.target.value),
          rows: 2,
          required: true,
        }}
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
            <DataTable
              caption={`Alertes d'assiduité (${data.total})`}
              rows={data.items}
              rowKey={(a) => a.id}
              columns={[
                { header: "Date", cell: (a) => fmtDate(a.date) },
                {
                  header: "Alerte",
                  cell: (a) => (
                    <>
                      <Badge small severity="warning" noIcon>
                        {REGLES[a.regle] ?? a.regle}
                      </Badge>
                      <p className="fr-text--sm fr-mb-0">{a.detail}</p>
                    </>
                  ),
                },
                { header: "Parcours", cell: (a) => <Link to={`/parcours/${a.parcours_id}`}>Voir le parcours</Link> },
                {
                  header: "Suite",
                  cell: (a) =>
                    a.statut === "OUVERTE" ? (
                      <Acquittement a={a} onDone={() => qc.invalidateQueries({ queryKey: ["alertes"] })} />
                    ) : (
                      <span className="fr-text--sm">
                        {a.commentaire ?? "Traitée"} {a.traitee_le ? `(le ${fmtDate(a.traitee_le)})` : ""}
                      </span>
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

export function AlertesPage() {
  return (
    <>
      <h1>Alertes d'assiduité</h1>
      <p>
        Un parcours qui annonce une rupture (3 jours consécutifs d'absence injustifiée, ou moins de 70 % des heures
        prévues sur les 10 derniers jours de formation) apparaît ici : indiquez ce qui a été fait.
      </p>
      <AlertesList />
    </>
  );
}

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { decideModule, listModules, refLabel, useReferentiel } from "../../api/endpoints";
import { ErrorBox, QueryState, Empty } from "../../components/Status";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DataTable } from "../../components/DataTable";

const STATUTS: Record<string, [string, "info" | "success" | "error" | "warning"]> = {
  PROPOSE: ["Proposé", "info"],
  VALIDE: ["Validé", "success"],
  REFUSE: ["Refusé", "error"],
  RETIRE: ["Retiré", "warning"],
};

export function ModulesPage() {
  const [statut, setStatut] = useState("PROPOSE");
  const qc = useQueryClient();
  const types = useReferentiel("types-modules");
  const q = useQuery({ queryKey: ["modules", statut], queryFn: () => listModules({ statut: statut || undefined }) });
  const decide = useMutation({
    mutationFn: ({ id, d }: { id: string; d: "VALIDE" | "REFUSE" }) => decideModule(id, d),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["modules"] }),
  });
  return (
    <>
      <h1>Validation des modules additionnels</h1>
      <p>
        Un module proposé par un organisme doit être validé par la Région avant de figurer dans le contrat d'un
        stagiaire.
      </p>
      <Select label="Statut" nativeSelectProps={{ value: statut, onChange: (e) => setStatut(e.target.value) }}>
        <option value="">Tous</option>
        {Object.entries(STATUTS).map(([k, [l]]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </Select>
      {decide.error ? <ErrorBox error={decide.error} title="Décision non enregistrée" /> : null}
      <QueryState query={q} label="Chargement des modules…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucun module dans cet état.</Empty>
          ) : (
            <DataTable
              caption="Modules"
              rows={data.items}
              rowKey={(m) => m.id}
              columns={[
                { header: "Module", cell: (m) => m.intitule || refLabel(types.data, m.type) },
                { header: "Type", cell: (m) => refLabel(types.data, m.type) },
                { header: "Action", className: "fr-text--xs", cell: (m) => m.action_id ?? "—" },
                {
                  header: "Statut",
                  cell: (m) => {
                    const [label, sev] = STATUTS[m.statut ?? ""] ?? [m.statut ?? "—", "info"];
                    return (
                      <Badge small noIcon severity={sev}>
                        {label}
                      </Badge>
                    );
                  },
                },
                {
                  header: "Décision",
                  cell: (m) => {
                    const name = m.intitule || refLabel(types.data, m.type);
                    return m.statut === "PROPOSE" ? (
                      <div className="prf-actions">
                        <Button
                          size="small"
                          onClick={() => decide.mutate({ id: m.id, d: "VALIDE" })}
                          disabled={decide.isPending}
                          nativeButtonProps={{ "aria-label": `Valider ${name}` }}
                        >
                          Valider
                        </Button>
                        <Button
                          size="small"
                          priority="secondary"
                          onClick={() => decide.mutate({ id: m.id, d: "REFUSE" })}
                          disabled={decide.isPending}
                          nativeButtonProps={{ "aria-label": `Refuser ${name}` }}
                        >
                          Refuser
                        </Button>
                      </div>
                    ) : null;
                  },
                },
              ]}
            />
          )
        }
      </QueryState>
    </>
  );
}

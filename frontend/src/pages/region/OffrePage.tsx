import { useState } from "react";
import { Link } from "react-router-dom";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Tabs } from "@codegouvfr/react-dsfr/Tabs";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { Button } from "@codegouvfr/react-dsfr/Button";
import {
  createLot,
  createMarche,
  createSession,
  listLotActions,
  listLots,
  listMarches,
  patchSession,
  refLabel,
  searchSessions,
  useReferentiel,
} from "../../api/endpoints";
import { CreateForm } from "../../components/CreateForm";
import { ErrorBox, QueryState, Empty } from "../../components/Status";
import { EtatBadge } from "../../components/Badges";
import { fmtDate, sessionPlace, sessionTitle } from "../../format";
import type { Ref } from "../../api/types";

const opts = (rows: Ref[] | undefined) => (rows ?? []).map((r) => ({ value: r.code, label: r.libelle }));

function Marches() {
  const qc = useQueryClient();
  const disp = useReferentiel("dispositifs");
  const q = useQuery({ queryKey: ["marches"], queryFn: () => listMarches() });
  return (
    <>
      <QueryState query={q} label="Chargement des marchés…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucun marché.</Empty>
          ) : (
            <div className="fr-table prf-table">
              <table>
                <caption>Marchés ({data.total})</caption>
                <thead>
                  <tr>
                    <th scope="col">Référence</th>
                    <th scope="col">Intitulé</th>
                    <th scope="col">Dispositif</th>
                    <th scope="col">Période</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((m) => (
                    <tr key={m.id}>
                      <td>{m.reference}</td>
                      <td>{m.intitule}</td>
                      <td>{refLabel(disp.data, m.dispositif)}</td>
                      <td>
                        {fmtDate(m.debut)} → {fmtDate(m.fin)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <CreateForm
        title="Nouveau marché"
        submit={createMarche}
        onCreated={() => qc.invalidateQueries({ queryKey: ["marches"] })}
        fields={[
          { name: "reference", label: "Référence", required: true },
          { name: "intitule", label: "Intitulé", required: true },
          { name: "dispositif", label: "Dispositif", type: "select", options: opts(disp.data), required: true },
          { name: "debut", label: "Début", type: "date", required: true },
          { name: "fin", label: "Fin", type: "date", required: true },
        ]}
      />
    </>
  );
}

function Lots() {
  const qc = useQueryClient();
  const [marche, setMarche] = useState("");
  const marches = useQuery({ queryKey: ["marches"], queryFn: () => listMarches() });
  const secteurs = useReferentiel("secteurs");
  const deps = useReferentiel("departements");
  const terr = useReferentiel("territoires");
  const q = useQuery({ queryKey: ["lots", marche], queryFn: () => listLots({ marche_id: marche || undefined }) });
  return (
    <>
      <Select label="Marché" nativeSelectProps={{ value: marche, onChange: (e) => setMarche(e.target.value) }}>
        <option value="">Tous les marchés</option>
        {(marches.data?.items ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.reference} — {m.intitule}
          </option>
        ))}
      </Select>
      <QueryState query={q} label="Chargement des lots…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucun lot.</Empty>
          ) : (
            <div className="fr-table prf-table">
              <table>
                <caption>Lots ({data.total})</caption>
                <thead>
                  <tr>
                    <th scope="col">N°</th>
                    <th scope="col">Intitulé</th>
                    <th scope="col">Secteur</th>
                    <th scope="col">Zone</th>
                    <th scope="col">Titulaire (SIRET)</th>
                    <th scope="col">Objectif d'entrées</th>
                    <th scope="col">Bilan</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((l) => (
                    <tr key={l.id}>
                      <td>{l.numero}</td>
                      <td>{l.intitule}</td>
                      <td>{refLabel(secteurs.data, l.secteur)}</td>
                      <td>{l.territoire ? refLabel(terr.data, l.territoire) : refLabel(deps.data, l.departement)}</td>
                      <td>{l.organisme_siret ?? "—"}</td>
                      <td>{l.objectif_entrees ?? "—"}</td>
                      <td>
                        <Link to={`/region/lots/${l.id}/bilan`}>Bilan</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      <CreateForm
        title="Nouveau lot"
        submit={createLot}
        onCreated={() => qc.invalidateQueries({ queryKey: ["lots"] })}
        fields={[
          { name: "marche_id", label: "Marché", type: "select", required: true, options: (marches.data?.items ?? []).map((m) => ({ value: m.id, label: m.reference })) },
          { name: "numero", label: "Numéro", type: "number", required: true },
          { name: "intitule", label: "Intitulé", required: true },
          { name: "secteur", label: "Secteur", type: "select", options: opts(secteurs.data) },
          { name: "departement", label: "Département", type: "select", options: opts(deps.data), hint: "ou un territoire" },
          { name: "territoire", label: "Territoire", type: "select", options: opts(terr.data) },
          { name: "organisme_siret", label: "SIRET du titulaire", required: true },
          { name: "objectif_entrees", label: "Objectif d'entrées", type: "number" },
        ]}
      />
    </>
  );
}


function Sessions() {
  const qc = useQueryClient();
  const [lot, setLot] = useState("");
  const lots = useQuery({ queryKey: ["lots", ""], queryFn: () => listLots() });
  const q = useQuery({
    queryKey: ["sessions", "region", lot],
    queryFn: () => searchSessions({ lot: lot || undefined, inclure_terminees: true, limit: 100 }),
  });
  const actions = useQuery({
    queryKey: ["actions", lot],
    queryFn: () => listLotActions(lot),
    enabled: !!lot,
  });
  const etat = useMutation({
    mutationFn: ({ id, e }: { id: string; e: "OUVERT" | "SUSPENDU" }) => patchSession(id, { etat_recrutement: e }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["sessions"] }),
  });
  return (
    <>
      <Select label="Lot" nativeSelectProps={{ value: lot, onChange: (e) => setLot(e.target.value) }}>
        <option value="">Tous les lots</option>
        {(lots.data?.items ?? []).map((l) => (
          <option key={l.id} value={l.id}>
            Lot {l.numero} — {l.intitule}
          </option>
        ))}
      </Select>
      {etat.error ? <ErrorBox error={etat.error} title="Modification refusée" /> : null}
      <QueryState query={q} label="Chargement des sessions…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucune session.</Empty>
          ) : (
            <div className="fr-table prf-table">
              <table>
                <caption>Sessions ({data.total})</caption>
                <thead>
                  <tr>
                    <th scope="col">Formation</th>
                    <th scope="col">Lieu</th>
                    <th scope="col">Dates</th>
                    <th scope="col">Places (dispo. / ouvertes)</th>
                    <th scope="col">Recrutement</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link to={`/sessions/${s.id}`}>{sessionTitle(s)}</Link>
                      </td>
                      <td>{sessionPlace(s)}</td>
                      <td>
                        {fmtDate(s.debut)} → {fmtDate(s.fin)}
                      </td>
                      <td>
                        {s.places_disponibles} / {s.places_ouvertes}
                      </td>
                      <td>
                        <EtatBadge etat={s.etat_recrutement} />
                      </td>
                      <td>
                        <Button
                          size="small"
                          priority="tertiary"
                          disabled={etat.isPending}
                          onClick={() => etat.mutate({ id: s.id, e: s.etat_recrutement === "OUVERT" ? "SUSPENDU" : "OUVERT" })}
                        >
                          {s.etat_recrutement === "OUVERT" ? "Suspendre le recrutement" : "Ouvrir le recrutement"}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
      {lot ? (
        <CreateForm
          title="Nouvelle session"
          submit={createSession}
          onCreated={() => qc.invalidateQueries({ queryKey: ["sessions"] })}
          fields={[
            {
              name: "action_id",
              label: "Action",
              type: "select",
              required: true,
              options: (actions.data ?? []).map((a) => ({ value: a.id, label: `${a.formation_intitule} — ${a.lieu.commune}` })),
            },
            { name: "debut", label: "Début", type: "date", required: true },
            { name: "fin", label: "Fin", type: "date", required: true },
            { name: "places_ouvertes", label: "Places ouvertes", type: "number", required: true },
          ]}
        />
      ) : (
        <p className="fr-text--sm">Choisissez un lot pour y créer une session.</p>
      )}
    </>
  );
}

export function OffrePage() {
  return (
    <>
      <h1>Offre de formation</h1>
      <p>
        <Link to="/region/modules">Modules additionnels à valider</Link>
      </p>
      <Tabs
        label="Offre de formation"
        tabs={[
          { label: "Marchés", content: <Marches /> },
          { label: "Lots", content: <Lots /> },
          { label: "Sessions", content: <Sessions /> },
        ]}
      />
    </>
  );
}

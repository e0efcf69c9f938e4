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
  type LotIn,
  type MarcheIn,
  type SessionIn,
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
import { DataTable } from "../../components/DataTable";

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
            <DataTable
              caption={`Marchés (${data.total})`}
              rows={data.items}
              rowKey={(m) => m.id}
              columns={[
                { header: "Référence", cell: (m) => m.reference },
                { header: "Intitulé", cell: (m) => m.intitule },
                { header: "Dispositif", cell: (m) => refLabel(disp.data, m.dispositif) },
                { header: "Période", cell: (m) => `${fmtDate(m.debut)} → ${fmtDate(m.fin)}` },
              ]}
            />
          )
        }
      </QueryState>
      <CreateForm
        title="Nouveau marché"
        submit={(b) => createMarche(b as MarcheIn)}
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
            <DataTable
              caption={`Lots (${data.total})`}
              rows={data.items}
              rowKey={(l) => l.id}
              columns={[
                { header: "N°", cell: (l) => l.numero },
                { header: "Intitulé", cell: (l) => l.intitule },
                { header: "Secteur", cell: (l) => refLabel(secteurs.data, l.secteur) },
                {
                  header: "Zone",
                  cell: (l) => (l.territoire ? refLabel(terr.data, l.territoire) : refLabel(deps.data, l.departement)),
                },
                { header: "Titulaire (SIRET)", cell: (l) => l.organisme_siret ?? "—" },
                { header: "Objectif d'entrées", cell: (l) => l.objectif_entrees ?? "—" },
                { header: "Bilan", cell: (l) => <Link to={`/region/lots/${l.id}/bilan`}>Bilan</Link> },
              ]}
            />
          )
        }
      </QueryState>
      <CreateForm
        title="Nouveau lot"
        submit={(b) => createLot(b as LotIn)}
        onCreated={() => qc.invalidateQueries({ queryKey: ["lots"] })}
        fields={[
          {
            name: "marche_id",
            label: "Marché",
            type: "select",
            required: true,
            options: (marches.data?.items ?? []).map((m) => ({ value: m.id, label: m.reference })),
          },
          { name: "numero", label: "Numéro", type: "number", required: true },
          { name: "intitule", label: "Intitulé", required: true },
          { name: "secteur", label: "Secteur", type: "select", options: opts(secteurs.data) },
          {
            name: "departement",
            label: "Département",
            type: "select",
            options: opts(deps.data),
            hint: "ou un territoire",
          },
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
            <DataTable
              caption={`Sessions (${data.total})`}
              rows={data.items}
              rowKey={(s) => s.id}
              columns={[
                { header: "Formation", cell: (s) => <Link to={`/sessions/${s.id}`}>{sessionTitle(s)}</Link> },
                { header: "Lieu", cell: sessionPlace },
                { header: "Dates", cell: (s) => `${fmtDate(s.debut)} → ${fmtDate(s.fin)}` },
                { header: "Places (dispo. / ouvertes)", cell: (s) => `${s.places_disponibles} / ${s.places_ouvertes}` },
                { header: "Recrutement", cell: (s) => <EtatBadge etat={s.etat_recrutement} /> },
                {
                  header: "Action",
                  cell: (s) => (
                    <Button
                      size="small"
                      priority="tertiary"
                      disabled={etat.isPending}
                      onClick={() =>
                        etat.mutate({ id: s.id, e: s.etat_recrutement === "OUVERT" ? "SUSPENDU" : "OUVERT" })
                      }
                    >
                      {s.etat_recrutement === "OUVERT" ? "Suspendre le recrutement" : "Ouvrir le recrutement"}
                    </Button>
                  ),
                },
              ]}
            />
          )
        }
      </QueryState>
      {lot ? (
        <CreateForm
          title="Nouvelle session"
          submit={(b) => createSession(b as SessionIn)}
          onCreated={() => qc.invalidateQueries({ queryKey: ["sessions"] })}
          fields={[
            {
              name: "action_id",
              label: "Action",
              type: "select",
              required: true,
              options: (actions.data ?? []).map((a) => ({
                value: a.id,
                label: `${a.formation_intitule} — ${a.lieu.commune}`,
              })),
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

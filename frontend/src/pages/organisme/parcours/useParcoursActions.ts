import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  exitParcours,
  followParcours,
  resumeParcours,
  type SortieIn,
  type SuiviIn,
  suspendParcours,
  useReferentiel,
} from "../../../api/endpoints";
import { fieldErrors } from "../../../api/problem";
import type { Parcours } from "../../../api/types";
import { today } from "../../../format";

export interface SortieValues {
  date_sortie: string;
  type: string;
  motif: string;
  contrat: string;
  certification: string;
}

export interface SuiviValues {
  horizon_mois: string;
  date: string;
  situation: string;
  contrat: string;
  duree_contrat_mois: string;
  duree_emploi_mois: string;
  en_lien_formation: boolean;
  source: string;
}

const num = (s: string) => (s.trim() ? Number(s.replace(",", ".")) : undefined);

/** The exit as the API takes it: only the fields that the chosen kind of exit asks for. */
export function sortieBody(v: SortieValues): SortieIn {
  const abandon = v.type === "ABANDON";
  return {
    date_sortie: v.date_sortie,
    type: v.type,
    motif: abandon ? v.motif || undefined : undefined,
    contrat: abandon && v.motif === "EMPLOI" ? v.contrat || undefined : undefined,
    certification: !abandon ? v.certification || undefined : undefined,
  } as SortieIn; // the selects hold the API's codes; the server checks them
}

export function suiviBody(v: SuiviValues): SuiviIn {
  const emploi = v.situation === "EMPLOI";
  return {
    horizon_mois: Number(v.horizon_mois),
    date: v.date,
    situation: v.situation,
    contrat: emploi ? v.contrat || undefined : undefined,
    duree_contrat_mois: num(v.duree_contrat_mois),
    duree_emploi_mois: num(v.duree_emploi_mois),
    en_lien_formation: emploi ? v.en_lien_formation : undefined,
    source: v.source,
  } as SuiviIn;
}

/** State of the OF's declaration forms on one parcours, and one mutation per declaration. */
export function useParcoursActions(p: Parcours) {
  const qc = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const motifs = useReferentiel("motifs-rupture");
  const [date, setDate] = useState(today());
  const [sortie, setSortie] = useState<SortieValues>({
    date_sortie: today(),
    type: "TERME",
    motif: "",
    contrat: "",
    certification: "",
  });
  const [suivi, setSuivi] = useState<SuiviValues>({
    horizon_mois: "6",
    date: today(),
    situation: "EMPLOI",
    contrat: "",
    duree_contrat_mois: "",
    duree_emploi_mois: "",
    en_lien_formation: false,
    source: "OF",
  });

  function declaration<B>(send: (id: string, body: B) => Promise<Parcours>, done: string) {
    return {
      mutationFn: (body: B) => send(p.id, body),
      onSuccess: () => {
        void qc.invalidateQueries({ queryKey: ["parcours"] });
        setNotice(done);
      },
    };
  }
  const suspend = useMutation(declaration(suspendParcours, "Suspension enregistrée."));
  const resume = useMutation(declaration(resumeParcours, "Reprise enregistrée."));
  const exit = useMutation(declaration(exitParcours, "Sortie enregistrée."));
  const follow = useMutation(declaration(followParcours, "Suivi enregistré."));

  return {
    notice,
    motifs: motifs.data ?? [],
    date,
    setDate,
    sortie,
    setSortie,
    suivi,
    setSuivi,
    suspend: { run: () => suspend.mutate({ date }), pending: suspend.isPending, error: suspend.error },
    resume: { run: () => resume.mutate({ date }), pending: resume.isPending, error: resume.error },
    exit: { run: () => exit.mutate(sortieBody(sortie)), pending: exit.isPending, error: exit.error },
    exitErrors: fieldErrors(exit.error),
    follow: { run: () => follow.mutate(suiviBody(suivi)), pending: follow.isPending, error: follow.error },
  };
}

export type ParcoursActionsState = ReturnType<typeof useParcoursActions>;

import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { getCandidature, getParcours, useReferentiel } from "../../../api/endpoints";
import { useAuth } from "../../../auth/AuthContext";

/** What the parcours page shows: the parcours of the URL, its candidature (the trainee), the exit reasons. */
export function useParcoursPage() {
  const { id = "" } = useParams();
  const { me } = useAuth();
  const parcours = useQuery({ queryKey: ["parcours", id], queryFn: () => getParcours(id) });
  const candidatureId = parcours.data?.candidature_id;
  const candidature = useQuery({
    queryKey: ["candidature", candidatureId],
    queryFn: () => getCandidature(candidatureId ?? ""),
    enabled: !!candidatureId,
  });
  const motifs = useReferentiel("motifs-rupture");
  return {
    parcours,
    stagiaire: candidature.data?.stagiaire,
    motifs: motifs.data,
    isOrganisme: me?.role === "organisme",
  };
}

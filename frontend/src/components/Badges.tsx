import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { STATUT_CANDIDATURE, STATUT_PARCOURS } from "../format";

export function StatutCandidatureBadge({ statut }: { statut: string }) {
  const s = STATUT_CANDIDATURE[statut] ?? { label: statut, severity: "info" as const };
  return (
    <Badge small severity={s.severity} noIcon>
      {s.label}
    </Badge>
  );
}

export function StatutParcoursBadge({ statut }: { statut: string }) {
  const s = STATUT_PARCOURS[statut] ?? { label: statut, severity: "info" as const };
  return (
    <Badge small severity={s.severity} noIcon>
      {s.label}
    </Badge>
  );
}

export function PlacesBadge({ n }: { n: number }) {
  return (
    <Badge small severity={n > 0 ? "success" : "error"} noIcon>
      {n > 0 ? `${n} place${n > 1 ? "s" : ""}` : "Complet"}
    </Badge>
  );
}

export function EtatBadge({ etat }: { etat: string }) {
  const map: Record<string, ["success" | "warning" | "error", string]> = {
    OUVERT: ["success", "Recrutement ouvert"],
    SUSPENDU: ["warning", "Recrutement suspendu"],
    FERME: ["error", "Recrutement fermé"],
  };
  const [sev, label] = map[etat] ?? ["warning", etat];
  return (
    <Badge small severity={sev} noIcon>
      {label}
    </Badge>
  );
}

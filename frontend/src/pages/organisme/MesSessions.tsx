import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { searchSessions } from "../../api/endpoints";
import { useAuth } from "../../auth/AuthContext";
import { QueryState, Empty } from "../../components/Status";
import { EtatBadge } from "../../components/Badges";
import { fmtDate, sessionPlace, sessionTitle } from "../../format";

export function MesSessions() {
  const { me } = useAuth();
  const [finies, setFinies] = useState(false);
  const q = useQuery({
    queryKey: ["sessions", "of", me?.org_id, finies],
    queryFn: () => searchSessions({ organisme: me?.org_id ?? undefined, inclure_terminees: finies || undefined, limit: 100 }),
    enabled: !!me,
  });
  return (
    <>
      <h1>Mes sessions</h1>
      <Checkbox
        small
        options={[{ label: "Inclure les sessions terminées", nativeInputProps: { checked: finies, onChange: (e) => setFinies(e.target.checked) } }]}
      />
      <QueryState query={q} label="Chargement des sessions…">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Aucune session sur vos lots.</Empty>
          ) : (
            <div className="fr-table prf-table">
              <table>
                <caption>Sessions de vos lots ({data.total})</caption>
                <thead>
                  <tr>
                    <th scope="col">Formation</th>
                    <th scope="col">Lieu</th>
                    <th scope="col">Dates</th>
                    <th scope="col">Places (disponibles / ouvertes)</th>
                    <th scope="col">Recrutement</th>
                    <th scope="col">Suivi</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((s) => (
                    <tr key={s.id}>
                      <td>
                        <Link to={`/of/sessions/${s.id}`}>{sessionTitle(s)}</Link>
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
                        <Link to={`/of/sessions/${s.id}/emargement`}>Émargement</Link>
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

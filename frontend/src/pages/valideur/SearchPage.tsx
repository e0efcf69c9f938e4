import { useState } from "react";
import { Link } from "react-router-dom";
import { useQuery, keepPreviousData } from "@tanstack/react-query";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { setRework, useRework } from "./rework";
import { searchSessions, useReferentiel, refLabel, type SessionFilters } from "../../api/endpoints";
import { SearchForm, EMPTY_SEARCH, toFilters, type SearchValues } from "./SearchForm";
import { ErrorBox, Loading, Empty } from "../../components/Status";
import { EtatBadge, PlacesBadge } from "../../components/Badges";
import { fmtDate, fmtNum, sessionDispositif, sessionOrganisme, sessionPlace, sessionTitle } from "../../format";
import { DataTable } from "../../components/DataTable";

// The last search is kept in memory so that coming back from a session's page shows the same results.
let lastSearch: { values: SearchValues; filters: SessionFilters; page: number } = {
  values: EMPTY_SEARCH,
  filters: toFilters(EMPTY_SEARCH),
  page: 1,
};

const LIMIT = 20;

export function SearchPage() {
  const [search, setSearch] = useState(lastSearch);
  const rework = useRework();
  const deps = useReferentiel("departements");
  const terr = useReferentiel("territoires");
  const disp = useReferentiel("dispositifs");
  const results = useQuery({
    queryKey: ["sessions", search.filters, search.page],
    queryFn: () => searchSessions({ ...search.filters, page: search.page, limit: LIMIT }),
    placeholderData: keepPreviousData,
  });

  function update(next: typeof search) {
    lastSearch = next;
    setSearch(next);
  }

  const total = results.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / LIMIT));

  return (
    <>
      <h1>Rechercher une session avec des places</h1>
      {rework ? (
        <Notice
          className="fr-mb-3w"
          title={`Vous cherchez une nouvelle session pour ${rework.name}, dont la candidature a été refusée.`}
          isClosable
          onClose={() => setRework(null)}
        />
      ) : null}
      {deps.error || terr.error || disp.error ? (
        <ErrorBox error={deps.error ?? terr.error ?? disp.error} title="Référentiels indisponibles" />
      ) : null}
      <SearchForm
        initial={search.values}
        departements={deps.data ?? []}
        territoires={terr.data ?? []}
        dispositifs={disp.data ?? []}
        busy={results.isFetching}
        onSearch={(filters, values) => update({ values, filters, page: 1 })}
      />
      <section aria-labelledby="resultats" className="fr-mt-4w" aria-busy={results.isFetching}>
        <h2 id="resultats">Résultats{results.data ? ` : ${total} session${total > 1 ? "s" : ""}` : ""}</h2>
        {results.isLoading ? (
          <Loading label="Recherche en cours…" />
        ) : results.error ? (
          <ErrorBox error={results.error} onRetry={() => results.refetch()} />
        ) : results.data && results.data.items.length === 0 ? (
          <Empty>
            Aucune session ne correspond à ces critères. Élargissez la recherche (dates, rayon, territoire).
          </Empty>
        ) : results.data ? (
          <DataTable
            caption="Sessions trouvées"
            className="fr-table--no-caption"
            rows={results.data.items}
            rowKey={(s) => s.id}
            columns={[
              { header: "Formation", cell: (s) => <Link to={`/sessions/${s.id}`}>{sessionTitle(s)}</Link> },
              { header: "Organisme", cell: sessionOrganisme },
              {
                header: "Lieu",
                cell: (s) => (
                  <>
                    {sessionPlace(s)}
                    {s.distance_km != null ? (
                      <span className="fr-text--xs"> · {fmtNum(s.distance_km, 0)} km</span>
                    ) : null}
                  </>
                ),
              },
              { header: "Dates", cell: (s) => `du ${fmtDate(s.debut)} au ${fmtDate(s.fin)}` },
              { header: "Dispositif", cell: (s) => refLabel(disp.data, sessionDispositif(s)) },
              {
                header: "Places",
                cell: (s) => (
                  <>
                    <PlacesBadge n={s.places_disponibles} />
                    <span className="fr-text--xs"> / {s.places_ouvertes}</span>
                  </>
                ),
              },
              { header: "Recrutement", cell: (s) => <EtatBadge etat={s.etat_recrutement} /> },
            ]}
          />
        ) : null}
        {pages > 1 && (
          <nav aria-label="Pagination des résultats" className="prf-pager">
            <Button
              priority="secondary"
              size="small"
              disabled={search.page <= 1}
              onClick={() => update({ ...search, page: search.page - 1 })}
            >
              Page précédente
            </Button>
            <span>
              Page {search.page} sur {pages}
            </span>
            <Button
              priority="secondary"
              size="small"
              disabled={search.page >= pages}
              onClick={() => update({ ...search, page: search.page + 1 })}
            >
              Page suivante
            </Button>
          </nav>
        )}
      </section>
    </>
  );
}

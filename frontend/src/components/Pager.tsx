import { Button } from "@codegouvfr/react-dsfr/Button";

/** Previous / next pages of a `{items, total, page, limit}` list. */
export function Pager({
  page,
  total,
  limit,
  onPage,
  label,
}: {
  page: number;
  total: number;
  limit: number;
  onPage: (p: number) => void;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="prf-pager fr-mt-2w">
      <Button priority="secondary" size="small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Page précédente
      </Button>
      <span>
        Page {page} sur {pages}
      </span>
      <Button priority="secondary" size="small" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Page suivante
      </Button>
    </nav>
  );
}

import { CsvUpload } from "./CsvUpload";
import { PARCOURS } from "../../api/endpoints";
import { uploadWithProgress } from "../../api/client";

export function ImportPage() {
  return (
    <>
      <h1>Import des présences (CSV)</h1>
      <p>
        Pour les organismes sans logiciel : déposez un fichier d'émargement. Le fichier est accepté en entier ou refusé
        en entier ; en cas d'erreur, chaque ligne à corriger est indiquée.
      </p>
      <CsvUpload
        upload={(file, onProgress) => uploadWithProgress(`${PARCOURS}/presences/import`, file, "text/csv", onProgress)}
      />
    </>
  );
}

import { useState, type ChangeEvent } from "react";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ApiError, errorMessage, type ProblemError } from "../../api/problem";
import { DataTable } from "../../components/DataTable";

export type Uploader = (file: File, onProgress: (fraction: number) => void) => Promise<{ appliquees: number }>;

const TEMPLATE =
  "parcours_id;date;heures_presence;heures_absence;motif_absence\n" +
  "00000000-0000-0000-0000-000000000000;2025-03-03;7;0;\n" +
  "00000000-0000-0000-0000-000000000000;2025-03-04;3,5;3,5;JUSTIFIEE\n";

function fmtSize(n: number): string {
  if (n < 1024) return `${n} o`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Ko`;
  return `${(n / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/**
 * CSV upload of attendance (POST /presences/import): all lines or none. Shows the upload's progress and,
 * when the file is refused, every line's error (line 1 is the header).
 */
export function CsvUpload({ upload }: { upload: Uploader }) {
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ appliquees: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    setFile(e.target.files?.[0] ?? null);
    setResult(null);
    setError(null);
    setProgress(null);
  }

  async function send() {
    if (!file) return;
    setResult(null);
    setError(null);
    setProgress(0);
    try {
      setResult(await upload(file, setProgress));
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  }

  const lineErrors: ProblemError[] =
    error instanceof ApiError ? (error.problem.erreurs ?? error.problem.errors ?? []) : [];
  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`;

  return (
    <div>
      <div className="fr-upload-group">
        <label className="fr-label" htmlFor="csv-file">
          Fichier CSV des présences
          <span className="fr-hint-text">
            Première ligne : parcours_id, date, heures_presence, heures_absence, motif_absence ; séparateur « ; » ou « ,
            » ; virgule ou point décimal ; UTF-8.
          </span>
        </label>
        <input className="fr-upload" type="file" id="csv-file" name="csv" accept=".csv,text/csv" onChange={onFile} />
      </div>
      <p className="fr-mt-1w">
        <a
          className="fr-link fr-icon-download-line fr-link--icon-left"
          href={templateHref}
          download="modele-presences.csv"
        >
          Télécharger un modèle de fichier
        </a>
      </p>
      {file && (
        <p className="fr-text--sm">
          {file.name} — {fmtSize(file.size)}
        </p>
      )}
      <Button onClick={() => void send()} disabled={!file || progress !== null} iconId="fr-icon-upload-line">
        Envoyer le fichier
      </Button>
      {progress !== null && (
        <div className="fr-mt-2w">
          <label htmlFor="csv-progress" className="fr-label">
            Envoi en cours : {Math.round(progress * 100)} %
          </label>
          <progress id="csv-progress" className="prf-progress" max={100} value={Math.round(progress * 100)}>
            {Math.round(progress * 100)} %
          </progress>
        </div>
      )}
      <div aria-live="polite" className="fr-mt-2w">
        {result && (
          <Alert
            severity="success"
            title="Fichier accepté"
            description={`${result.appliquees} ligne(s) de présence enregistrée(s).`}
          />
        )}
        {error ? (
          <Alert
            severity="error"
            title="Fichier refusé : aucune ligne n'a été enregistrée"
            description={
              lineErrors.length ? `${lineErrors.length} erreur(s) à corriger dans le fichier.` : errorMessage(error)
            }
          />
        ) : null}
      </div>
      {lineErrors.length > 0 && (
        <DataTable
          caption="Erreurs par ligne"
          className="fr-mt-2w"
          rows={lineErrors}
          rowKey={(e, i) => `${i}-${e.ligne ?? ""}-${e.colonne ?? e.pointer ?? ""}`}
          columns={[
            { header: "Ligne", cell: (e) => e.ligne ?? "—" },
            { header: "Colonne", cell: (e) => e.colonne ?? e.pointer ?? "—" },
            { header: "Erreur", cell: (e) => e.message },
          ]}
        />
      )}
    </div>
  );
}

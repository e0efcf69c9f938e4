import { type KeyboardEvent, useEffect, useId, useState } from "react";
import { type CommuneRef, communeLabel, loadCommunes, suggestCommunes } from "../data/communeIndex";

interface Props {
  label: string;
  hint?: string;
  name: string;
  value: CommuneRef | null;
  onChange: (c: CommuneRef | null) => void;
  error?: string;
  /** Where the communes come from (tests hand in a few). */
  load?: () => Promise<CommuneRef[]>;
}

/**
 * A commune picked by typing its name or postcode (WAI-ARIA combobox with a list of suggestions):
 * ↓ ↑ move through the suggestions, Entrée chooses, Échap closes. The field holds a commune only once
 * one is chosen; the caller receives it (its INSEE code is what the API takes).
 */
export function CommuneCombobox({ label, hint, name, value, onChange, error, load = loadCommunes }: Props) {
  const id = useId();
  const [text, setText] = useState(value ? communeLabel(value) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [all, setAll] = useState<CommuneRef[] | null>(null);
  const [failed, setFailed] = useState(false);

  // The value set from outside (a reset, a choice): the field shows it.
  useEffect(() => {
    if (value) setText(communeLabel(value));
  }, [value]);

  // The communes are fetched the first time the field is used, not with the page.
  const wanted = open || text !== "";
  useEffect(() => {
    if (!wanted || all) return;
    let live = true;
    load().then(
      (rows) => {
        if (!live) return;
        setAll(rows);
        setFailed(false);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, all, load]);

  const chosen = value && text === communeLabel(value);
  const suggestions = all && !chosen ? suggestCommunes(all, text) : [];
  const expanded = open && suggestions.length > 0;
  const optionId = (i: number) => `${id}-option-${i}`;

  function choose(c: CommuneRef) {
    setText(communeLabel(c));
    setOpen(false);
    setActive(-1);
    onChange(c);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(suggestions.length - 1, a + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault(); // choosing a suggestion does not submit the form
      choose(suggestions[Math.max(0, active)]);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const status = failed
    ? "La liste des communes n'a pas pu être chargée : vérifiez votre connexion puis réessayez."
    : !text || chosen
      ? ""
      : !all
        ? "Chargement des communes…"
        : suggestions.length
          ? `${suggestions.length} commune${suggestions.length > 1 ? "s" : ""} proposée${suggestions.length > 1 ? "s" : ""} : ↓ pour les parcourir, Entrée pour choisir.`
          : "Aucune commune ne correspond : vérifiez le nom ou le code postal.";
  const describedBy = [hint ? `${id}-hint` : "", `${id}-status`, error ? `${id}-error` : ""].filter(Boolean).join(" ");

  return (
    <div className={`fr-input-group prf-combobox${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={`${id}-input`}>
        {label}
        {hint ? (
          <span className="fr-hint-text" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </label>
      <input
        id={`${id}-input`}
        name={name}
        className={`fr-input${error ? " fr-input--error" : ""}`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          if (value) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {/* The focus stays in the field (aria-activedescendant): the list is reachable, never tabbed to. */}
      <div
        id={`${id}-listbox`}
        role="listbox"
        tabIndex={-1}
        aria-label="Communes proposées"
        className="prf-combobox__list"
        hidden={!expanded}
      >
        {suggestions.map((c, i) => (
          <div
            key={c.code}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className="prf-combobox__option"
            // mousedown, not click: the input must not lose the choice to its blur
            onMouseDown={(e) => {
              e.preventDefault();
              choose(c);
            }}
          >
            {communeLabel(c)}
            {c.codesPostaux.length ? (
              <span className="fr-text--xs"> · {c.codesPostaux.slice(0, 3).join(", ")}</span>
            ) : null}
          </div>
        ))}
      </div>
      <p id={`${id}-status`} className="fr-sr-only" aria-live="polite">
        {status}
      </p>
      {failed ? <p className="fr-error-text">{status}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="fr-error-text">
          {error}
        </p>
      ) : null}
    </div>
  );
}

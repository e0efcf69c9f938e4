// Built by scripts/vite-communes.ts from @etalab/decoupage-administratif: `code|nom|codes postaux|population` lines.
declare module "virtual:communes" {
  const text: string;
  export default text;
}

import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { TestAuthProvider } from "../auth/AuthContext";
import type { Me } from "../api/types";

export const REGION: Me = {
  sub: "region@demo.fr",
  client_id: "prf-spa",
  role: "region",
  org_id: "REGION-PDL",
  org_type: "REGION",
  scopes: [],
};

export function renderWithProviders(ui: ReactElement, { me = REGION, route = "/" }: { me?: Me; route?: string } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[route]}>
        <TestAuthProvider me={me}>{ui}</TestAuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
